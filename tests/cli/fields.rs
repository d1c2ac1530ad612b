//! Every field MLflow returns: Python MLflow 3.18 builds the REST bodies of every entity
//! (`message_to_json` of the response protos its server sends) on SQLite, a file store and a
//! real server, and mlf's `-o json` must hold every one of those fields with the same value.
//! mlf may add only what CLI.md promises: list keys that are empty.

use crate::common::{python, run_python, StoreKind, TestEnv};

/// Logs an experiment and a finished run with every kind of data, then writes the REST body
/// Python's server would send for each read mlf offers, keyed by the mlf command.
const BUILD: &str = r#"
import json, sys
import mlflow
from mlflow import MlflowClient
from mlflow.entities import Metric, Param, RunTag, ViewType
from mlflow.utils.proto_json_utils import message_to_json
from mlflow.protos.service_pb2 import (GetExperiment, SearchExperiments, GetRun, SearchRuns,
                                       GetMetricHistory)
c = MlflowClient()
exp = c.create_experiment("fields", tags={"team": "ml", "empty": ""})
run = c.create_run(exp, run_name="fields-run", tags={"t": "v"}, start_time=1700000000000)
rid = run.info.run_id
c.log_batch(rid, metrics=[Metric("m", 0.5, 1700000000001, 3), Metric("m", float("nan"), 1700000000002, 4),
                          Metric("inf", float("inf"), 1700000000003, -1)],
            params=[Param("p", "1"), Param("long", "x" * 300)], tags=[RunTag("note", "a\nb")])
from mlflow.entities import Dataset, DatasetInput, InputTag
c.log_inputs(rid, datasets=[DatasetInput(Dataset("iris", "abc123", "local", '{"uri": "/tmp/iris.csv"}', '{"mlflow_colspec": []}', '{"num_rows": 2}'),
                                         [InputTag("mlflow.data.context", "training")])])
open("report.txt", "w").write("hello")
c.log_artifact(rid, "report.txt", artifact_path="docs")
c.log_artifact(rid, "report.txt")
c.set_terminated(rid, status="FINISHED", end_time=1700000009000)
# A second, still running run without data.
bare = c.create_run(exp, start_time=1700000000500).info.run_id
out = {"exp": exp, "run": rid, "bare": bare, "bodies": {}}
def body(msg):
    return json.loads(message_to_json(msg))
e = c.get_experiment(exp)
out["bodies"]["experiments get"] = body(GetExperiment.Response(experiment=e.to_proto()))
exps = c.search_experiments(view_type=ViewType.ALL)
out["bodies"]["experiments search"] = body(SearchExperiments.Response(experiments=[x.to_proto() for x in exps]))
for key, r in [("runs get", rid), ("runs get bare", bare)]:
    out["bodies"][key] = body(GetRun.Response(run=c.get_run(r).to_proto()))
runs = c.search_runs([exp], order_by=["attributes.start_time ASC"])
out["bodies"]["runs search"] = body(SearchRuns.Response(runs=[r.to_proto() for r in runs]))
hist = c.get_metric_history(rid, "m")
out["bodies"]["metrics history"] = body(GetMetricHistory.Response(metrics=[m.to_proto() for m in hist]))
json.dump(out, open("fields.json", "w"))
"#;

/// Compares Python's bodies with mlf's (`mlf.json`): prints every field Python has that mlf
/// lacks or holds differently, and every extra field of mlf's that is not an empty list.
const COMPARE: &str = r#"
import json, math
import sys
from mlflow import MlflowClient
from mlflow.utils.proto_json_utils import message_to_json
from mlflow.protos.service_pb2 import ListArtifacts, UpdateRun
built = json.load(open("fields.json"))
py = built["bodies"]
c = MlflowClient()
# Reads of what mlf changed: the bare run mlf ended, the artifacts Python logged.
py["runs end"] = json.loads(message_to_json(UpdateRun.Response(run_info=c.get_run(built["bare"]).info.to_proto())))
run = c.get_run(built["run"])
py["artifacts list"] = json.loads(message_to_json(ListArtifacts.Response(
    root_uri=run.info.artifact_uri, files=[f.to_proto() for f in c.list_artifacts(built["run"])])))
got = json.load(open("mlf.json"))
problems = []
def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            fa, fb = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return (math.isnan(fa) and math.isnan(fb)) or fa == fb
    return a == b
def walk(where, want, have):
    if isinstance(want, dict):
        if not isinstance(have, dict):
            problems.append(f"{where}: expected an object, got {have!r}"); return
        for k, v in want.items():
            if k not in have:
                problems.append(f"{where}.{k}: missing (MLflow has {v!r})")
            else:
                walk(f"{where}.{k}", v, have[k])
        for k, v in have.items():
            if k not in want and v != []:
                problems.append(f"{where}.{k}: extra field {v!r}")
    elif isinstance(want, list):
        if not isinstance(have, list) or len(want) != len(have):
            problems.append(f"{where}: expected {len(want)} items, got {have!r}"); return
        if want and isinstance(want[0], dict) and "key" in want[0] and not where.startswith("metrics history"):
            want = sorted(want, key=lambda x: x["key"]); have = sorted(have, key=lambda x: x.get("key", ""))
        for i, (w, h) in enumerate(zip(want, have)):
            walk(f"{where}[{i}]", w, h)
    elif not same(want, have):
        problems.append(f"{where}: {have!r}, MLflow has {want!r}")
for cmd, want in py.items():
    walk(cmd, want, got[cmd])
print(json.dumps(problems))
"#;

#[test]
fn json_bodies_hold_every_field_mlflow_returns() {
    let Some(py) = python("3.18.0") else { return };
    for kind in [StoreKind::Sqlite, StoreKind::File, StoreKind::Server] {
        let Some(env) = kind.env() else { return };
        fields_on(&py, &env, kind);
    }
}

fn fields_on(py: &std::path::Path, env: &TestEnv, kind: StoreKind) {
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    run_python(py, env.path(), BUILD, &envs);
    let built: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path().join("fields.json")).unwrap())
            .unwrap();
    let (exp, run, bare) = (
        built["exp"].as_str().unwrap(),
        built["run"].as_str().unwrap(),
        built["bare"].as_str().unwrap(),
    );
    let json = |args: &[&str]| {
        let mut args = args.to_vec();
        args.extend(["-o", "json"]);
        env.mlf(&args).json()
    };
    let mut ours = serde_json::Map::new();
    let mut put = |k: &str, v: serde_json::Value| {
        ours.insert(k.to_string(), v);
    };
    put(
        "experiments get",
        json(&["experiments", "get", "--experiment-id", exp]),
    );
    let mut search = json(&["experiments", "search", "--view", "all"]);
    search.as_object_mut().unwrap().remove("next_page_token");
    put("experiments search", search);
    put("runs get", json(&["runs", "get", run]));
    put("runs get bare", json(&["runs", "get", bare]));
    let mut runs = json(&[
        "runs",
        "search",
        "--experiment-id",
        exp,
        "--order-by",
        "attributes.start_time ASC",
    ]);
    runs.as_object_mut().unwrap().remove("next_page_token");
    put("runs search", runs);
    put(
        "runs end",
        json(&[
            "runs",
            "end",
            "--run-id",
            bare,
            "--end-time",
            "1700000009999",
        ]),
    );
    put(
        "artifacts list",
        json(&["artifacts", "list", "--run-id", run]),
    );
    put(
        "metrics history",
        json(&["metrics", "history", "m", "--run-id", run]),
    );
    std::fs::write(
        env.path().join("mlf.json"),
        serde_json::Value::Object(ours).to_string(),
    )
    .unwrap();
    let problems: Vec<String> =
        serde_json::from_str(run_python(py, env.path(), COMPARE, &envs).trim()).unwrap();
    assert!(
        problems.is_empty(),
        "{kind:?}: {} field(s) differ from MLflow's bodies:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
