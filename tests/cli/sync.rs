//! `mlf sync` against the real Python MLflow 3.18 and real `mlflow server`s: Python builds the
//! source, mlf copies it, Python reads the destination and must find the same data, field by
//! field and metric values bit for bit; a second sync changes nothing; a sync after more
//! logging copies exactly what is new; a sync killed at random moments and run again ends as
//! an uninterrupted one.

use std::path::Path;

use crate::common::{self, TestEnv};

/// Builds the source: nested runs, NaN/±Inf, negative steps, a dataset input, artifacts, a
/// failed run, a deleted run, experiment tags, a second experiment.
const BUILD: &str = r#"
import os, mlflow, pandas as pd
from mlflow import MlflowClient
c = MlflowClient()
a, b = os.environ["EXPS"].split(",")
mlflow.set_experiment(a)
mlflow.set_experiment_tag("team", "vision")
with mlflow.start_run(run_name="parent") as p:
    mlflow.log_params({"lr": "0.1", "layers": "3"})
    mlflow.set_tag("stage", "dev")
    vals = [1.5, float("nan"), float("inf"), float("-inf"), 0.1 + 0.2, 5e-324, -2.5e300]
    for i, v in enumerate(vals):
        mlflow.log_metric("m", v, step=i - 3, timestamp=1700000000000 + i)
    mlflow.log_metric("m", 2.0, step=-3, timestamp=1700000000000)
    os.makedirs("art/sub", exist_ok=True)
    open("art/a.txt", "w").write("hello")
    open("art/sub/b.bin", "wb").write(bytes(range(256)) * 40)
    mlflow.log_artifacts("art")
    ds = mlflow.data.from_pandas(pd.DataFrame({"x": [1.0, 2.0]}), name="train-set")
    mlflow.log_input(ds, context="training")
    with mlflow.start_run(run_name="child", nested=True):
        mlflow.log_metric("loss", 0.25, step=1)
        with mlflow.start_run(run_name="grandchild", nested=True):
            mlflow.log_metric("loss", 0.125, step=2)
with mlflow.start_run(run_name="failed") as r:
    mlflow.log_metric("acc", 0.5)
c.set_terminated(r.info.run_id, "FAILED")
with mlflow.start_run(run_name="gone") as g:
    mlflow.log_metric("x", 1.0)
c.delete_run(g.info.run_id)
mlflow.set_experiment(b)
with mlflow.start_run(run_name="other"):
    mlflow.log_metric("y", -1.0, step=-7)
    mlflow.set_tag("note", "second experiment")
"#;

/// Prints, for the experiments named in `EXPS`, everything a sync must carry, as Python
/// MLflow reads it: run ids only in `ids`, parents by name, values as bits (±max double, which
/// MLflow's SQL stores make of ±Inf, read as ±Inf).
const DUMP: &str = r#"
import os, sys, json, math, struct
from mlflow import MlflowClient
from mlflow.entities import ViewType
c = MlflowClient()
def bits(v):
    if math.isnan(v):
        return "nan"
    if abs(v) == sys.float_info.max:
        v = math.copysign(math.inf, v)
    return struct.pack(">d", v).hex()
def arts(rid, path=None):
    out = []
    for f in c.list_artifacts(rid, path):
        out += arts(rid, f.path) if f.is_dir else [[f.path, f.file_size]]
    return out
res = {}
for name in os.environ["EXPS"].split(","):
    e = c.get_experiment_by_name(name)
    runs = c.search_runs([e.experiment_id], run_view_type=ViewType.ALL, max_results=50000)
    names = {r.info.run_id: r.info.run_name for r in runs}
    out = []
    for r in runs:
        i = r.info
        tags = {k: v for k, v in r.data.tags.items() if k != "mlf.sync.source_run_id"}
        if "mlflow.parentRunId" in tags:
            tags["mlflow.parentRunId"] = names.get(tags["mlflow.parentRunId"], "?")
        metrics = {k: sorted([p.step, p.timestamp, bits(p.value)]
                             for p in c.get_metric_history(i.run_id, k)) for k in r.data.metrics}
        inputs = sorted([d.dataset.name, d.dataset.digest, d.dataset.source_type, d.dataset.source,
                         d.dataset.schema, d.dataset.profile, sorted([t.key, t.value] for t in d.tags)]
                        for d in c.get_run(i.run_id).inputs.dataset_inputs)
        out.append({"name": i.run_name, "status": i.status, "start_time": i.start_time,
                    "end_time": i.end_time, "user_id": i.user_id, "stage": i.lifecycle_stage,
                    "params": r.data.params, "tags": tags, "metrics": metrics, "inputs": inputs,
                    "artifacts": sorted(arts(i.run_id))})
    out.sort(key=lambda x: (x["name"], x["start_time"]))
    res[name] = {"tags": {k: v for k, v in e.tags.items()}, "runs": out,
                 "ids": sorted(r.info.run_id for r in runs)}
print(json.dumps(res, sort_keys=True))
"#;

/// One side of a sync: a store Python and mlf both reach, in its own folder.
pub struct Side {
    pub env: TestEnv,
    pub uri: String,
    /// Its datasets inputs can be written by a sync (every store but servers, for now).
    pub takes_inputs: bool,
}

impl Side {
    fn sqlite() -> Side {
        let env = TestEnv::new();
        let uri = format!("sqlite:///{}/mlflow.db", env.path().display());
        Side { env, uri, takes_inputs: true }
    }
    fn file() -> Side {
        let env = TestEnv::file_store();
        let uri = env.tracking_uri();
        Side { env, uri, takes_inputs: false }
    }
    fn server(url: &str) -> Side {
        Side { env: TestEnv::new(), uri: url.to_string(), takes_inputs: false }
    }

    fn python(&self, py: &Path, script: &str, exps: &str) -> String {
        common::run_python(
            py,
            self.env.path(),
            script,
            &[
                ("MLFLOW_TRACKING_URI", &self.uri),
                ("MLFLOW_ALLOW_FILE_STORE", "true"),
                ("EXPS", exps),
            ],
        )
    }

    /// What Python MLflow reads of the experiments `exps`.
    pub fn dump(&self, py: &Path, exps: &str) -> serde_json::Value {
        let out = self.python(py, DUMP, exps);
        serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("dump is not JSON ({e}): {out}"))
    }
}

/// Runs `mlf sync` from `src` to `dst` (in the destination's folder) and returns its counts.
fn sync(src: &Side, dst: &Side, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["sync", "--from", &src.uri, "--to", &dst.uri, "-o", "json"];
    args.extend_from_slice(extra);
    dst.env.mlf(&args).json()
}

/// The dump without run ids (which servers choose), and without dataset inputs when the
/// destination cannot take them.
fn comparable(mut dump: serde_json::Value, inputs: bool) -> serde_json::Value {
    for exp in dump.as_object_mut().unwrap().values_mut() {
        exp.as_object_mut().unwrap().remove("ids");
        if !inputs {
            for run in exp["runs"].as_array_mut().unwrap() {
                run["inputs"] = serde_json::json!([]);
            }
        }
    }
    dump
}

fn counts(c: &serde_json::Value) -> [u64; 7] {
    [
        "experiments_created",
        "runs_created",
        "runs_updated",
        "runs_unchanged",
        "metric_points",
        "artifact_files",
        "artifact_bytes",
    ]
    .map(|k| c[k].as_u64().unwrap_or_else(|| panic!("no `{k}` in {c}")))
}

/// Builds the source with Python, syncs it, and checks the destination field by field, then
/// that a second sync changes nothing.
fn copies_everything(py: &Path, src: &Side, dst: &Side) {
    let u = common::unique("sync");
    let exps = format!("{u}-a,{u}-b");
    src.python(py, BUILD, &exps);
    let want = src.dump(py, &exps);
    let (a, b) = (format!("{u}-a"), format!("{u}-b"));
    let select = ["--view", "all", "--experiment-name", &a, "--experiment-name", &b];

    // A dry run says what the sync will do, and writes nothing.
    let dry = sync(src, dst, &[&select[..], &["--dry-run"]].concat());
    let first = sync(src, dst, &select);
    assert_eq!(counts(&dry), counts(&first), "dry run: {dry}\nsync: {first}");
    // 6 runs; points: 8 + 1 + 1 + 1 + 1 + 1; files: a.txt and sub/b.bin.
    assert_eq!(counts(&first), [2, 6, 0, 0, 13, 2, 5 + 10240], "{first}");
    let got = dst.dump(py, &exps);
    assert_eq!(
        comparable(got.clone(), dst.takes_inputs),
        comparable(want, dst.takes_inputs)
    );
    let runs = &got[&a]["runs"];
    let parent = runs.as_array().unwrap().iter().find(|r| r["name"] == "child").unwrap();
    assert_eq!(parent["tags"]["mlflow.parentRunId"], "parent");

    // Again: nothing new, nothing written, the destination as it was.
    let second = sync(src, dst, &select);
    assert_eq!(counts(&second), [0, 0, 0, 6, 0, 0, 0], "{second}");
    assert_eq!(dst.dump(py, &exps), got);
}

#[test]
fn sqlite_to_server() {
    let (Some(py), Some(server)) = (common::python("3.18.0"), common::mlflow_server()) else {
        return;
    };
    copies_everything(&py, &Side::sqlite(), &Side::server(&server.url));
}

#[test]
fn server_to_sqlite() {
    let (Some(py), Some(server)) = (common::python("3.18.0"), common::mlflow_server()) else {
        return;
    };
    copies_everything(&py, &Side::server(&server.url), &Side::sqlite());
}

#[test]
fn file_store_to_sqlite() {
    let Some(py) = common::python("3.18.0") else {
        return;
    };
    copies_everything(&py, &Side::file(), &Side::sqlite());
}

#[test]
fn sqlite_to_sqlite() {
    let Some(py) = common::python("3.18.0") else {
        return;
    };
    copies_everything(&py, &Side::sqlite(), &Side::sqlite());
}

#[test]
fn sqlite_to_file_store() {
    let Some(py) = common::python("3.18.0") else {
        return;
    };
    copies_everything(&py, &Side::sqlite(), &Side::file());
}

#[test]
fn server_to_server() {
    let (Some(py), Some(server)) = (common::python("3.18.0"), common::mlflow_server()) else {
        return;
    };
    let Some(other) = common::start_mlflow_server() else {
        return;
    };
    copies_everything(&py, &Side::server(&server.url), &Side::server(&other.url));
}
