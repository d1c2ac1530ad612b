//! Params: log, list, the same value again, a changed value (exit 1, old and new value
//! shown), long values cut as MLflow does.

use serde_json::json;

use super::Store;

pub fn params_log_and_list(s: &Store) {
    let id = s.new_run(&s.name("p"));
    s.mlf(&["params", "log", "--run-id", &id, "lr=0.01", "model=cnn"])
        .ok();
    s.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();
    let listed = s.json(&["params", "list", "--run-id", &id]);
    assert_eq!(
        listed,
        json!({"params": [{"key": "lr", "value": "0.01"}, {"key": "model", "value": "cnn"}]})
    );
    assert_eq!(
        s.mlf(&["params", "list", "--run-id", &id]).ok(),
        "key\tvalue\nlr\t0.01\nmodel\tcnn\n"
    );
    // MLFLOW_RUN_ID stands in for --run-id.
    let from_env = s
        .mlf_with(&[("MLFLOW_RUN_ID", &id)], &["params", "list", "-o", "json"])
        .json();
    assert_eq!(from_env, listed);

    // A changed value is a conflict on every store: exit 1, both values shown, nothing
    // changed.
    let r = s.mlf(&["params", "log", "--run-id", &id, "lr=0.02"]);
    let err = r.fails(1);
    assert_eq!(
        err.lines().next().unwrap(),
        s.q.param_conflict(&id, "lr", "0.01", "0.02"),
        "{r}"
    );
    assert!(err.contains("0.01") && err.contains("0.02"), "{r}");
    assert_eq!(s.json(&["params", "list", "--run-id", &id]), listed);
    // Twice in one call with two values: refused before anything is sent (FastTrackML
    // answers it as a conflict).
    let code = if s.q.validates_keys { 2 } else { 1 };
    s.mlf(&["params", "log", "--run-id", &id, "x=1", "x=2"])
        .fails(code);

    // Nested keys and spaces in values.
    s.mlf(&["params", "log", "--run-id", &id, "a/b=x y"]).ok();
    // Long values are cut to 6000 characters, as MLflow does, with a warning; at the limit
    // nothing is said.
    let log = ["params", "log", "--run-id", &id];
    assert!(s.log_long(&log, "v", 7000), "a warning names the param");
    assert!(!s.log_long(&log, "w", 6000), "no warning at the limit");
    let params = s.get_run(&id)["data"]["params"].clone();
    let lens: Vec<(String, usize)> = params
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["key"].as_str().unwrap().to_string(),
                p["value"].as_str().unwrap().chars().count(),
            )
        })
        .collect();
    let want = [
        ("a/b", 3),
        ("lr", 4),
        ("model", 3),
        ("v", 6000),
        ("w", 6000),
    ];
    assert_eq!(lens, want.map(|(k, n)| (k.to_string(), n)), "{params}");
    assert!(params
        .as_array()
        .unwrap()
        .contains(&json!({"key": "a/b", "value": "x y"})));
}
