//! What only a remote server has: Databricks profiles pointing at the shared `mlflow server`.
//! The core commands against it (and against FastTrackML) are in `conformance`.

use crate::common::{mlflow_server, unique, TestEnv};

#[test]
fn databricks_profile_pointing_at_the_test_server() {
    let Some(server) = mlflow_server() else {
        return;
    };
    let url = server.url.as_str();
    let mut env = TestEnv::new();
    let cfg = env.path().join("databrickscfg");
    std::fs::write(&cfg, format!("[DEFAULT]\nhost = http://127.0.0.1:1\ntoken = wrong\n\n[local]\nhost = {url}\ntoken = dapi-test\n")).unwrap();
    env.env("DATABRICKS_CONFIG_FILE", cfg.to_str().unwrap());
    env.env("MLFLOW_TRACKING_URI", "databricks://local");
    let name = unique("dbx");
    let id = env
        .mlf(&["experiments", "create", "-n", &name])
        .ok()
        .trim()
        .to_string();
    let e = env
        .mlf(&["experiments", "get", "--experiment-id", &id, "-o", "json"])
        .json();
    assert_eq!(e["experiment"]["name"], name.as_str());
    // `databricks` alone prefers DATABRICKS_HOST/DATABRICKS_TOKEN.
    env.env("MLFLOW_TRACKING_URI", "databricks");
    env.env("DATABRICKS_HOST", url);
    env.env("DATABRICKS_TOKEN", "dapi-env");
    env.mlf(&["experiments", "get", "--experiment-id", &id])
        .ok();
    env.env("MLFLOW_TRACKING_URI", "databricks://nope");
    let r = env.mlf(&["experiments", "search"]);
    assert!(r.fails(2).contains("`nope`"), "{r}");
}
