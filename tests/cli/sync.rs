//! `mlf sync` against the real Python MLflow 3.18 and real `mlflow server`s: Python builds the
//! source, mlf copies it, Python reads the destination and must find the same data, field by
//! field and metric values bit for bit; a second sync changes nothing; a sync after more
//! logging copies exactly what is new; a sync killed at random moments and run again ends as
//! an uninterrupted one.

use std::path::Path;

use crate::common::{self, TestEnv};

/// Builds the source: nested runs, NaN/±Inf, negative steps, a dataset input, artifacts, a
/// failed run, a deleted run, experiment tags, a second experiment, logged models (one of the
/// parent run with params, tags, metrics of a dataset, an artifact, a model input and a model
/// output of the child; one of no run, still pending).
const BUILD: &str = r#"
import os, mlflow, pandas as pd
from mlflow import MlflowClient
from mlflow.entities import LoggedModelOutput
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
    lm = mlflow.initialize_logged_model(name="ckpt", model_type="agent", params={"p": "1"},
                                        tags={"t": "v"})
    # Step 0: MLflow's file store reads the step of a point with a dataset as 0 (mlf reads the
    # step written), so only a 0 reads alike on every store.
    mlflow.log_metric("acc", 0.5, step=0, timestamp=1700000000100, model_id=lm.model_id, dataset=ds)
    mlflow.log_metric("val", -0.25, step=2, timestamp=1700000000200, model_id=lm.model_id)
    os.makedirs("mdl", exist_ok=True)
    open("mdl/w.bin", "wb").write(b"w" * 100)
    c.log_model_artifacts(lm.model_id, "mdl")
    mlflow.finalize_logged_model(lm.model_id, "READY")
    with mlflow.start_run(run_name="child", nested=True) as ch:
        mlflow.log_metric("loss", 0.25, step=1)
        c.log_outputs(ch.info.run_id, [LoggedModelOutput(lm.model_id, 4)])
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
c.create_logged_model(c.get_experiment_by_name(a).experiment_id, name="loose", tags={"k": "1"})
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
    # A server stores a model type left out as "" (its protobuf default); other stores as None.
    models = []
    try:
        found = c.search_logged_models([e.experiment_id])
    except Exception:
        found = []
    mnames = {m.model_id: m.name for m in found}
    for m in found:
        m = c.get_logged_model(m.model_id)
        models.append({
            "name": m.name, "type": m.model_type or None, "status": str(m.status),
            "source_run": names.get(m.source_run_id, "?") if m.source_run_id else None,
            "params": m.params or {},
            "tags": {k: v for k, v in (m.tags or {}).items() if k != "mlf.sync.source_model_id"},
            "metrics": sorted([p.key, p.step, p.timestamp, bits(p.value), names.get(p.run_id, "?"),
                               p.dataset_name or "", p.dataset_digest or ""]
                              for p in m.metrics or []),
            "artifacts": sorted([f.path, f.file_size]
                                for f in c.list_logged_model_artifacts(m.model_id) or [])})
    models.sort(key=lambda m: m["name"])
    out = []
    for r in runs:
        i = r.info
        tags = {k: v for k, v in r.data.tags.items() if k != "mlf.sync.source_run_id"}
        if "mlflow.parentRunId" in tags:
            tags["mlflow.parentRunId"] = names.get(tags["mlflow.parentRunId"], "?")
        metrics = {k: sorted([p.step, p.timestamp, bits(p.value)]
                             for p in c.get_metric_history(i.run_id, k)) for k in r.data.metrics}
        full = c.get_run(i.run_id)
        inputs = sorted([d.dataset.name, d.dataset.digest, d.dataset.source_type, d.dataset.source,
                         d.dataset.schema, d.dataset.profile, sorted([t.key, t.value] for t in d.tags)]
                        for d in full.inputs.dataset_inputs)
        links = sorted([["in", mnames.get(m.model_id, "?"), None] for m in full.inputs.model_inputs]
                       + [["out", mnames.get(m.model_id, "?"), m.step]
                          for m in full.outputs.model_outputs])
        out.append({"name": i.run_name, "status": i.status, "start_time": i.start_time,
                    "end_time": i.end_time, "user_id": i.user_id, "stage": i.lifecycle_stage,
                    "params": r.data.params, "tags": tags, "metrics": metrics, "inputs": inputs,
                    "models": links, "artifacts": sorted(arts(i.run_id))})
    out.sort(key=lambda x: (x["name"], x["start_time"]))
    res[name] = {"tags": {k: v for k, v in e.tags.items()}, "runs": out, "models": models,
                 "ids": sorted(r.info.run_id for r in runs)}
print(json.dumps(res, sort_keys=True))
"#;

/// One side of a sync: a store Python and mlf both reach, in its own folder.
pub struct Side {
    pub env: TestEnv,
    pub uri: String,
    /// Its datasets inputs can be written by a sync (FastTrackML cannot take them).
    pub takes_inputs: bool,
}

impl Side {
    fn sqlite() -> Side {
        let env = TestEnv::new();
        let uri = format!("sqlite:///{}/mlflow.db", env.path().display());
        Side {
            env,
            uri,
            takes_inputs: true,
        }
    }
    fn file() -> Side {
        let env = TestEnv::file_store();
        let uri = env.tracking_uri();
        Side {
            env,
            uri,
            takes_inputs: true,
        }
    }
    fn server(url: &str) -> Side {
        Side {
            env: TestEnv::new(),
            uri: url.to_string(),
            takes_inputs: true,
        }
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

/// Asserts two dumps are equal, naming the first paths where they differ.
#[track_caller]
fn assert_same(got: &serde_json::Value, want: &serde_json::Value) {
    fn walk(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value::{Array, Object};
        match (a, b) {
            (Object(x), Object(y)) => {
                for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                    let null = serde_json::Value::Null;
                    walk(
                        &format!("{path}.{k}"),
                        x.get(k).unwrap_or(&null),
                        y.get(k).unwrap_or(&null),
                        out,
                    );
                }
            }
            (Array(x), Array(y)) if x.len() == y.len() => {
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    walk(&format!("{path}[{i}]"), p, q, out);
                }
            }
            (Array(x), Array(y)) => {
                out.push(format!("{path}: {} items, want {}", x.len(), y.len()))
            }
            _ if a != b => out.push(format!("{path}: {a}, want {b}")),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", got, want, &mut out);
    out.truncate(12);
    assert!(
        out.is_empty(),
        "the destination differs:\n{}",
        out.join("\n")
    );
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
    let select = [
        "--view",
        "all",
        "--experiment-name",
        &a,
        "--experiment-name",
        &b,
    ];

    // A dry run says what the sync will do, and writes nothing.
    let dry = sync(src, dst, &[&select[..], &["--dry-run"]].concat());
    let first = sync(src, dst, &select);
    assert_eq!(
        counts(&dry),
        counts(&first),
        "dry run: {dry}\nsync: {first}"
    );
    // 6 runs; points: 8 + 2 (of the model) + 1 + 1 + 1 + 1 + 1; files: a.txt, sub/b.bin and
    // the model's w.bin.
    assert_eq!(
        counts(&first),
        [2, 6, 0, 0, 15, 3, 5 + 10240 + 100],
        "{first}"
    );
    let got = dst.dump(py, &exps);
    assert_same(
        &comparable(got.clone(), dst.takes_inputs),
        &comparable(want, dst.takes_inputs),
    );
    let runs = &got[&a]["runs"];
    let parent = runs
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "child")
        .unwrap();
    assert_eq!(parent["tags"]["mlflow.parentRunId"], "parent");

    // Again: nothing new, nothing written, the destination as it was.
    let second = sync(src, dst, &select);
    assert_eq!(counts(&second), [0, 0, 0, 6, 0, 0, 0], "{second}");
    assert_same(&dst.dump(py, &exps), &got);
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

/// More logging after a first sync: new points (one below a run's latest), a new metric, a
/// param, a changed tag, an artifact, a new run, a run deleted; a point of a logged model in
/// another run (the grandchild, which now uses it), a model's new tag, a model finalized.
const MORE: &str = r#"
import os, mlflow
from mlflow import MlflowClient
from mlflow.entities import ViewType
c = MlflowClient()
a, b = os.environ["EXPS"].split(",")
e = c.get_experiment_by_name(a)
runs = {r.info.run_name: r for r in c.search_runs([e.experiment_id], run_view_type=ViewType.ALL)}
mlflow.set_experiment(a)
with mlflow.start_run(run_id=runs["parent"].info.run_id):
    for s in (10, 11, 12):
        mlflow.log_metric("m", s * 0.5, step=s)
    mlflow.log_metric("new", 7.0)
    mlflow.log_param("extra", "yes")
    mlflow.set_tag("stage", "prod")
    open("c.txt", "w").write("more")
    mlflow.log_artifact("c.txt", "late")
with mlflow.start_run(run_id=runs["child"].info.run_id):
    mlflow.log_metric("loss", 0.75, step=0)
with mlflow.start_run(run_name="late"):
    mlflow.log_metric("z", 1.0, step=0)
    mlflow.log_metric("z", 2.0, step=1)
c.delete_run(runs["failed"].info.run_id)
models = {m.name: m for m in c.search_logged_models([e.experiment_id])}
with mlflow.start_run(run_id=runs["grandchild"].info.run_id):
    mlflow.log_metric("eval", 0.875, step=3, model_id=models["ckpt"].model_id)
c.set_logged_model_tags(models["ckpt"].model_id, {"t2": "w"})
c.finalize_logged_model(models["loose"].model_id, "READY")
"#;

#[test]
fn second_sync_copies_only_what_is_new() {
    let (Some(py), Some(server)) = (common::python("3.18.0"), common::mlflow_server()) else {
        return;
    };
    let (src, dst) = (Side::sqlite(), Side::server(&server.url));
    let u = common::unique("sync-more");
    let exps = format!("{u}-a,{u}-b");
    src.python(&py, BUILD, &exps);
    let first = sync(&src, &dst, &["--view", "all"]);
    assert_eq!(counts(&first)[..3], [2, 6, 0], "{first}");
    src.python(&py, MORE, &exps);
    let dry = sync(&src, &dst, &["--view", "all", "--dry-run"]);
    let again = sync(&src, &dst, &["--view", "all"]);
    assert_eq!(
        counts(&dry),
        counts(&again),
        "dry run: {dry}\nsync: {again}"
    );
    // late is new; parent, child, grandchild and failed changed; gone and other did not.
    // Points: 3 + 1 on parent, 1 on child (below its latest step), 1 on grandchild, 2 on
    // late; one file.
    assert_eq!(counts(&again), [0, 1, 4, 2, 8, 1, 4], "{again}");
    let got = dst.dump(&py, &exps);
    assert_same(
        &comparable(got.clone(), false),
        &comparable(src.dump(&py, &exps), false),
    );
    let third = sync(&src, &dst, &["--view", "all"]);
    assert_eq!(counts(&third), [0, 0, 0, 7, 0, 0, 0], "{third}");
    assert_same(&dst.dump(&py, &exps), &got);
}

/// A larger source: runs with points logged out of step order (the latest point is not the
/// last one logged), one run still RUNNING, artifacts, and a logged model per run with 300
/// points logged in it.
const LARGE: &str = r#"
import os, time, mlflow
from mlflow import MlflowClient
from mlflow.entities import Metric
c = MlflowClient()
a, b = os.environ["EXPS"].split(",")
exp = c.create_experiment(a)
c.create_experiment(b)
os.makedirs("big", exist_ok=True)
for f in range(8):
    open(f"big/f{f}.bin", "wb").write(os.urandom(200_000 + f))
now = int(time.time() * 1000)
for r in range(4):
    run = c.create_run(exp, run_name=f"r{r}").info.run_id
    for key in ("a", "b", "c"):
        pts = [Metric(key, (i * 7919 % 1500) * 0.25, now + i, i * 7919 % 1500) for i in range(1500)]
        pts += [Metric(key, 1.0, now, 3)] * 2
        for i in range(0, len(pts), 1000):
            c.log_batch(run, metrics=pts[i:i + 1000])
    c.log_batch(run, params=[mlflow.entities.Param(f"p{i}", str(i)) for i in range(10)])
    m = c.create_logged_model(exp, name=f"m{r}", source_run_id=run, params={"r": str(r)})
    c.log_batch(run, metrics=[Metric("d", i * 0.5, now + i, i, model_id=m.model_id)
                              for i in range(300)])
    if r:
        c.finalize_logged_model(m.model_id, "READY")
    c.log_artifacts(run, "big", "files")
    if r:
        c.set_terminated(run, "FINISHED")
"#;

/// Kills `mlf sync` at random moments (8 times), then lets one finish: the destination must
/// hold exactly the source, and one more sync must find nothing to do.
fn killed_sync_resumes(py: &Path, dst: &Side, max_wait_ms: u64) {
    let src = Side::sqlite();
    let u = common::unique("sync-kill");
    let exps = format!("{u}-a,{u}-b");
    src.python(py, LARGE, &exps);
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64
        | 1;
    let name = format!("{u}-a");
    let args = [
        "sync",
        "--from",
        &src.uri,
        "--to",
        &dst.uri,
        "--experiment-name",
        &name,
        "--jobs",
        "2",
    ];
    for round in 0..8 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait = 10 + seed % max_wait_ms;
        let mut child = dst.env.command(&args).spawn().expect("spawn mlf");
        std::thread::sleep(std::time::Duration::from_millis(wait));
        let _ = child.kill();
        let status = child.wait().expect("wait mlf");
        #[allow(clippy::print_stderr)] // the moments of the kills, shown when the test fails
        {
            eprintln!("round {round}: killed after {wait} ms ({status})");
        }
    }
    let done = dst.env.mlf(&[&args[..], &["-o", "json"]].concat()).json();
    assert_eq!(counts(&done)[0], 0, "{done}");
    let mut want = comparable(src.dump(py, &name), false);
    let got = dst.dump(py, &name);
    if dst.uri.starts_with("file:") {
        // Python reads only a file store model's latest points: its files must hold all.
        want = latest_model_points(want);
        for (path, lines) in model_metric_files(dst.env.path()) {
            let distinct: std::collections::HashSet<&String> = lines.iter().collect();
            assert_eq!((lines.len(), distinct.len()), (300, 300), "{path:?}");
        }
    }
    assert_same(&comparable(got.clone(), false), &want);
    // 1500 + 2 points per key: a duplicate point is one point in SQL stores, two elsewhere.
    let again = dst.env.mlf(&[&args[..], &["-o", "json"]].concat()).json();
    assert_eq!(counts(&again), [0, 0, 0, 4, 0, 0, 0], "{again}");
    assert_same(&dst.dump(py, &name), &got);
}

#[test]
fn killed_sync_to_server_resumes_exactly() {
    let (Some(py), Some(server)) = (common::python("3.18.0"), common::mlflow_server()) else {
        return;
    };
    killed_sync_resumes(&py, &Side::server(&server.url), 2500);
}

#[test]
fn killed_sync_to_file_store_resumes_exactly() {
    let Some(py) = common::python("3.18.0") else {
        return;
    };
    killed_sync_resumes(&py, &Side::file(), 500);
}

#[test]
fn killed_sync_to_sqlite_resumes_exactly() {
    let Some(py) = common::python("3.18.0") else {
        return;
    };
    killed_sync_resumes(&py, &Side::sqlite(), 500);
}

#[test]
fn usage_errors_and_a_dry_run_that_writes_nothing() {
    let src = TestEnv::new();
    let run = src.new_run("train");
    src.mlf(&["metrics", "log", "--run-id", &run, "acc=0.5", "loss=1"])
        .ok();
    let from = format!("sqlite:///{}", src.db().display());
    let dst = TestEnv::new();
    let to = format!("sqlite:///{}", dst.db().display());
    let same = dst.mlf(&["sync", "--from", &from, "--to", &from]);
    assert!(same.fails(2).contains("the same store"), "{same}");
    dst.mlf(&[
        "sync",
        "--from",
        &from,
        "--to",
        &to,
        "--experiment-name",
        "nope",
    ])
    .fails(3);
    dst.mlf(&["sync", "--from", &from, "--to", &to, "--filter", "bad ="])
        .fails(2);
    dst.mlf(&["sync", "--from", "ftp://x", "--to", &to])
        .fails(2);
    let dry = dst
        .mlf(&[
            "sync",
            "--from",
            &from,
            "--to",
            &to,
            "--dry-run",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(counts(&dry), [1, 1, 0, 0, 2, 0, 0], "{dry}");
    let runs = dst
        .mlf(&["runs", "search", "--experiment-id", "0", "-o", "json"])
        .json();
    assert_eq!(runs["runs"], serde_json::json!([]));
    dst.mlf(&["experiments", "get", "--experiment-name", "train"])
        .fails(3);
    let done = dst
        .mlf(&["sync", "--from", &from, "--to", &to, "-o", "json"])
        .json();
    assert_eq!(counts(&done), counts(&dry), "{done}");
    let copied = dst
        .mlf(&["runs", "get", "--run-id", &run, "-o", "json"])
        .json();
    assert_eq!(copied["run"]["info"]["run_id"], run.as_str(), "{copied}");
}

#[test]
fn through_fasttrackml_and_back() {
    let (Some(py), Some(fml)) = (common::python("3.18.0"), common::fasttrack_server()) else {
        return;
    };
    let (src, mid, back) = (Side::sqlite(), Side::server(&fml.url), Side::sqlite());
    let u = common::unique("sync-fml");
    let exps = format!("{u}-a,{u}-b");
    src.python(&py, BUILD, &exps);
    let (a, b) = (format!("{u}-a"), format!("{u}-b"));
    let select = [
        "--view",
        "all",
        "--experiment-name",
        &a,
        "--experiment-name",
        &b,
    ];
    // FastTrackML has no logged models: the runs travel without them.
    let first = sync(&src, &mid, &select);
    assert_eq!(counts(&first), [2, 6, 0, 0, 15, 2, 5 + 10240], "{first}");
    let second = sync(&src, &mid, &select);
    assert_eq!(counts(&second), [0, 0, 0, 6, 0, 0, 0], "{second}");
    let home = sync(&mid, &back, &select);
    assert_eq!(counts(&home)[..2], [2, 6], "{home}");
    assert_same(
        &without_models(comparable(back.dump(&py, &exps), false)),
        &without_models(comparable(src.dump(&py, &exps), false)),
    );
}

/// The dump with each model's metric points cut to the latest per key and dataset (greatest
/// step, then timestamp), as MLflow's file store reads them.
fn latest_model_points(mut dump: serde_json::Value) -> serde_json::Value {
    for exp in dump.as_object_mut().unwrap().values_mut() {
        for model in exp["models"].as_array_mut().unwrap() {
            let mut best: Vec<serde_json::Value> = Vec::new();
            for p in model["metrics"].as_array().unwrap() {
                let group = |q: &serde_json::Value| q[0] == p[0] && q[5] == p[5] && q[6] == p[6];
                let at = |q: &serde_json::Value| (q[1].as_i64(), q[2].as_i64());
                match best.iter_mut().find(|q| group(q)) {
                    Some(q) if at(p) > at(q) => *q = p.clone(),
                    Some(_) => {}
                    None => best.push(p.clone()),
                }
            }
            best.sort_by_key(|q| q.to_string());
            model["metrics"] = serde_json::Value::Array(best);
        }
    }
    dump
}

/// The lines of every logged-model metric file under `root`.
fn model_metric_files(root: &Path) -> Vec<(std::path::PathBuf, Vec<String>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.parent().is_some_and(|p| p.ends_with("metrics"))
                && path
                    .ancestors()
                    .any(|a| a.file_name() == Some("models".as_ref()))
            {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text.lines().map(str::to_string).collect()));
            }
        }
    }
    assert!(!out.is_empty(), "no model metric files under {root:?}");
    out
}

/// The dump without logged models and the runs' links to them.
fn without_models(mut dump: serde_json::Value) -> serde_json::Value {
    for exp in dump.as_object_mut().unwrap().values_mut() {
        exp["models"] = serde_json::json!([]);
        for run in exp["runs"].as_array_mut().unwrap() {
            run["models"] = serde_json::json!([]);
        }
    }
    dump
}

/// The dump without artifacts (of runs and of models).
fn without_artifacts(mut dump: serde_json::Value) -> serde_json::Value {
    for exp in dump.as_object_mut().unwrap().values_mut() {
        for part in ["runs", "models"] {
            for item in exp[part].as_array_mut().unwrap() {
                item["artifacts"] = serde_json::json!([]);
            }
        }
    }
    dump
}

/// Through a proxy in front of a real `mlflow server`: every fourth `log-batch` is first
/// answered 503 (retried, as MLflow's client retries, and the sync is whole); then the server
/// goes away in the middle of a sync (it fails, exit 1), comes back, and the next sync ends
/// in the state an uninterrupted one leaves, with nothing left to do after it.
#[test]
fn a_flaky_server_is_retried_and_a_lost_one_resumed() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let (Some(py), Some(server)) = (common::python("3.18.0"), common::mlflow_server()) else {
        return;
    };
    let upstream = server.url.trim_start_matches("http://").to_string();
    let seen = Arc::new(AtomicUsize::new(0));
    let down_from = Arc::new(AtomicUsize::new(usize::MAX));
    let refused = Arc::new(AtomicUsize::new(0));
    let (s, d, r) = (seen.clone(), down_from.clone(), refused.clone());
    let proxy = crate::faults::Stub::start(move |req, before| {
        let unavailable = || {
            r.fetch_add(1, Ordering::SeqCst);
            crate::faults::json_reply(
                503,
                serde_json::json!({"error_code": "TEMPORARILY_UNAVAILABLE"}),
            )
        };
        if s.fetch_add(1, Ordering::SeqCst) >= d.load(Ordering::SeqCst) {
            return unavailable();
        }
        if req.path.ends_with("/runs/log-batch") && before % 4 == 0 {
            return unavailable();
        }
        req.forward(&upstream)
    });
    let src = Side::sqlite();
    let mut dst = Side::server(&proxy.url);
    dst.env.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.05");
    dst.env.env("MLFLOW_HTTP_REQUEST_BACKOFF_JITTER", "0");
    dst.env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "2");
    let direct = Side::server(&server.url);
    let u = common::unique("sync-flaky");
    let exps = format!("{u}-a,{u}-b");
    src.python(&py, BUILD, &exps);
    let want = without_artifacts(comparable(src.dump(&py, &exps), true));
    let select = ["--view", "all", "--no-artifacts"];
    let first = sync(&src, &dst, &select);
    assert_eq!(counts(&first)[..5], [2, 6, 0, 0, 15], "{first}");
    assert!(refused.load(Ordering::SeqCst) > 0, "no request was refused");
    let got = direct.dump(&py, &exps);
    assert_same(&without_artifacts(comparable(got, true)), &want);

    // A second source, and the server lost after 25 more requests.
    let u = common::unique("sync-lost");
    let exps = format!("{u}-a,{u}-b");
    src.python(&py, BUILD, &exps);
    let (a, b) = (format!("{u}-a"), format!("{u}-b"));
    let select = [
        "--view",
        "all",
        "--no-artifacts",
        "--experiment-name",
        &a,
        "--experiment-name",
        &b,
    ];
    down_from.store(seen.load(Ordering::SeqCst) + 25, Ordering::SeqCst);
    let args = [
        &["sync", "--from", &src.uri, "--to", &dst.uri][..],
        &select[..],
    ]
    .concat();
    let lost = dst.env.mlf(&args);
    // Notes of the retries, then one error line.
    assert_eq!(lost.code, 1, "{lost}");
    let errors: Vec<&str> = lost
        .stderr
        .lines()
        .filter(|l| l.starts_with("error:"))
        .collect();
    assert!(
        errors.len() == 1 && errors[0].contains("HTTP 503") && !lost.stderr.contains("panicked"),
        "{lost}"
    );
    down_from.store(usize::MAX, Ordering::SeqCst);
    sync(&src, &dst, &select);
    let want = without_artifacts(comparable(src.dump(&py, &exps), true));
    let got = direct.dump(&py, &exps);
    assert_same(&without_artifacts(comparable(got.clone(), true)), &want);
    let again = sync(&src, &dst, &select);
    assert_eq!(counts(&again), [0, 0, 0, 6, 0, 0, 0], "{again}");
    assert_same(&direct.dump(&py, &exps), &got);
}

/// An experiment deleted at the destination is left alone (a warning says so), and the rest
/// is synced.
#[test]
fn an_experiment_deleted_at_the_destination_is_skipped() {
    let src = TestEnv::new();
    let kept = src.new_run("kept");
    src.mlf(&["metrics", "log", "--run-id", &kept, "acc=0.5"])
        .ok();
    let gone = src.new_run("gone-there");
    src.mlf(&["metrics", "log", "--run-id", &gone, "acc=0.25"])
        .ok();
    let from = format!("sqlite:///{}", src.db().display());
    let dst = TestEnv::new();
    let to = format!("sqlite:///{}", dst.db().display());
    let id = dst
        .mlf(&["experiments", "create", "--experiment-name", "gone-there"])
        .ok()
        .trim()
        .to_string();
    dst.mlf(&["experiments", "delete", "--experiment-id", &id, "--yes"])
        .ok();
    let r = dst.mlf(&["sync", "--from", &from, "--to", &to, "-o", "json"]);
    let done = r.json();
    assert_eq!(counts(&done)[..2], [1, 1], "{done}");
    assert!(
        r.stderr
            .contains("skipping experiment `gone-there`: it is deleted at the destination"),
        "{r}"
    );
    dst.mlf(&["runs", "get", "--run-id", &kept]).ok();
    dst.mlf(&["runs", "get", "--run-id", &gone]).fails(3);
}

/// An experiment holding logged models and no run is copied with its models.
#[test]
fn logged_models_of_an_experiment_without_runs() {
    let src = TestEnv::new();
    let model = src
        .mlf(&[
            "models",
            "create",
            "--experiment-name",
            "only-models",
            "--name",
            "solo",
        ])
        .ok()
        .trim()
        .to_string();
    let from = format!("sqlite:///{}", src.db().display());
    let dst = TestEnv::new();
    let to = format!("sqlite:///{}", dst.db().display());
    let done = dst
        .mlf(&["sync", "--from", &from, "--to", &to, "-o", "json"])
        .json();
    assert_eq!(counts(&done)[..2], [1, 0], "{done}");
    let got = dst
        .mlf(&["models", "get", "--model-id", &model, "-o", "json"])
        .json();
    assert_eq!(got["model"]["info"]["name"], "solo", "{got}");
}
