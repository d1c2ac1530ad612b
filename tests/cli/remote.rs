//! The core commands against a real `mlflow server` (MLflow 3.18, SQLite backend) started
//! once by the suite; data logged through mlf is read back with the Python client against
//! the same server.

use serde_json::json;

use crate::common::{mlflow_server, python, run_python, unique, TestEnv};

fn remote_env() -> Option<(TestEnv, &'static str)> {
    let server = mlflow_server()?;
    let mut env = TestEnv::new();
    env.env("MLFLOW_TRACKING_URI", &server.url);
    Some((env, server.url.as_str()))
}

#[test]
fn experiments_lifecycle_over_http() {
    let Some((env, _)) = remote_env() else { return };
    let name = unique("exp");
    let id = env
        .mlf(&["experiments", "create", "-n", &name, "--tag", "team=ml"])
        .ok()
        .trim()
        .to_string();
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
    assert_eq!(e["experiment"]["name"], name.as_str());
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
    assert_eq!(found["experiments"].as_array().unwrap().len(), 1);
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
    env.mlf(&["tags", "set", "--experiment-id", &id, "owner=me"])
        .ok();
    env.mlf(&["tags", "delete", "--experiment-id", &id, "owner"])
        .ok();
    env.mlf(&["tags", "delete", "--experiment-id", &id, "owner"])
        .fails(3);
    env.mlf(&["experiments", "delete", "--experiment-id", &id])
        .fails(2);
    env.mlf(&["experiments", "delete", "--experiment-id", &id, "--yes"])
        .ok();
    let deleted = env
        .mlf(&["experiments", "get", "--experiment-id", &id, "-o", "json"])
        .json();
    assert_eq!(deleted["experiment"]["lifecycle_stage"], "deleted");
    env.mlf(&["experiments", "restore", "--experiment-id", &id])
        .ok();
    env.mlf(&["experiments", "get", "--experiment-id", "987654"])
        .fails(3);
    env.mlf(&["experiments", "get", "-n", &unique("missing")])
        .fails(3);
}

#[test]
fn runs_metrics_params_tags_over_http() {
    let Some((env, _)) = remote_env() else { return };
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
        ])
        .ok()
        .trim()
        .to_string();
    env.mlf(&[
        "metrics", "log", "--run-id", &id, "loss=0.5", "n=nan", "p=inf", "--step", "-3",
    ])
    .ok();
    let bulk: String = (0..2500)
        .map(|i| {
            format!(
                "{{\"key\":\"b\",\"value\":{i},\"step\":{i},\"timestamp\":{}}}\n",
                1000 + i
            )
        })
        .collect();
    env.mlf_stdin(&["metrics", "log", "--run-id", &id, "--file", "-"], &bulk)
        .ok();
    let hist = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "b", "-o", "json",
        ])
        .json();
    assert_eq!(hist["metrics"].as_array().unwrap().len(), 2500);
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();
    let r = env.mlf(&["params", "log", "--run-id", &id, "lr=0.02"]);
    assert!(r.fails(1).contains("0.02"), "{r}");
    env.mlf(&["tags", "set", "--run-id", &id, "stage=x y"]).ok();
    env.mlf(&["tags", "delete", "--run-id", &id, "team"]).ok();
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
        "1900000000000",
    ])
    .ok();

    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let info = &run["run"]["info"];
    assert_eq!(info["run_name"], "r1b");
    assert_eq!(info["status"], "FAILED");
    assert_eq!(info["end_time"], 1_900_000_000_000_i64);
    let metrics = run["run"]["data"]["metrics"].as_array().unwrap();
    assert!(
        metrics
            .iter()
            .any(|m| m["key"] == "n" && m["value"] == "NaN"),
        "{metrics:?}"
    );
    assert!(
        metrics
            .iter()
            .any(|m| m["key"] == "p" && m["value"] == f64::MAX),
        "{metrics:?}"
    );
    assert!(metrics
        .iter()
        .any(|m| m["key"] == "loss" && m["step"] == -3));
    let tags = run["run"]["data"]["tags"].as_array().unwrap();
    assert!(tags.contains(&json!({"key": "stage", "value": "x y"})));
    assert!(!tags.iter().any(|t| t["key"] == "team"));

    let second = env
        .mlf(&["runs", "create", "-n", &exp, "--run-name", "r2"])
        .ok()
        .trim()
        .to_string();
    env.mlf(&["metrics", "log", "--run-id", &second, "loss=0.25"])
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
    assert_eq!(names(&["--filter", "metrics.loss > 0.3"]), ["r1b"]);
    assert_eq!(
        names(&["--max-results", "1", "--order-by", "metrics.loss DESC"]),
        ["r1b"]
    );
    env.mlf(&["runs", "search", "-n", &exp, "--filter", "metrics.loss >"])
        .fails(2);

    env.mlf(&["runs", "delete", "--run-id", &second, "--yes"])
        .ok();
    assert_eq!(names(&[]), ["r1b"]);
    let r = env.mlf(&["metrics", "log", "--run-id", &second, "a=1"]);
    r.fails(1);
    env.mlf(&["runs", "restore", "--run-id", &second]).ok();
    let missing = "0123456789abcdef0123456789abcdef";
    env.mlf(&["runs", "get", "--run-id", missing]).fails(3);
    env.mlf(&["metrics", "history", "--run-id", missing, "--key", "x"])
        .fails(3);
    env.mlf(&["metrics", "log", "--run-id", missing, "x=1"])
        .fails(3);
}

#[test]
fn python_reads_what_mlf_logged_over_http() {
    let Some((env, url)) = remote_env() else {
        return;
    };
    let Some(py) = python("3.18.0") else { return };
    let exp = unique("interop");
    let id = env
        .mlf(&[
            "runs",
            "create",
            "-n",
            &exp,
            "--run-name",
            "via-http",
            "--start-time",
            "1700000000000",
        ])
        .ok()
        .trim()
        .to_string();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "acc=0.75",
        "--step",
        "4",
        "--timestamp",
        "1700000000500",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "n=nan",
        "--timestamp",
        "1700000000600",
    ])
    .ok();
    env.mlf(&["params", "log", "--run-id", &id, "model=cnn"])
        .ok();
    env.mlf(&[
        "runs",
        "end",
        "--run-id",
        &id,
        "--end-time",
        "1700000001000",
    ])
    .ok();
    let script = format!(
        r#"
import json, math
from mlflow import MlflowClient
c = MlflowClient({url:?})
r = c.get_run({id:?})
h = c.get_metric_history({id:?}, "acc")
print(json.dumps({{"name": r.info.run_name, "status": r.info.status, "start": r.info.start_time,
  "end": r.info.end_time, "params": r.data.params, "acc": r.data.metrics["acc"],
  "nan": math.isnan(r.data.metrics["n"]), "hist": [[m.value, m.timestamp, m.step] for m in h]}}))
"#
    );
    let out: serde_json::Value = serde_json::from_str(
        run_python(&py, env.path(), &script, &[])
            .trim()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        out,
        json!({"name": "via-http", "status": "FINISHED", "start": 1_700_000_000_000_i64, "end": 1_700_000_001_000_i64,
               "params": {"model": "cnn"}, "acc": 0.75, "nan": true, "hist": [[0.75, 1_700_000_000_500_i64, 4]]})
    );
}

#[test]
fn databricks_profile_pointing_at_the_test_server() {
    let Some((mut env, url)) = remote_env() else {
        return;
    };
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
