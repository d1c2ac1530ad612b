//! The core lifecycle against a real FastTrackML server (`fml`, the Go re-implementation of
//! the MLflow tracking API), started once by the suite on 127.0.0.1 with an SQLite database
//! in a temp folder. Where FastTrackML answers differently from MLflow, the tests pin what
//! mlf does: still a clear error and the right exit code.

use serde_json::{json, Value};

use crate::common::{fml_env, unique};

fn keys(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap())
        .collect()
}

#[test]
fn experiments_lifecycle_on_fasttrackml() {
    let Some(env) = fml_env() else { return };
    let name = unique("exp");
    let id = env
        .mlf(&["experiments", "create", "-n", &name, "--tag", "team=ml"])
        .ok()
        .trim()
        .to_string();
    assert!(id.parse::<u64>().is_ok(), "{id}");
    let r = env.mlf(&["experiments", "create", "-n", &name]);
    assert!(
        r.fails(5).contains(&format!("`{name}` already exists")),
        "{r}"
    );
    assert_eq!(
        env.mlf(&["experiments", "create", "-n", &name, "--exist-ok"])
            .ok()
            .trim(),
        id
    );

    let e = env
        .mlf(&["experiments", "get", "--experiment-id", &id, "-o", "json"])
        .json();
    assert_eq!(e["experiment"]["experiment_id"], id.as_str());
    assert_eq!(e["experiment"]["name"], name.as_str());
    assert_eq!(e["experiment"]["lifecycle_stage"], "active");
    assert_eq!(
        e["experiment"]["tags"],
        json!([{"key": "team", "value": "ml"}])
    );
    let by_name = env
        .mlf(&["experiments", "get", "-n", &name, "-o", "json"])
        .json();
    assert_eq!(by_name["experiment"]["experiment_id"], id.as_str());

    let found = env
        .mlf(&[
            "experiments",
            "search",
            "--filter",
            &format!("name = '{name}'"),
            "-o",
            "json",
        ])
        .json();
    let found = found["experiments"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["experiment_id"], id.as_str());

    // Rename; a taken name is exit 5 (FastTrackML itself answers a raw 500 INTERNAL_ERROR
    // with a SQL UNIQUE message: mlf checks the name first).
    let renamed = unique("renamed");
    env.mlf(&[
        "experiments",
        "rename",
        "--experiment-id",
        &id,
        "--new-name",
        &renamed,
    ])
    .ok();
    assert_eq!(
        env.mlf(&["experiments", "get", "--experiment-id", &id, "-o", "json"])
            .json()["experiment"]["name"],
        renamed.as_str()
    );
    let other = unique("other");
    let other_id = env
        .mlf(&["experiments", "create", "-n", &other])
        .ok()
        .trim()
        .to_string();
    let r = env.mlf(&[
        "experiments",
        "rename",
        "--experiment-id",
        &other_id,
        "--new-name",
        &renamed,
    ]);
    assert!(r.fails(5).contains("already exists"), "{r}");

    // Experiment tags. FastTrackML 0.6.0 has no delete-experiment-tag endpoint (404
    // ENDPOINT_NOT_FOUND): mlf must fail (1), not claim the tag is missing (3).
    env.mlf(&["tags", "set", "--experiment-id", &id, "owner=me"])
        .ok();
    let tags = env
        .mlf(&["tags", "list", "--experiment-id", &id, "-o", "json"])
        .json();
    let mut names = keys(&tags["tags"]);
    names.sort_unstable();
    assert_eq!(names, ["owner", "team"], "{tags}");
    let r = env.mlf(&["tags", "delete", "--experiment-id", &id, "owner"]);
    assert!(
        r.fails(1).contains("ENDPOINT_NOT_FOUND") || r.stderr.contains("not support"),
        "{r}"
    );

    // Delete and restore.
    env.mlf(&["experiments", "delete", "--experiment-id", &id])
        .fails(2);
    env.mlf(&["experiments", "delete", "--experiment-id", &id, "--yes"])
        .ok();
    let deleted = env
        .mlf(&["experiments", "get", "--experiment-id", &id, "-o", "json"])
        .json();
    assert_eq!(deleted["experiment"]["lifecycle_stage"], "deleted");
    let listed = |view: &str| -> Vec<String> {
        env.mlf(&["experiments", "search", "--view", view, "-o", "json"])
            .json()["experiments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["experiment_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(listed("deleted").contains(&id));
    assert!(!listed("active").contains(&id));
    // A run cannot be created in a deleted experiment.
    let r = env.mlf(&["runs", "create", "--experiment-id", &id]);
    assert_ne!(r.code, 0, "{r}");
    assert!(r.stderr.starts_with("error: "), "{r}");
    env.mlf(&["experiments", "restore", "--experiment-id", &id])
        .ok();
    assert!(listed("active").contains(&id));

    env.mlf(&["experiments", "get", "--experiment-id", "987654"])
        .fails(3);
    env.mlf(&["experiments", "get", "-n", &unique("missing")])
        .fails(3);
}

#[test]
fn runs_metrics_params_tags_on_fasttrackml() {
    let Some(env) = fml_env() else { return };
    let exp = unique("runs");
    let id = env
        .mlf(&[
            "runs",
            "create",
            "-n",
            &exp,
            "--run-name",
            "r1",
            "--tag",
            "team=a",
            "--start-time",
            "1700000000000",
        ])
        .ok()
        .trim()
        .to_string();
    assert_eq!(id.len(), 32, "{id}");
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let info = &run["run"]["info"];
    assert_eq!(info["run_id"], id.as_str());
    assert_eq!(info["run_name"], "r1");
    assert_eq!(info["status"], "RUNNING");
    assert_eq!(info["start_time"], 1_700_000_000_000_i64);
    assert_eq!(info["lifecycle_stage"], "active");
    let tags = &run["run"]["data"]["tags"];
    assert!(
        tags.as_array()
            .unwrap()
            .contains(&json!({"key": "team", "value": "a"})),
        "{tags}"
    );
    assert!(keys(tags).contains(&"mlflow.user"), "{tags}");

    // Metrics: one call, NaN and ±Inf, a negative step.
    env.mlf(&[
        "metrics", "log", "--run-id", &id, "loss=0.5", "n=nan", "p=inf", "m=-inf", "--step", "-3",
    ])
    .ok();
    // Bulk, over two log-batch limits.
    let bulk: String = (0..2500)
        .map(|i| {
            format!(
                "{{\"key\":\"b\",\"value\":{i},\"step\":{i},\"timestamp\":{}}}\n",
                1_700_000_000_000_i64 + i
            )
        })
        .collect();
    let file = env.path().join("points.jsonl");
    std::fs::write(&file, bulk).unwrap();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "--file",
        file.to_str().unwrap(),
    ])
    .ok();
    let hist = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "b", "-o", "json",
        ])
        .json();
    let points = hist["metrics"].as_array().unwrap();
    assert_eq!(points.len(), 2500);
    assert_eq!(
        points[7],
        json!({"key": "b", "value": 7.0, "timestamp": 1_700_000_000_007_i64, "step": 7}),
        "mlf's metric shape, whatever extra fields the server sends"
    );
    let steps: Vec<i64> = points.iter().map(|p| p["step"].as_i64().unwrap()).collect();
    assert_eq!(steps, (0..2500).collect::<Vec<_>>());
    let nan = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "n", "-o", "json",
        ])
        .json();
    assert_eq!(nan["metrics"][0]["value"], "NaN");
    assert_eq!(nan["metrics"][0]["step"], -3);

    // Params: the same value again is fine (a changed value: its own test below).
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01", "model=cnn"])
        .ok();
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();

    // Run tags.
    env.mlf(&["tags", "set", "--run-id", &id, "stage=x y", "owner=me"])
        .ok();
    env.mlf(&["tags", "delete", "--run-id", &id, "team"]).ok();
    env.mlf(&["tags", "delete", "--run-id", &id, "team"])
        .fails(3);
    let tags = env
        .mlf(&["tags", "list", "--run-id", &id, "-o", "json"])
        .json();
    let tags = tags["tags"].as_array().unwrap();
    assert!(
        tags.contains(&json!({"key": "stage", "value": "x y"})),
        "{tags:?}"
    );
    assert!(
        tags.contains(&json!({"key": "owner", "value": "me"})),
        "{tags:?}"
    );
    assert!(!tags.iter().any(|t| t["key"] == "team"), "{tags:?}");

    // Update and end (what `-o json` prints for them: its own test below).
    env.mlf(&["runs", "update", "--run-id", &id, "--run-name", "r1b"])
        .ok();
    env.mlf(&[
        "runs",
        "end",
        "--run-id",
        &id,
        "--status",
        "FAILED",
        "--end-time",
        "1700000009000",
    ])
    .ok();
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let info = &run["run"]["info"];
    assert_eq!(info["run_name"], "r1b");
    assert_eq!(info["status"], "FAILED");
    assert_eq!(info["end_time"], 1_700_000_009_000_i64);
    let metrics = run["run"]["data"]["metrics"].as_array().unwrap();
    let latest = |k: &str| metrics.iter().find(|m| m["key"] == k).unwrap()["value"].clone();
    assert_eq!(latest("loss"), json!(0.5));
    assert_eq!(latest("n"), json!("NaN"));
    assert_eq!(
        latest("p"),
        json!(f64::MAX),
        "±Inf is stored clamped, as MLflow's SQL"
    );
    assert_eq!(latest("m"), json!(f64::MIN));
    assert_eq!(latest("b"), json!(2499.0));
    let params = &run["run"]["data"]["params"];
    assert_eq!(
        params,
        &json!([{"key": "lr", "value": "0.01"}, {"key": "model", "value": "cnn"}])
    );

    // A second run, then search with a filter and an order.
    let second = env
        .mlf(&["runs", "create", "-n", &exp, "--run-name", "r2"])
        .ok()
        .trim()
        .to_string();
    env.mlf(&["metrics", "log", "--run-id", &second, "loss=0.25"])
        .ok();
    env.mlf(&["params", "log", "--run-id", &second, "model=rnn"])
        .ok();
    let names = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["runs", "search", "-n", &exp, "-o", "json"];
        full.extend_from_slice(args);
        env.mlf(&full).json()["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["info"]["run_name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&["--order-by", "metrics.loss"]), ["r2", "r1b"]);
    assert_eq!(names(&["--order-by", "metrics.loss DESC"]), ["r1b", "r2"]);
    assert_eq!(names(&["--filter", "metrics.loss > 0.3"]), ["r1b"]);
    assert_eq!(names(&["--filter", "params.model = 'rnn'"]), ["r2"]);
    assert_eq!(
        names(&["--filter", "attributes.status = 'FAILED'"]),
        ["r1b"]
    );
    assert_eq!(
        names(&["--max-results", "1", "--order-by", "metrics.loss DESC"]),
        ["r1b"]
    );
    env.mlf(&["runs", "search", "-n", &exp, "--filter", "metrics.loss >"])
        .fails(2);
    let csv = env.mlf(&["runs", "search", "-n", &exp, "-o", "csv"]);
    assert_eq!(csv.ok().lines().count(), 3, "{csv}");

    // Delete and restore a run.
    env.mlf(&["runs", "delete", "--run-id", &second]).fails(2);
    env.mlf(&["runs", "delete", "--run-id", &second, "--yes"])
        .ok();
    assert_eq!(names(&[]), ["r1b"]);
    assert_eq!(names(&["--view", "deleted"]), ["r2"]);
    let gone = env
        .mlf(&["runs", "get", "--run-id", &second, "-o", "json"])
        .json();
    assert_eq!(gone["run"]["info"]["lifecycle_stage"], "deleted");
    // MLflow refuses writes to a deleted run with 400 (exit 1); FastTrackML answers 404 "Run
    // not found" (exit 3). Either way: refused, with an error line.
    let r = env.mlf(&["metrics", "log", "--run-id", &second, "a=1"]);
    assert!(r.code == 1 || r.code == 3, "{r}");
    assert!(r.stderr.starts_with("error: "), "{r}");
    env.mlf(&["runs", "restore", "--run-id", &second]).ok();
    let mut all = names(&[]);
    all.sort();
    assert_eq!(all, ["r1b", "r2"]);

    // Unknown runs: exit 3 everywhere, history included (the server answers it with 404).
    let missing = "0123456789abcdef0123456789abcdef";
    for args in [
        &["runs", "get", "--run-id", missing][..],
        &["metrics", "history", "--run-id", missing, "--key", "x"],
        &["metrics", "log", "--run-id", missing, "x=1"],
        &["params", "log", "--run-id", missing, "x=1"],
        &["tags", "set", "--run-id", missing, "x=1"],
    ] {
        let r = env.mlf(args);
        assert!(r.fails(3).contains(missing), "{args:?}: {r}");
    }
}

#[test]
fn changed_param_value_exits_1_on_fasttrackml() {
    let Some(env) = fml_env() else { return };
    let id = env.new_run(&unique("params"));
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();
    // FastTrackML words it "conflicting params found: [{… old_value: 0.01, new_value: 0.02}]"
    // where MLflow says "Changing param values is not allowed": a conflict either way, exit 1
    // on every store.
    let r = env.mlf(&["params", "log", "--run-id", &id, "lr=0.02"]);
    let err = r.fails(1);
    assert!(err.contains("0.01") && err.contains("0.02"), "{r}");
    let params = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json()["run"]["data"]["params"]
        .clone();
    assert_eq!(params, json!([{"key": "lr", "value": "0.01"}]));
}

#[test]
fn update_and_end_print_the_run_as_it_is_on_fasttrackml() {
    let Some(env) = fml_env() else { return };
    let exp = unique("update");
    let id = env
        .mlf(&["runs", "create", "-n", &exp, "--run-name", "first"])
        .ok()
        .trim()
        .to_string();
    // FastTrackML answers runs/update with "" for every field the request did not set
    // (`"status": ""` on a rename, `"run_name": ""` on an end).
    let renamed = env
        .mlf(&[
            "runs",
            "update",
            "--run-id",
            &id,
            "--run-name",
            "second",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(renamed["run_info"]["run_name"], "second", "{renamed}");
    assert_eq!(renamed["run_info"]["status"], "RUNNING", "{renamed}");
    let ended = env
        .mlf(&[
            "runs",
            "end",
            "--run-id",
            &id,
            "--status",
            "FAILED",
            "--end-time",
            "1700000009000",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(ended["run_info"]["status"], "FAILED", "{ended}");
    assert_eq!(ended["run_info"]["end_time"], 1_700_000_009_000_i64);
    assert_eq!(
        ended["run_info"]["run_name"], "second",
        "`runs end` prints the run's name, not a blank: {ended}"
    );
    // Renaming a finished run: the status printed is still FAILED. (FastTrackML 0.6.0 also
    // drops end_time on an update that does not send one, where MLflow keeps it: not
    // asserted.)
    let again = env
        .mlf(&[
            "runs",
            "update",
            "--run-id",
            &id,
            "--run-name",
            "third",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(again["run_info"]["run_name"], "third", "{again}");
    assert_eq!(
        again["run_info"]["status"], "FAILED",
        "a rename does not report a finished run as RUNNING: {again}"
    );
    let info = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json()["run"]["info"]
        .clone();
    assert_eq!(info["run_name"], "third");
    assert_eq!(info["status"], "FAILED");
}

#[test]
fn run_name_is_tagged_and_searchable_on_fasttrackml() {
    let Some(env) = fml_env() else { return };
    let exp = unique("names");
    let id = env
        .mlf(&["runs", "create", "-n", &exp, "--run-name", "named"])
        .ok()
        .trim()
        .to_string();
    // MLflow's start_run sends the name also as the tag mlflow.runName, and MLflow's server
    // mirrors run_name into it; FastTrackML does not, and finds runs by name through that tag.
    let tags = env
        .mlf(&["tags", "list", "--run-id", &id, "-o", "json"])
        .json();
    assert!(
        tags["tags"]
            .as_array()
            .unwrap()
            .contains(&json!({"key": "mlflow.runName", "value": "named"})),
        "{tags}"
    );
    for filter in [
        "attributes.run_name = 'named'",
        "attributes.run_name LIKE 'nam%'",
        "tags.mlflow.runName = 'named'",
    ] {
        let runs = env
            .mlf(&[
                "runs", "search", "-n", &exp, "--filter", filter, "-o", "json",
            ])
            .json();
        let runs = runs["runs"].as_array().unwrap();
        assert_eq!(runs.len(), 1, "{filter}: {runs:?}");
        assert_eq!(runs[0]["info"]["run_id"], id.as_str());
    }
}
