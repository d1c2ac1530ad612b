//! Experiments on the default store. Everything store-agnostic (create, get, rename, delete,
//! restore, taken names, search) is in `conformance::experiments`, on every store.

use crate::common::TestEnv;

#[test]
fn the_default_store_is_mlflow_db() {
    let env = TestEnv::new();
    assert!(!env.db().exists());
    let id = env
        .mlf(&["experiments", "create", "--experiment-name", "a"])
        .ok()
        .trim()
        .to_string();
    assert!(env.db().exists(), "the default store is ./mlflow.db");
    // Off a terminal a delete without --yes changes nothing in the database.
    env.mlf(&["experiments", "delete", "--experiment-id", &id])
        .fails(2);
    assert_eq!(
        env.count("SELECT count(*) FROM experiments WHERE lifecycle_stage = 'deleted'"),
        0
    );
    assert_eq!(env.count("SELECT count(*) FROM experiments"), 2);
}
