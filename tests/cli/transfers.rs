//! Artifacts against hostile or failing servers, and the helpers of the artifact scenarios of
//! `conformance::artifacts` (round trips and the exchange with Python MLflow, on every store).

use serde_json::{json, Value};

use crate::common::{python_fails, run_python, TestEnv};
use crate::faults::{json_reply, Reply, Stub};

/// Writes a small tree: a.txt, data/big.bin (5 MB of pseudo-random bytes: big enough for the
/// raw-connection upload path), data/sub dir/c d.txt.
pub(crate) fn make_tree(env: &TestEnv) -> std::path::PathBuf {
    let root = env.path().join("tree");
    std::fs::create_dir_all(root.join("data/sub dir")).unwrap();
    std::fs::write(root.join("a.txt"), "hello\n").unwrap();
    let mut x: u64 = 0x2545F4914F6CDD1D;
    let big: Vec<u8> = (0..5_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    std::fs::write(root.join("data/big.bin"), big).unwrap();
    std::fs::write(root.join("data/sub dir/c d.txt"), "spaces").unwrap();
    root
}

pub(crate) fn same_tree(a: &std::path::Path, b: &std::path::Path) {
    for rel in ["a.txt", "data/big.bin", "data/sub dir/c d.txt"] {
        assert_eq!(
            std::fs::read(a.join(rel)).unwrap(),
            std::fs::read(b.join(rel)).unwrap(),
            "{rel}"
        );
    }
}

/// Logs the tree to a run: a.txt at the root, the contents of data/ under data/.
pub(crate) fn log_tree(env: &TestEnv, run: &str, tree: &std::path::Path) {
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        run,
        tree.join("a.txt").to_str().unwrap(),
    ])
    .ok();
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        run,
        tree.join("data").to_str().unwrap(),
        "--artifact-path",
        "data",
    ])
    .ok();
}

#[test]
fn symlinks_out_of_a_logged_folder_are_skipped() {
    let env = TestEnv::new();
    let dir = env.path().join("logged");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("in.txt"), "in").unwrap();
    std::fs::write(env.path().join("secret.txt"), "outside").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(env.path().join("secret.txt"), dir.join("leak.txt")).unwrap();
    let run = env.new_run("links");
    let r = env.mlf(&["artifacts", "log", "--run-id", &run, dir.to_str().unwrap()]);
    assert!(
        r.ok().is_empty() && r.stderr.contains("leak.txt"),
        "a warning names it: {r}"
    );
    let list = env
        .mlf(&["artifacts", "list", "--run-id", &run, "-o", "json"])
        .json();
    assert_eq!(list["files"].as_array().unwrap().len(), 1);
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        &run,
        dir.to_str().unwrap(),
        "--follow-symlinks",
    ])
    .ok();
    let list = env
        .mlf(&["artifacts", "list", "--run-id", &run, "-o", "json"])
        .json();
    assert_eq!(list["files"].as_array().unwrap().len(), 2);
}

const PY_CHECK: &str = r#"
import json, os, sys, mlflow
from mlflow import MlflowClient
c = MlflowClient()
run = sys.argv[1]
def walk(path=None):
    out = []
    for f in c.list_artifacts(run, path):
        out.append([f.path, f.is_dir, f.file_size])
        if f.is_dir:
            out += walk(f.path)
    return out
dst = mlflow.artifacts.download_artifacts(run_id=run, dst_path=sys.argv[2])
print(json.dumps({"listing": walk(), "dst": dst}))
"#;

const PY_LOG: &str = r#"
import os, sys
from mlflow import MlflowClient
c = MlflowClient()
exp = c.get_experiment_by_name(sys.argv[2]) or c.get_experiment(c.create_experiment(sys.argv[2]))
run = c.create_run(exp.experiment_id).info.run_id
c.log_artifact(run, os.path.join(sys.argv[1], "a.txt"))
c.log_artifacts(run, os.path.join(sys.argv[1], "data"), "data")
print(run)
"#;

fn python_script(body: &str, args: &[&str]) -> String {
    format!(
        "import sys; sys.argv = {:?}\n{body}",
        std::iter::once("x")
            .chain(args.iter().copied())
            .collect::<Vec<_>>()
    )
}

/// mlf logs, Python lists and downloads (with `python_lists`); Python logs, mlf lists and
/// downloads. On the store of `env`, which Python is pointed at too. Without `python_lists`,
/// asserts that Python's listing fails as it does against FastTrackML 0.6.0: MLflow 3 also
/// searches the run's logged models, an endpoint FastTrackML lacks.
pub(crate) fn interop(env: &TestEnv, py: &std::path::Path, exp: &str, python_lists: bool) {
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let tree = make_tree(env);
    let run = env.new_run(exp);
    log_tree(env, &run, &tree);
    let check = python_script(PY_CHECK, &[&run, "py-dl"]);
    if python_lists {
        let out: Value = serde_json::from_str(
            run_python(py, env.path(), &check, &envs)
                .trim()
                .lines()
                .last()
                .unwrap(),
        )
        .unwrap();
        let mlf_list = env
            .mlf(&[
                "artifacts",
                "list",
                "--run-id",
                &run,
                "--recursive",
                "-o",
                "json",
            ])
            .json();
        let mlf_rows: Vec<Value> = mlf_list["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                json!([
                    f["path"],
                    f["is_dir"],
                    f.get("file_size").cloned().unwrap_or(Value::Null)
                ])
            })
            .collect();
        assert_eq!(
            out["listing"],
            Value::Array(mlf_rows),
            "Python lists what mlf logged the same way"
        );
        same_tree(&tree, std::path::Path::new(out["dst"].as_str().unwrap()));
    } else {
        let err = python_fails(py, env.path(), &check, &envs);
        assert!(err.contains("search_logged_models"), "{err}");
    }

    let py_run = run_python(
        py,
        env.path(),
        &python_script(PY_LOG, &[tree.to_str().unwrap(), exp]),
        &envs,
    );
    let py_run = py_run.trim().lines().last().unwrap();
    let dl = env
        .mlf(&[
            "artifacts",
            "download",
            "--run-id",
            py_run,
            "--dst-path",
            "from-py",
        ])
        .ok()
        .trim()
        .to_string();
    same_tree(&tree, std::path::Path::new(&dl));
}

pub(crate) const RUN: &str = "0123456789abcdef0123456789abcdef";

/// The stub's answer to `runs/get`: a run whose artifacts are at `mlflow-artifacts:/1/r1/artifacts`.
pub(crate) fn stub_run() -> Reply {
    json_reply(
        200,
        json!({"run": {"info": {"run_id": RUN, "experiment_id": "1", "status": "RUNNING",
            "artifact_uri": "mlflow-artifacts:/1/r1/artifacts", "lifecycle_stage": "active"}, "data": {}}}),
    )
}

/// Downloads every artifact of the stub's run into `dst`, with no retries.
pub(crate) fn download_all(stub: &Stub) -> (TestEnv, crate::common::Run) {
    let mut env = stub.env();
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let r = env.mlf(&[
        "artifacts",
        "download",
        "--run-id",
        RUN,
        "--dst-path",
        "dst",
    ]);
    (env, r)
}

/// A stub tracking server whose run lives at `mlflow-artifacts:/1/r1/artifacts`, with the
/// given listing of the root and file answers.
pub(crate) fn hostile(
    listing: Value,
    file: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> Stub {
    Stub::start(move |req, _| {
        if req.path.ends_with("/runs/get") {
            return stub_run();
        }
        if req.path == "/api/2.0/mlflow-artifacts/artifacts" {
            let root = req.query.ends_with("artifacts") || req.query.ends_with("artifacts%2F");
            return json_reply(200, if root { listing.clone() } else { json!({}) });
        }
        match req
            .path
            .strip_prefix("/api/2.0/mlflow-artifacts/artifacts/1/r1/artifacts/")
        {
            Some(name) => file(name),
            None => json_reply(
                404,
                json!({"error_code": "ENDPOINT_NOT_FOUND", "message": "no"}),
            ),
        }
    })
}

pub(crate) fn no_partial_files(dir: &std::path::Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            !name.contains("partial"),
            "a partial file was left: {}",
            entry.path().display()
        );
        if entry.path().is_dir() {
            no_partial_files(&entry.path());
        }
    }
}

#[test]
fn hostile_listings_cannot_write_outside_the_destination() {
    for evil in ["../evil.txt", "/tmp/evil-abs.txt", "a/../../evil2.txt", "."] {
        let stub = hostile(
            json!({"files": [{"path": evil, "is_dir": false, "file_size": 4}]}),
            |_| Reply::Respond {
                status: 200,
                headers: vec![],
                body: "evil".into(),
            },
        );
        let mut env = stub.env();
        env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
        let before: Vec<_> = std::fs::read_dir(env.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        let r = env.mlf(&[
            "artifacts",
            "download",
            "--run-id",
            RUN,
            "--dst-path",
            "dst",
        ]);
        assert_ne!(r.code, 0, "{evil}: {r}");
        assert!(
            r.stderr.starts_with("error: ") && r.stderr.contains("unsafe"),
            "{evil}: {r}"
        );
        let after: Vec<_> = std::fs::read_dir(env.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n != "dst")
            .collect();
        assert_eq!(before, after, "{evil}: something was written beside dst");
        assert!(!std::path::Path::new("/tmp/evil-abs.txt").exists());
        assert_eq!(
            std::fs::read_dir(env.path().join("dst"))
                .map(|d| d.count())
                .unwrap_or(0),
            0,
            "{evil}"
        );
    }
}

#[test]
fn a_connection_closed_mid_file_leaves_no_file() {
    let stub = hostile(
        json!({"files": [{"path": "model.bin", "is_dir": false, "file_size": 1000000}]}),
        |_| {
            let mut bytes = b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n".to_vec();
            bytes.extend(std::iter::repeat_n(7u8, 1000));
            Reply::Raw(bytes)
        },
    );
    let (env, r) = download_all(&stub);
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.starts_with("error: "), "{r}");
    assert!(!env.path().join("dst/model.bin").exists());
    no_partial_files(&env.path().join("dst"));
}

#[test]
fn a_500_in_the_middle_of_a_folder_leaves_only_whole_files() {
    let files: Vec<Value> = (0..12)
        .map(|i| json!({"path": format!("f{i}.txt"), "is_dir": false, "file_size": 5}))
        .collect();
    let stub = hostile(json!({ "files": files }), |name| {
        if name == "f6.txt" {
            json_reply(
                500,
                json!({"error_code": "INTERNAL_ERROR", "message": "disk on fire"}),
            )
        } else {
            Reply::Respond {
                status: 200,
                headers: vec![],
                body: "whole".into(),
            }
        }
    });
    let (env, r) = download_all(&stub);
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("disk on fire"), "{r}");
    for entry in std::fs::read_dir(env.path().join("dst")).unwrap() {
        let entry = entry.unwrap();
        assert_eq!(
            std::fs::read(entry.path()).unwrap(),
            b"whole",
            "{}",
            entry.path().display()
        );
    }
    assert!(!env.path().join("dst/f6.txt").exists());
    no_partial_files(&env.path().join("dst"));
}

#[test]
fn large_uploads_carry_credentials_and_retry() {
    let stub = Stub::start(|req, nth| {
        if req.path.ends_with("/runs/get") {
            return stub_run();
        }
        if nth == 0 {
            return json_reply(
                503,
                json!({"error_code": "TEMPORARILY_UNAVAILABLE", "message": "busy"}),
            );
        }
        Reply::Respond {
            status: 200,
            headers: vec![],
            body: String::new(),
        }
    });
    let mut env = stub.env();
    env.env("MLFLOW_TRACKING_TOKEN", "tok-3");
    let file = env.path().join("model.bin");
    std::fs::write(&file, vec![42u8; 6_000_000]).unwrap();
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        RUN,
        file.to_str().unwrap(),
        "--artifact-path",
        "m",
    ])
    .ok();
    let puts: Vec<_> = stub
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/artifacts/1/r1/artifacts/m/model.bin"))
        .collect();
    assert_eq!(puts.len(), 2, "a 503 is retried");
    assert!(puts
        .iter()
        .all(|p| p.header("authorization") == Some("Bearer tok-3")));
    assert_eq!(puts[1].body.len(), 6_000_000);
}
