//! The file store (`mlruns/` folders): what mlf writes where, tolerant reading, stores
//! written by Python MLflow 3.18 and 2.x read back identically, runs mlf writes read back
//! identically by Python, `mlf migrate` into a database MLflow opens, and concurrent writers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::common::{key_values, mlf_history, python, run_python, Run, TestEnv};

/// A test environment whose tracking URI is `file://<dir>/mlruns`.
fn file_env() -> (TestEnv, String) {
    let mut env = TestEnv::new();
    let uri = format!("file://{}/mlruns", env.path().display());
    env.env("MLFLOW_TRACKING_URI", &uri);
    (env, uri)
}

fn py_envs(uri: &str) -> [(&str, &str); 2] {
    [
        ("MLFLOW_TRACKING_URI", uri),
        ("MLFLOW_ALLOW_FILE_STORE", "true"),
    ]
}

/// Every file under `dir` with its bytes, to check that reads change nothing.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn run_dir(env: &TestEnv, run_id: &str) -> PathBuf {
    let root = env.path().join("mlruns");
    for parent in [root.clone(), root.join(".trash")] {
        for e in std::fs::read_dir(&parent).unwrap().flatten() {
            let d = e.path().join(run_id);
            if d.is_dir() {
                return d;
            }
        }
    }
    panic!("no folder for run {run_id}");
}

/// What mlf writes where in the folders, as MLflow's file store lays it out. (The same
/// commands' output, on every store: `conformance`.)
#[test]
fn layout_on_disk() {
    let (env, _) = file_env();
    let id = env
        .mlf(&["experiments", "create", "-n", "fs-exp", "--tag", "team=ml"])
        .ok()
        .trim()
        .to_string();
    let root = env.path().join("mlruns");
    assert!(
        root.join("0/meta.yaml").is_file(),
        "the default experiment exists"
    );
    let meta = std::fs::read_to_string(root.join(&id).join("meta.yaml")).unwrap();
    assert!(meta.contains(&format!("experiment_id: '{id}'\n")), "{meta}");
    assert!(meta.contains(&format!(
        "artifact_location: file://{}/mlruns/{id}\n",
        env.path().display()
    )));
    assert_eq!(
        std::fs::read_to_string(root.join(&id).join("tags/team")).unwrap(),
        "ml"
    );
    env.mlf(&[
        "experiments",
        "rename",
        "--experiment-id",
        &id,
        "--new-name",
        "yes",
    ])
    .ok();
    let meta = std::fs::read_to_string(root.join(&id).join("meta.yaml")).unwrap();
    assert!(
        meta.contains("name: 'yes'\n"),
        "YAML 1.1 words are quoted: {meta}"
    );

    let run = env
        .mlf(&[
            "runs",
            "create",
            "--experiment-id",
            &id,
            "--run-name",
            "r1",
            "--start-time",
            "1700000000000",
        ])
        .ok()
        .trim()
        .to_string();
    let dir = run_dir(&env, &run);
    for sub in ["metrics", "params", "artifacts", "tags"] {
        assert!(dir.join(sub).is_dir(), "{sub}");
    }
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "loss=0.5",
        "big=1e20",
        "tiny=1.5e-7",
        "three=3",
        "n=nan",
        "i=-inf",
        "nested/acc=0.25",
        "--step",
        "-3",
        "--timestamp",
        "1700000000001",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "loss=0.25",
        "--step",
        "1",
        "--timestamp",
        "1700000000002",
    ])
    .ok();
    let m = |k: &str| std::fs::read_to_string(dir.join("metrics").join(k)).unwrap();
    assert_eq!(m("loss"), "1700000000001 0.5 -3\n1700000000002 0.25 1\n");
    assert_eq!(m("big"), "1700000000001 1e+20 -3\n");
    assert_eq!(m("tiny"), "1700000000001 1.5e-07 -3\n");
    assert_eq!(m("three"), "1700000000001 3.0 -3\n");
    assert_eq!(m("n"), "1700000000001 nan -3\n");
    assert_eq!(m("i"), "1700000000001 -inf -3\n");
    assert_eq!(m("nested/acc"), "1700000000001 0.25 -3\n");
    // `nested` is a folder now: it cannot also be a metric.
    let r = env.mlf(&["metrics", "log", "--run-id", &run, "nested=1"]);
    assert!(r.fails(1).contains("cannot coexist"), "{r}");

    env.mlf(&["params", "log", "--run-id", &run, "lr=0.01", "a/b=x y"])
        .ok();
    env.mlf(&["params", "log", "--run-id", &run, "lr=0.02"])
        .fails(1);
    assert_eq!(
        std::fs::read_to_string(dir.join("params/lr")).unwrap(),
        "0.01"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("params/a/b")).unwrap(),
        "x y"
    );
    env.mlf(&[
        "tags",
        "set",
        "--run-id",
        &run,
        "stage=eval",
        "mlflow.runName=renamed",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(dir.join("tags/stage")).unwrap(),
        "eval"
    );
    env.mlf(&["tags", "delete", "--run-id", &run, "stage"]).ok();
    assert!(!dir.join("tags/stage").exists());
    env.mlf(&[
        "runs",
        "end",
        "--run-id",
        &run,
        "--status",
        "KILLED",
        "--end-time",
        "1700000000999",
    ])
    .ok();
    let meta = std::fs::read_to_string(dir.join("meta.yaml")).unwrap();
    assert!(
        meta.contains("status: 5\n") && meta.contains("run_name: renamed\n"),
        "{meta}"
    );
    assert!(meta.contains("end_time: 1700000000999\n"), "{meta}");

    // Artifacts live in the run folder.
    std::fs::write(env.path().join("model.txt"), "weights").unwrap();
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        &run,
        "model.txt",
        "--artifact-path",
        "m",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(dir.join("artifacts/m/model.txt")).unwrap(),
        "weights"
    );

    // Deletion: runs keep their folder with deleted_time; experiments move to .trash.
    let other = env.new_run("yes");
    env.mlf(&["runs", "delete", "--run-id", &other, "-y"]).ok();
    let meta = std::fs::read_to_string(run_dir(&env, &other).join("meta.yaml")).unwrap();
    assert!(
        meta.contains("lifecycle_stage: deleted\n") && meta.contains("deleted_time: "),
        "{meta}"
    );
    env.mlf(&["runs", "restore", "--run-id", &other]).ok();
    let meta = std::fs::read_to_string(run_dir(&env, &other).join("meta.yaml")).unwrap();
    assert!(!meta.contains("deleted_time"), "{meta}");
    env.mlf(&["experiments", "delete", "--experiment-id", &id, "-y"])
        .ok();
    assert!(root.join(".trash").join(&id).join("meta.yaml").is_file());
    assert!(!root.join(&id).exists());
    env.mlf(&["experiments", "restore", "--experiment-id", &id])
        .ok();
    assert!(root.join(&id).join("meta.yaml").is_file());
    assert!(!root.join(".trash").join(&id).exists());
    std::fs::write(env.path().join("afile"), "x").unwrap();
    let r = env.mlf(&["--tracking-uri", "afile", "experiments", "search"]);
    assert!(r.fails(2).contains("is a file"), "{r}");
}

#[test]
fn broken_folders_are_skipped_with_a_warning_and_never_rewritten() {
    let (env, _) = file_env();
    let good = env.new_run("e");
    let bad_metric = env.new_run("e");
    let bad_meta = env.new_run("e");
    for r in [&good, &bad_metric, &bad_meta] {
        env.mlf(&["metrics", "log", "--run-id", r, "loss=0.5"]).ok();
    }
    std::fs::write(
        run_dir(&env, &bad_metric).join("metrics/loss"),
        "1 0.5 1.5\n",
    )
    .unwrap();
    std::fs::write(
        run_dir(&env, &bad_meta).join("meta.yaml"),
        "run_id: [\n  oops",
    )
    .unwrap();
    let before = snapshot(&env.path().join("mlruns"));

    let r = env.mlf(&["runs", "search", "-o", "json"]);
    let json = r.json();
    let ids: Vec<&str> = json["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["info"]["run_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [good.as_str()], "{r}");
    assert!(
        r.stderr.contains(&format!("{bad_metric}/metrics/loss")),
        "{r}"
    );
    assert!(r.stderr.contains(&format!("{bad_meta}/meta.yaml")), "{r}");
    // A filter that reads the broken metric skips that run too; one that does not, keeps it.
    let r = env.mlf(&[
        "runs",
        "search",
        "--filter",
        "metrics.loss > 0",
        "-o",
        "json",
    ]);
    assert_eq!(r.json()["runs"].as_array().unwrap().len(), 1, "{r}");
    let r = env.mlf(&["runs", "get", "--run-id", &bad_metric]);
    assert!(r.fails(1).contains("line 1"), "{r}");
    env.mlf(&["experiments", "search"]).ok();
    assert_eq!(
        before,
        snapshot(&env.path().join("mlruns")),
        "reading changed files"
    );
}

/// Python that writes a store with every kind of data: experiment tags, YAML-hostile names,
/// nested keys, NaN and ±Inf, negative steps, artifacts, finished, failed, deleted runs and a
/// deleted experiment. Works with MLflow 2.x and 3.x.
const WRITE_STORE: &str = r#"
import os
from mlflow import MlflowClient
from mlflow.entities import Dataset, DatasetInput, InputTag, Metric, Param, RunTag
c = MlflowClient()
e1 = c.create_experiment("legacy-a", tags={"team": "x", "note": "multi\nline"})
iris = Dataset("iris", "abc123", "http", '{"url": "http://x/iris.csv"}', '{"cols": 4}', None)
wine = Dataset("wine", "def456", "local", '{"uri": "/data/wine"}', None, '{"rows": 10}')
e2 = c.create_experiment("yes")
e3 = c.create_experiment("gone")
base = 1700000000000
runs = []
for i in range(6):
    exp = [e1, e2, "0"][i % 3]
    rid = c.create_run(exp, run_name="run-%d" % i, start_time=base + i).info.run_id
    metrics = [Metric("loss", 1.0 / (s + 1), base + s, s) for s in range(5)]
    metrics += [Metric("nested/acc", float("nan") if i == 2 else 0.5 * i, base + 100, 0),
                Metric("big", 1e20, base, 0), Metric("inf", float("inf"), base, 0),
                Metric("neg", -1.5e-7, base, -3), Metric("loss", 0.5, base + 1, 1)]
    c.log_batch(rid, metrics=metrics,
                params=[Param("lr", str(0.01 * i)), Param("a/b", "nested param")],
                tags=[RunTag("team", "vision"), RunTag("multi", "line1\nline2")])
    art = os.path.join(os.getcwd(), "art%d" % i)
    os.makedirs(art + "/sub", exist_ok=True)
    open(art + "/a.txt", "w").write("hello %d" % i)
    open(art + "/sub/b.bin", "wb").write(bytes(range(256)))
    c.log_artifacts(rid, art)
    if i % 3 != 2:
        inputs = [DatasetInput(iris, [InputTag("mlflow.data.context", ["training", "eval"][i % 2]), InputTag("x", "y")])]
        if i == 0:
            inputs.append(DatasetInput(wine, []))
        c.log_inputs(rid, inputs)
    if i % 2:
        c.set_terminated(rid, "FINISHED" if i != 3 else "FAILED", end_time=base + 1000 + i)
    runs.append(rid)
c.delete_run(runs[4])
runs.append(c.create_run(e3, run_name="in-gone", start_time=base).info.run_id)
c.delete_experiment(e3)
"#;

/// Python that prints its view of the whole store as JSON (NaN and ±Inf as strings).
const DUMP_STORE: &str = r#"
import json, math
from mlflow import MlflowClient
from mlflow.entities import ViewType
c = MlflowClient()
def v(x):
    if isinstance(x, float) and math.isnan(x): return "NaN"
    if isinstance(x, float) and math.isinf(x): return "Infinity" if x > 0 else "-Infinity"
    return x
def files(rid, path=None):
    out = []
    for f in c.list_artifacts(rid, path):
        if f.is_dir: out += files(rid, f.path)
        else: out.append([f.path, f.file_size])
    return out
exps = c.search_experiments(view_type=ViewType.ALL, max_results=1000)
out = {"experiments": {}, "runs": {}}
for e in exps:
    out["experiments"][e.experiment_id] = {"name": e.name, "artifact_location": e.artifact_location,
        "lifecycle_stage": e.lifecycle_stage, "tags": e.tags,
        "creation_time": e.creation_time, "last_update_time": e.last_update_time}
    for r in c.search_runs([e.experiment_id], run_view_type=ViewType.ALL, max_results=1000):
        i = r.info
        out["runs"][i.run_id] = {
            "info": {"run_name": i.run_name, "experiment_id": i.experiment_id, "user_id": i.user_id,
                     "status": i.status, "start_time": i.start_time, "end_time": i.end_time,
                     "artifact_uri": i.artifact_uri, "lifecycle_stage": i.lifecycle_stage},
            "params": r.data.params, "tags": r.data.tags,
            "metrics": {k: v(x) for k, x in r.data.metrics.items()},
            "history": {k: [[v(m.value), m.timestamp, m.step] for m in c.get_metric_history(i.run_id, k)]
                        for k in r.data.metrics},
            "artifacts": sorted(files(i.run_id)),
            "inputs": sorted([{"tags": {t.key: t.value for t in d.tags},
                               "dataset": {k: getattr(d.dataset, k) for k in
                                           ["name", "digest", "source_type", "source", "schema", "profile"]
                                           if getattr(d.dataset, k) is not None}}
                              for d in r.inputs.dataset_inputs], key=lambda d: d["dataset"]["name"]),
        }
print(json.dumps(out))
"#;

fn json_of(r: Run) -> Value {
    r.json()
}

/// mlf's view of the whole store, in the shape of DUMP_STORE.
fn mlf_dump(env: &TestEnv) -> Value {
    let exps = json_of(env.mlf(&["experiments", "search", "--view", "all", "-o", "json"]));
    let mut experiments = serde_json::Map::new();
    let mut runs = serde_json::Map::new();
    for e in exps["experiments"].as_array().unwrap() {
        let id = e["experiment_id"].as_str().unwrap();
        experiments.insert(
            id.into(),
            json!({"name": e["name"], "artifact_location": e["artifact_location"],
                   "lifecycle_stage": e["lifecycle_stage"], "tags": key_values(&e["tags"]),
                   "creation_time": e.get("creation_time").cloned().unwrap_or(Value::Null),
                   "last_update_time": e.get("last_update_time").cloned().unwrap_or(Value::Null)}),
        );
        let found = json_of(env.mlf(&[
            "runs",
            "search",
            "--experiment-id",
            id,
            "--view",
            "all",
            "-o",
            "json",
        ]));
        for r in found["runs"].as_array().unwrap() {
            let info = &r["info"];
            let rid = info["run_id"].as_str().unwrap();
            let mut history = serde_json::Map::new();
            for m in r["data"]["metrics"].as_array().unwrap() {
                let key = m["key"].as_str().unwrap();
                history.insert(key.into(), mlf_history(env, rid, key));
            }
            let listing = json_of(env.mlf(&[
                "artifacts",
                "list",
                "--run-id",
                rid,
                "--recursive",
                "-o",
                "json",
            ]));
            let mut files: Vec<Value> = listing["files"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["is_dir"] == false)
                .map(|f| json!([f["path"], f["file_size"]]))
                .collect();
            files.sort_by_key(|f| f[0].as_str().unwrap().to_string());
            let mut inputs: Vec<Value> = r["inputs"]["dataset_inputs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| json!({"tags": key_values(&d["tags"]), "dataset": d["dataset"]}))
                .collect();
            inputs.sort_by_key(|d| d["dataset"]["name"].as_str().unwrap().to_string());
            runs.insert(
                rid.into(),
                json!({
                    "info": {"run_name": info["run_name"], "experiment_id": info["experiment_id"],
                             "user_id": info["user_id"], "status": info["status"],
                             "start_time": info["start_time"],
                             "end_time": info.get("end_time").cloned().unwrap_or(Value::Null),
                             "artifact_uri": info["artifact_uri"], "lifecycle_stage": info["lifecycle_stage"]},
                    "params": key_values(&r["data"]["params"]),
                    "tags": key_values(&r["data"]["tags"]),
                    "metrics": key_values(&r["data"]["metrics"]),
                    "history": history,
                    "artifacts": files,
                    "inputs": inputs,
                }),
            );
        }
    }
    json!({"experiments": experiments, "runs": runs})
}

/// Python `version` writes a store; mlf's view of it must equal Python 3.18's.
fn python_store_reads_back(version: &str) {
    let Some(writer) = python(version) else {
        return;
    };
    let Some(py) = python("3.18.0") else { return };
    let (env, uri) = file_env();
    run_python(&writer, env.path(), WRITE_STORE, &py_envs(&uri));
    let before = snapshot(&env.path().join("mlruns"));
    let mlf = mlf_dump(&env);
    assert_eq!(
        before,
        snapshot(&env.path().join("mlruns")),
        "reading changed files"
    );
    let from_py: Value =
        serde_json::from_str(run_python(&py, env.path(), DUMP_STORE, &py_envs(&uri)).trim())
            .unwrap();
    assert_eq!(from_py["runs"].as_object().unwrap().len(), 7);
    assert_eq!(from_py["experiments"].as_object().unwrap().len(), 4);
    for (id, want) in from_py["runs"].as_object().unwrap() {
        assert_eq!(
            &mlf["runs"][id], want,
            "run {id} of a store written by MLflow {version}"
        );
    }
    assert_eq!(mlf, from_py, "store written by MLflow {version}");
    assert!(
        from_py["runs"]
            .as_object()
            .unwrap()
            .values()
            .any(|r| r["inputs"].as_array().unwrap().len() == 2),
        "the store has dataset inputs"
    );
    // Dataset filters, answered by MLflow 3.18 and mlf on the same folder.
    let exps: Vec<&str> = from_py["experiments"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut matched = 0;
    for filter in [
        "datasets.name = 'wine'",
        "datasets.name LIKE '%i%'",
        "datasets.digest = 'abc123'",
        "datasets.context = 'eval'",
        "datasets.context IN ('training', 'x')",
        "datasets.name != 'iris'",
    ] {
        let script = format!(
            "from mlflow import MlflowClient\nfrom mlflow.entities import ViewType\n\
             print(' '.join(r.info.run_id for r in MlflowClient().search_runs({exps:?}, {filter:?}, ViewType.ALL)))"
        );
        let want = run_python(&py, env.path(), &script, &py_envs(&uri));
        let mut args = vec![
            "runs", "search", "--view", "all", "--filter", filter, "-o", "json",
        ];
        for e in &exps {
            args.extend(["--experiment-id", e]);
        }
        let got: Vec<String> = env.mlf(&args).json()["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["info"]["run_id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(got.join(" "), want.trim(), "{filter}");
        matched += got.len();
    }
    assert!(matched >= 8, "the dataset filters match runs ({matched})");
    // A file downloads byte-identical.
    let (rid, _) = from_py["runs"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(_, r)| !r["artifacts"].as_array().unwrap().is_empty())
        .unwrap();
    let dst = env
        .mlf(&[
            "artifacts",
            "download",
            "--run-id",
            rid,
            "--artifact-path",
            "sub/b.bin",
            "--dst-path",
            "dl",
        ])
        .ok()
        .trim()
        .to_string();
    assert_eq!(
        std::fs::read(dst).unwrap(),
        (0..=255u8).collect::<Vec<u8>>()
    );
}

#[test]
fn store_written_by_mlflow_3_18_reads_back_identically() {
    python_store_reads_back("3.18.0");
}

#[test]
fn store_written_by_mlflow_2_reads_back_identically() {
    python_store_reads_back("2.22.4");
}

#[test]
fn runs_mlf_writes_read_back_identically_in_python() {
    let Some(py) = python("3.18.0") else { return };
    let (env, uri) = file_env();
    let e = env
        .mlf(&[
            "experiments",
            "create",
            "-n",
            "from mlf: test",
            "--tag",
            "note=a\nb",
        ])
        .ok()
        .trim()
        .to_string();
    let mut ids = Vec::new();
    for i in 0..4 {
        let name = ["plain", "yes", "tab\there", "it's # 1"][i];
        let id = env
            .mlf(&[
                "runs",
                "create",
                "--experiment-id",
                &e,
                "--run-name",
                name,
                "--start-time",
                &format!("17000000000{i:02}"),
                "--tag",
                "team=fraud detection",
            ])
            .ok()
            .trim()
            .to_string();
        let points = "key,value,step,timestamp\nloss,0.9,5,1700000000100\nloss,0.7,-2,1700000000200\n\
                      acc,nan,0,1700000000000\nbig,inf,1,1700000000000\nsmall,-inf,1,1700000000000\n\
                      acc,0.25,1,1700000000001\nsub/x,1e-7,1000000,1700000000400\nloss,0.7,-2,1700000000200\n";
        env.mlf_stdin(&["metrics", "log", "--run-id", &id, "--file", "-"], points)
            .ok();
        env.mlf(&[
            "params", "log", "--run-id", &id, "lr=0.01", "layers=3", "deep/p=v",
        ])
        .ok();
        env.mlf(&[
            "tags",
            "set",
            "--run-id",
            &id,
            "mlflow.note.content=notes\nline",
        ])
        .ok();
        if i % 2 == 1 {
            env.mlf(&[
                "runs",
                "end",
                "--run-id",
                &id,
                "--status",
                "FAILED",
                "--end-time",
                "1700000009999",
            ])
            .ok();
        }
        std::fs::write(env.path().join("f.txt"), format!("file {i}")).unwrap();
        env.mlf(&[
            "artifacts",
            "log",
            "--run-id",
            &id,
            "f.txt",
            "--artifact-path",
            "d",
        ])
        .ok();
        ids.push(id);
    }
    env.mlf(&["runs", "delete", "--run-id", &ids[2], "-y"]).ok();
    let gone = env
        .mlf(&["experiments", "create", "-n", "gone"])
        .ok()
        .trim()
        .to_string();
    env.mlf(&["runs", "create", "--experiment-id", &gone]).ok();
    env.mlf(&["experiments", "delete", "--experiment-id", &gone, "-y"])
        .ok();

    let from_py: Value =
        serde_json::from_str(run_python(&py, env.path(), DUMP_STORE, &py_envs(&uri)).trim())
            .unwrap();
    let mlf = mlf_dump(&env);
    assert_eq!(from_py["runs"].as_object().unwrap().len(), 5);
    assert_eq!(
        mlf, from_py,
        "Python and mlf disagree about the store mlf wrote"
    );
    let r = &from_py["runs"][&ids[0]];
    assert_eq!(r["metrics"]["big"], "Infinity");
    assert_eq!(
        r["history"]["loss"].as_array().unwrap().len(),
        3,
        "duplicates are kept"
    );
    assert_eq!(from_py["experiments"][&e]["tags"]["note"], "a\nb");
    assert_eq!(from_py["runs"][&ids[2]]["info"]["run_name"], "tab\there");
    assert_eq!(from_py["runs"][&ids[3]]["info"]["run_name"], "it's # 1");
}

#[test]
fn migration_opens_in_mlflow_with_the_same_runs() {
    let Some(py) = python("3.18.0") else { return };
    let (mut env, uri) = file_env();
    run_python(&py, env.path(), WRITE_STORE, &py_envs(&uri));
    let source: Value =
        serde_json::from_str(run_python(&py, env.path(), DUMP_STORE, &py_envs(&uri)).trim())
            .unwrap();
    let r = env.mlf(&[
        "migrate",
        "--source",
        "mlruns",
        "--target",
        "sqlite:///migrated.db",
        "-o",
        "json",
    ]);
    let counts = r.json();
    assert_eq!(counts["runs"], 7, "{r}");
    assert_eq!(counts["experiments"], 3, "{r}");
    assert_eq!(counts["metrics"], 6 * 10, "{r}");
    // Refused when the target holds data, unless merging (which skips the runs it has).
    let r = env.mlf(&["migrate", "--target", "sqlite:///migrated.db"]);
    assert!(r.fails(1).contains("--merge"), "{r}");
    let r = env.mlf(&[
        "migrate",
        "--target",
        "sqlite:///migrated.db",
        "--merge",
        "-o",
        "json",
    ]);
    assert_eq!(r.json()["skipped_runs"], 7, "{r}");

    let db = format!("sqlite:///{}", env.path().join("migrated.db").display());
    let migrated: Value = serde_json::from_str(
        run_python(&py, env.path(), DUMP_STORE, &[("MLFLOW_TRACKING_URI", &db)]).trim(),
    )
    .unwrap();
    // The SQL store keeps one row per duplicate point, orders histories by time, step and
    // value, and stores ±Inf as ±max double: compare with that in mind.
    let normalize = |v: &Value| -> Value {
        let mut v = v.clone();
        for (_, run) in v["runs"].as_object_mut().unwrap() {
            for (_, points) in run["history"].as_object_mut().unwrap() {
                let mut p: Vec<String> = points
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| {
                        let v = match &x[0] {
                            Value::String(s) if s == "Infinity" => f64::MAX.to_string(),
                            Value::String(s) => s.clone(),
                            n => n.as_f64().unwrap().to_string(),
                        };
                        format!("{v} {} {}", x[1], x[2])
                    })
                    .collect();
                p.sort();
                p.dedup();
                *points = json!(p);
            }
            for (_, m) in run["metrics"].as_object_mut().unwrap() {
                if m == "Infinity" {
                    *m = json!(f64::MAX);
                }
            }
        }
        v
    };
    assert_eq!(normalize(&migrated), normalize(&source));
    // mlf reads the migrated database the same way.
    env.env("MLFLOW_TRACKING_URI", &db);
    assert_eq!(normalize(&mlf_dump(&env)), normalize(&source));
}

#[test]
fn concurrent_writers_lose_nothing() {
    let (env, _) = file_env();
    let common = env.new_run("common");
    // 8 processes race to create the same experiment name, then log into their own runs and
    // into one common run.
    let script = "set -e\nRUN=$(\"$MLF\" runs create --experiment-name shared)\n\
                  for i in $(seq 1 20); do \"$MLF\" metrics log --run-id $RUN loss=$i --step $i; \
                  \"$MLF\" metrics log --run-id $COMMON shared=$i --step $i; done\n\
                  seq 1 300 | awk 'BEGIN{print \"key,value,step\"} {print \"bulk,\"$1\",\"$1}' | \"$MLF\" metrics log --run-id $RUN --file -\n\
                  \"$MLF\" params log --run-id $RUN p=1\n";
    let children: Vec<_> = (0..8)
        .map(|_| {
            let mut cmd = env.command(&[]);
            cmd.env("MLF", env!("CARGO_BIN_EXE_mlf"))
                .env("COMMON", &common);
            let mut c = std::process::Command::new("sh");
            c.arg("-c").arg(script).current_dir(env.path()).env_clear();
            for (k, v) in cmd.get_envs() {
                if let Some(v) = v {
                    c.env(k, v);
                }
            }
            c.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let exps = env
        .mlf(&[
            "experiments",
            "search",
            "--filter",
            "name = 'shared'",
            "-o",
            "json",
        ])
        .json();
    let exps = exps["experiments"].as_array().unwrap();
    assert_eq!(exps.len(), 1, "one experiment of that name");
    let id = exps[0]["experiment_id"].as_str().unwrap();
    let runs = env
        .mlf(&["runs", "search", "--experiment-id", id, "-o", "json"])
        .json();
    let runs = runs["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 8);
    for r in runs {
        let rid = r["info"]["run_id"].as_str().unwrap();
        for (key, n) in [("loss", 20), ("bulk", 300)] {
            let h = env
                .mlf(&[
                    "metrics", "history", "--run-id", rid, "--key", key, "-o", "json",
                ])
                .json();
            assert_eq!(h["metrics"].as_array().unwrap().len(), n, "{key} of {rid}");
        }
    }
    let h = env
        .mlf(&[
            "metrics", "history", "--run-id", &common, "--key", "shared", "-o", "json",
        ])
        .json();
    assert_eq!(
        h["metrics"].as_array().unwrap().len(),
        8 * 20,
        "appends from 8 processes"
    );
}

#[test]
fn migrate_checks_its_source_and_target() {
    let (env, _) = file_env();
    let r = env.mlf(&["migrate", "--source", "nowhere"]);
    assert!(r.fails(3).contains("nowhere"), "{r}");
    env.new_run("e");
    let r = env.mlf(&["migrate", "--target", "http://127.0.0.1:1"]);
    assert!(r.fails(2).contains("SQLite"), "{r}");
    let r = env.mlf(&["migrate", "--source", "sqlite:///x.db"]);
    assert!(r.fails(2).contains("--source"), "{r}");
    // A broken run folder is reported and skipped; the rest is copied.
    let bad = env.new_run("e");
    std::fs::write(run_dir(&env, &bad).join("meta.yaml"), "run_id: [").unwrap();
    let r = env.mlf(&["migrate", "-o", "json"]);
    let counts = r.json();
    assert_eq!(
        (counts["runs"].as_u64(), counts["skipped_runs"].as_u64()),
        (Some(1), Some(1)),
        "{r}"
    );
    assert!(r.stderr.contains(&bad), "{r}");
    assert!(env.db().exists());
}

/// Experiment names that YAML 1.1 would retype, quote, escape or fold, written by MLflow
/// (PyYAML) and read by mlf, and written by mlf and read by MLflow.
#[test]
fn yaml_hostile_names_survive_both_ways() {
    let Some(py) = python("3.18.0") else { return };
    let names = [
        "yes",
        "No",
        "on",
        "OFF",
        "null",
        "~",
        "123",
        "012",
        "0x1F",
        "1:30",
        "2001-12-14",
        "#x",
        "a: b",
        "trailing ",
        " leading",
        "1e3",
        "1.5",
        ".inf",
        "tab\there",
        "a\nb",
        "日本 exp",
        "say \"hi\"",
        "back\\slash",
        "-dash",
        "?q",
        "[x]",
        "{y}",
        "a #b",
        "%pct",
        "@at",
        "`tick`",
        "=",
        "<<",
    ];
    let long = format!("{} {}", "x".repeat(100), "y z ".repeat(30));
    let mut all: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    all.push(long);
    let list = serde_json::to_string(&all).unwrap();

    // Python writes, mlf reads.
    let (env, uri) = file_env();
    let script = format!(
        "import json\nfrom mlflow import MlflowClient\nc = MlflowClient()\n\
         print(json.dumps({{n: c.create_experiment(n) for n in json.loads({list:?})}}))"
    );
    let ids: BTreeMap<String, String> =
        serde_json::from_str(run_python(&py, env.path(), &script, &py_envs(&uri)).trim()).unwrap();
    for (name, id) in &ids {
        let got = env
            .mlf(&["experiments", "get", "--experiment-id", id, "-o", "json"])
            .json();
        assert_eq!(
            got["experiment"]["name"],
            name.as_str(),
            "written by MLflow as {id}"
        );
    }

    // mlf writes, Python reads.
    let (env, uri) = file_env();
    let mut ids = BTreeMap::new();
    for name in &all {
        let arg = format!("--experiment-name={name}");
        let id = env
            .mlf(&["experiments", "create", &arg])
            .ok()
            .trim()
            .to_string();
        ids.insert(id, name.clone());
    }
    let script = "import json\nfrom mlflow import MlflowClient\nfrom mlflow.entities import ViewType\n\
                  print(json.dumps({e.experiment_id: e.name for e in MlflowClient().search_experiments(ViewType.ALL)}))";
    let read: BTreeMap<String, String> =
        serde_json::from_str(run_python(&py, env.path(), script, &py_envs(&uri)).trim()).unwrap();
    for (id, name) in &ids {
        assert_eq!(read.get(id), Some(name), "written by mlf as {id}");
    }
}
