//! Metrics as MLflow's SQL schema stores them in `./mlflow.db`. Logging, history, bulk input,
//! bad input and params, on every store: `conformance::metrics` and `conformance::params`.

use crate::common::TestEnv;

#[test]
fn sqlite_keeps_nan_as_is_nan_and_inf_as_max_double() {
    let env = TestEnv::new();
    let id = env.new_run("m");
    env.mlf(&[
        "metrics", "log", "--run-id", &id, "n=nan", "p=inf", "m=-inf",
    ])
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE is_nan = 1 AND value = 0.0"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE key = 'p' AND is_nan = 0 AND value = 1.7976931348623157e308"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE key = 'm' AND is_nan = 0 AND value = -1.7976931348623157e308"),
        1
    );
}
