//! Interop with the real Python MLflow, both directions, on the default SQLite store: runs
//! Python logs, databases either side creates, dataset inputs. (Python reading back what mlf
//! logged, on every store: `conformance::python`.)

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{free_port, http_get, key_values, mlf_history, python, run_python, TestEnv};

/// Python that prints a run as JSON: info, params, tags, latest metrics and full histories,
/// with NaN as "NaN" and ±Inf as "Infinity" and "-Infinity" (as mlf prints them) so that the
/// JSON is standard.
const DUMP_RUN: &str = r#"
import json, math, sys
from mlflow import MlflowClient
c = MlflowClient()
def v(x):
    if isinstance(x, float) and math.isnan(x): return "NaN"
    if isinstance(x, float) and math.isinf(x): return "Infinity" if x > 0 else "-Infinity"
    return x
def dump(run_id):
    r = c.get_run(run_id)
    i = r.info
    hist = {k: [[v(m.value), m.timestamp, m.step] for m in c.get_metric_history(run_id, k)] for k in r.data.metrics}
    return {
        "info": {"run_id": i.run_id, "run_name": i.run_name, "experiment_id": i.experiment_id,
                 "user_id": i.user_id, "status": i.status, "start_time": i.start_time,
                 "end_time": i.end_time, "artifact_uri": i.artifact_uri, "lifecycle_stage": i.lifecycle_stage},
        "params": r.data.params, "tags": r.data.tags,
        "metrics": {k: v(x) for k, x in r.data.metrics.items()},
        "history": hist,
    }
"#;

/// The same view of a run, read through mlf.
pub(crate) fn mlf_view(env: &TestEnv, run_id: &str) -> Value {
    let run = env
        .mlf(&["runs", "get", "--run-id", run_id, "-o", "json"])
        .json();
    let run = &run["run"];
    let info = &run["info"];
    let mut history = serde_json::Map::new();
    for m in run["data"]["metrics"].as_array().unwrap() {
        let key = m["key"].as_str().unwrap();
        history.insert(key.to_string(), mlf_history(env, run_id, key));
    }
    json!({
        "info": {"run_id": info["run_id"], "run_name": info["run_name"], "experiment_id": info["experiment_id"],
                 "user_id": info["user_id"], "status": info["status"], "start_time": info["start_time"],
                 "end_time": info.get("end_time").cloned().unwrap_or(Value::Null), "artifact_uri": info["artifact_uri"],
                 "lifecycle_stage": info["lifecycle_stage"]},
        "params": key_values(&run["data"]["params"]),
        "tags": key_values(&run["data"]["tags"]),
        "metrics": key_values(&run["data"]["metrics"]),
        "history": history,
    })
}

/// Python MLflow's view of a run, on the store of `env`.
pub(crate) fn python_view(py: &std::path::Path, env: &TestEnv, run_id: &str) -> Value {
    let script = format!("{DUMP_RUN}\nprint(json.dumps(dump({run_id:?})))");
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    serde_json::from_str(run_python(py, env.path(), &script, &envs).trim()).unwrap()
}

#[test]
fn runs_logged_by_python_read_back_identically_in_mlf() {
    let Some(py) = python("3.18.0") else { return };
    let env = TestEnv::new();
    let script = r#"
import mlflow, json
from mlflow.entities import Metric, Param, RunTag
mlflow.set_experiment("py-exp")
ids = []
with mlflow.start_run(run_name="parent", description="made by python") as parent:
    mlflow.log_params({"lr": 0.001, "optimizer": "adam", "note": "a=b, c"})
    for step in [3, -1, 0, 2]:
        mlflow.log_metric("loss", 1.0 / (step + 5), step=step)
    mlflow.log_metric("nan_metric", float("nan"))
    mlflow.log_metric("acc", 0.5, step=1, timestamp=1700000000000)
    mlflow.set_tags({"team": "vision", "dotted.key.name": "x y"})
    ids.append(parent.info.run_id)
    with mlflow.start_run(run_name="child", nested=True) as child:
        mlflow.log_metric("child_metric", 42)
        ids.append(child.info.run_id)
client = mlflow.MlflowClient()
r = client.create_run("0", run_name="bare")
client.log_batch(r.info.run_id, metrics=[Metric("m", 1.5, 1700000000000, 7)], params=[Param("p", "v")], tags=[RunTag("t", "u")])
client.set_terminated(r.info.run_id, status="KILLED")
ids.append(r.info.run_id)
print(json.dumps(ids))
"#;
    let ids: Vec<String> = serde_json::from_str(
        run_python(&py, env.path(), script, &[])
            .trim()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(ids.len(), 3);
    for id in &ids {
        let from_python = python_view(&py, &env, id);
        let from_mlf = mlf_view(&env, id);
        assert_eq!(
            from_python, from_mlf,
            "mlf reads run {id} differently from Python"
        );
    }
    let searched = env
        .mlf(&[
            "runs",
            "search",
            "--experiment-name",
            "py-exp",
            "-o",
            "json",
        ])
        .json();
    let names: Vec<&str> = searched["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["info"]["run_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["child", "parent"]);
    let exp = env
        .mlf(&["experiments", "get", "-n", "py-exp", "-o", "json"])
        .json();
    assert_eq!(exp["experiment"]["experiment_id"], "1");
}

/// Kills the server when the test ends, passing or not.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.0.wait();
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    }
}

#[test]
fn database_created_by_mlf_opens_in_mlflow_and_its_server() {
    let Some(py) = python("3.18.0") else { return };
    let env = TestEnv::new();
    let id = env.new_run("made-by-mlf");
    env.mlf(&["metrics", "log", "--run-id", &id, "acc=0.75", "--step", "2"])
        .ok();
    env.mlf(&["runs", "end", "--run-id", &id]).ok();

    // MLflow opens it without migrating, and its schema is the one MLflow itself creates.
    let script = format!(
        r#"
import json, sqlite3, mlflow, os
from mlflow import MlflowClient
c = MlflowClient()
runs = c.search_runs(["1"], "metrics.acc > 0.5", order_by=["metrics.acc DESC"])
r = c.get_run({id:?})
mlflow.set_tracking_uri("sqlite:///fresh.db")
MlflowClient().search_experiments()
def shape(path):
    con = sqlite3.connect(path)
    # Constraint order inside a CREATE TABLE varies between MLflow runs: compare lines as sets.
    rows = [(t, n, sorted((s or "").splitlines())) for t, n, s in
            con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]
    rev = con.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows, rev
print(json.dumps({{"ids": [x.info.run_id for x in runs], "status": r.info.status,
                   "acc": r.data.metrics["acc"], "same_schema": shape("mlflow.db") == shape("fresh.db"),
                   "rev": shape("mlflow.db")[1]}}))
"#
    );
    let out: Value = serde_json::from_str(
        run_python(&py, env.path(), &script, &[])
            .trim()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(out["ids"], json!([id]));
    assert_eq!(out["status"], "FINISHED");
    assert_eq!(out["acc"], 0.75);
    assert_eq!(
        out["same_schema"], true,
        "mlf's schema differs from MLflow's"
    );
    assert_eq!(out["rev"], json!([["f4a9b2c7d1e6"]]));

    // `mlflow server` starts on it and serves the run.
    let port = free_port();
    let mlflow = py.parent().unwrap().join("mlflow");
    // setsid: the server and its uvicorn children form one process group, killed together.
    let child = Command::new("setsid")
        .arg(&mlflow)
        .args([
            "server",
            "--host",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--workers",
            "1",
        ])
        .arg("--backend-store-uri")
        .arg(format!("sqlite:///{}", env.db().display()))
        .current_dir(env.path())
        .env("PYTHONWARNINGS", "ignore")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mlflow server");
    let mut server = Server(child);
    let deadline = Instant::now() + Duration::from_secs(120);
    let body = loop {
        if let Some(b) = http_get(port, &format!("/api/2.0/mlflow/runs/get?run_id={id}")) {
            break b;
        }
        if let Ok(Some(status)) = server.0.try_wait() {
            let mut err = String::new();
            use std::io::Read;
            server
                .0
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .ok();
            panic!("mlflow server exited with {status}:\n{err}");
        }
        assert!(
            Instant::now() < deadline,
            "mlflow server did not start within 120 s"
        );
        std::thread::sleep(Duration::from_millis(500));
    };
    assert!(body.starts_with("HTTP/1.1 200"), "{body}");
    assert!(body.contains(&id), "{body}");
    assert!(body.contains("\"FINISHED\""), "{body}");
}

#[test]
fn database_created_by_mlflow_3_17_keeps_its_revision() {
    let Some(py317) = python("3.17.2") else {
        return;
    };
    let env = TestEnv::new();
    let script = r#"
import mlflow
mlflow.set_experiment("old")
with mlflow.start_run(run_name="old-run") as r:
    mlflow.log_param("p", "1")
    mlflow.log_metric("m", 0.5, step=1)
print(r.info.run_id)
"#;
    let old_id = run_python(&py317, env.path(), script, &[])
        .trim()
        .lines()
        .last()
        .unwrap()
        .to_string();
    let rev =
        || env.count("SELECT count(*) FROM alembic_version WHERE version_num = 'dc11669786a5'");
    assert_eq!(rev(), 1);
    let tables = env.count("SELECT count(*) FROM sqlite_master WHERE type = 'table'");

    let run = env
        .mlf(&["runs", "get", "--run-id", &old_id, "-o", "json"])
        .json();
    assert_eq!(run["run"]["info"]["run_name"], "old-run");
    assert_eq!(
        run["run"]["data"]["params"],
        json!([{"key": "p", "value": "1"}])
    );
    env.mlf(&[
        "metrics", "log", "--run-id", &old_id, "m=0.75", "--step", "2",
    ])
    .ok();
    let new_id = env
        .mlf(&["runs", "create", "-n", "old", "--run-name", "from-mlf"])
        .ok()
        .trim()
        .to_string();
    env.mlf(&["runs", "end", "--run-id", &new_id]).ok();
    assert_eq!(rev(), 1, "mlf must not migrate");
    assert_eq!(
        env.count("SELECT count(*) FROM sqlite_master WHERE type = 'table'"),
        tables
    );

    let check = format!(
        r#"
from mlflow import MlflowClient
c = MlflowClient()
print(c.get_run({old_id:?}).data.metrics["m"], c.get_run({new_id:?}).info.status)
"#
    );
    let out = run_python(&py317, env.path(), &check, &[]);
    assert_eq!(out.trim().lines().last().unwrap(), "0.75 FINISHED");
}

/// Python logs dataset inputs (`log_inputs`); mlf shows them as the REST API does, on the
/// SQLite store and through a real server, and filters runs by them.
#[test]
fn dataset_inputs_read_back_as_the_rest_api_shows_them() {
    let Some(py) = python("3.18.0") else { return };
    const LOG_INPUTS: &str = r#"
import json
from mlflow import MlflowClient
from mlflow.entities import Dataset, DatasetInput, InputTag
from mlflow.utils.proto_json_utils import message_to_json
c = MlflowClient()
exp = c.create_experiment("inputs-" + __import__("uuid").uuid4().hex)
rid = c.create_run(exp).info.run_id
c.log_inputs(rid, [
    DatasetInput(Dataset("iris", "abc123", "http", '{"url": "http://x/iris.csv"}', '{"cols": 4}', None),
                 [InputTag("mlflow.data.context", "training"), InputTag("x", "y")]),
    DatasetInput(Dataset("wine", "def456", "local", '{"uri": "/w"}', None, '{"rows": 10}'), []),
])
plain = c.create_run(exp).info.run_id
inputs = json.loads(message_to_json(c.get_run(rid).to_proto()))["inputs"]
print(json.dumps({"exp": exp, "rid": rid, "plain": plain, "inputs": inputs}))
"#;
    let mut envs = vec![TestEnv::new()];
    if let Some(server) = crate::common::mlflow_server() {
        let mut env = TestEnv::new();
        env.env("MLFLOW_TRACKING_URI", &server.url);
        envs.push(env);
    }
    for env in envs {
        let uri = env_uri(&env);
        let py_envs: Vec<(&str, &str)> = uri
            .iter()
            .map(|u| ("MLFLOW_TRACKING_URI", u.as_str()))
            .collect();
        let out: Value =
            serde_json::from_str(run_python(&py, env.path(), LOG_INPUTS, &py_envs).trim()).unwrap();
        let rid = out["rid"].as_str().unwrap();
        let run = env
            .mlf(&["runs", "get", "--run-id", rid, "-o", "json"])
            .json();
        // The REST API leaves empty lists out; mlf keeps every list key (CLI.md section 4).
        let mut want = out["inputs"].clone();
        for d in want["dataset_inputs"].as_array_mut().unwrap() {
            if d.get("tags").is_none() {
                d["tags"] = json!([]);
            }
        }
        if want.get("model_inputs").is_none() {
            want["model_inputs"] = json!([]);
        }
        assert_eq!(run["run"]["inputs"], want, "{uri:?}");
        let table = env.mlf(&["runs", "get", "--run-id", rid]).ok().to_string();
        assert!(
            table.contains("datasets.iris\tabc123 (training)\n"),
            "{table}"
        );
        assert!(table.contains("datasets.wine\tdef456\n"), "{table}");
        assert_eq!(out["inputs"]["dataset_inputs"].as_array().unwrap().len(), 2);
        let plain = env
            .mlf(&[
                "runs",
                "get",
                "--run-id",
                out["plain"].as_str().unwrap(),
                "-o",
                "json",
            ])
            .json();
        assert_eq!(
            plain["run"]["inputs"],
            json!({"dataset_inputs": [], "model_inputs": []})
        );
        let exp = out["exp"].as_str().unwrap();
        for (filter, want) in [
            ("datasets.name = 'wine'", vec![rid]),
            ("datasets.context = 'training'", vec![rid]),
            ("datasets.digest = 'nope'", vec![]),
        ] {
            let found = env
                .mlf(&[
                    "runs",
                    "search",
                    "--experiment-id",
                    exp,
                    "--filter",
                    filter,
                    "-o",
                    "json",
                ])
                .json();
            let ids: Vec<&str> = found["runs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["info"]["run_id"].as_str().unwrap())
                .collect();
            assert_eq!(ids, want, "{filter} on {uri:?}");
        }
    }
}

/// The tracking URI a test environment sets, if any.
fn env_uri(env: &TestEnv) -> Option<String> {
    env.command(&[])
        .get_envs()
        .find(|(k, _)| *k == "MLFLOW_TRACKING_URI")
        .and_then(|(_, v)| v.map(|v| v.to_string_lossy().into_owned()))
}
