//! The model registry: `mlf registry …` on SQLite, a file store and a real `mlflow server`
//! (FastTrackML has no registry: a clear error), interop both ways with Python MLflow 3.18
//! (`-o json` equals the REST bodies Python's entities make, field by field), and `models:/`
//! downloads equal to `mlflow.artifacts.download_artifacts`, byte for byte.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};

use crate::common::{fml_env, python, run_python, server_env, unique, TestEnv};

/// Every file under `dir`, by relative path, with its bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// A small model folder: an MLmodel file on top and a binary file in a sub-folder.
fn model_dir(env: &TestEnv) -> String {
    let dir = env.path().join("model-src");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("MLmodel"), "flavors:\n  python_function: {}\n").unwrap();
    std::fs::write(dir.join("sub/w.bin"), (0..=255u8).collect::<Vec<u8>>()).unwrap();
    dir.display().to_string()
}

/// Drops empty lists and sorts `tags` and `aliases` lists, so that mlf's JSON (every list
/// present) and Python's (empty lists left out; file-store tag order is the directory's)
/// compare field by field.
fn norm(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, x)| !matches!(x, Value::Array(a) if a.is_empty()))
                .map(|(k, x)| {
                    let mut x = norm(x);
                    if k == "tags" || k == "aliases" {
                        if let Value::Array(a) = &mut x {
                            a.sort_by_key(|e| e.to_string());
                        }
                    }
                    (k.clone(), x)
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(norm).collect()),
        other => other.clone(),
    }
}

fn download(env: &TestEnv, uri: &str, dst: &str) -> BTreeMap<String, Vec<u8>> {
    let out = env.mlf(&[
        "artifacts",
        "download",
        "--artifact-uri",
        uri,
        "--dst-path",
        dst,
    ]);
    tree(Path::new(out.ok().trim()))
}

/// The registry lifecycle a CI job runs, on one store.
fn lifecycle(env: &TestEnv) {
    let name = unique("fraud");
    let run = env.new_run(&unique("reg"));
    let src = model_dir(env);
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        &run,
        &src,
        "--artifact-path",
        "model",
    ])
    .ok();
    let source = format!("runs:/{run}/model");
    let reg = |extra: &[&str]| {
        let mut args = vec!["registry", "register", "--name", &name, "--source", &source];
        args.extend_from_slice(extra);
        env.mlf(&args).ok().trim().to_string()
    };
    assert_eq!(reg(&["--tag", "ci=passed", "--alias", "champion"]), "1");
    assert_eq!(reg(&[]), "2");

    let get = || {
        env.mlf(&["registry", "get", "--name", &name, "-o", "json"])
            .json()
    };
    let m = get();
    assert_eq!(m["registered_model"]["name"], json!(name));
    assert_eq!(
        m["registered_model"]["aliases"],
        json!([{"alias": "champion", "version": "1"}])
    );
    let latest = &m["registered_model"]["latest_versions"];
    assert_eq!(latest.as_array().unwrap().len(), 1, "{m}");
    assert_eq!(latest[0]["version"], json!("2"));

    // As mlflow.register_model stores a runs:/ source whose path holds an MLmodel: the run's
    // artifact location of that path, and the run.
    let info = env
        .mlf(&["runs", "get", "--run-id", &run, "-o", "json"])
        .json();
    let artifact_uri = info["run"]["info"]["artifact_uri"]
        .as_str()
        .unwrap()
        .to_string();
    let vs = env
        .mlf(&["registry", "versions", "--name", &name, "-o", "json"])
        .json();
    let vs = vs["model_versions"].as_array().unwrap().clone();
    assert_eq!(vs.len(), 2);
    assert_eq!(vs[0]["version"], json!("2"), "newest first");
    let v1 = &vs[1];
    assert_eq!(v1["source"], json!(format!("{artifact_uri}/model")));
    assert_eq!(v1["run_id"], json!(run));
    assert_eq!(v1["status"], json!("READY"));
    assert_eq!(v1["current_stage"], json!("None"));
    assert_eq!(v1["tags"], json!([{"key": "ci", "value": "passed"}]));

    // Aliases move; tags come and go.
    let alias = |args: &[&str]| {
        let mut a = vec!["registry", "alias"];
        a.extend_from_slice(args);
        env.mlf(&a).ok().to_string()
    };
    assert_eq!(
        alias(&[
            "set",
            "--name",
            &name,
            "--alias",
            "challenger",
            "--version",
            "2"
        ]),
        ""
    );
    alias(&[
        "set",
        "--name",
        &name,
        "--alias",
        "champion",
        "--version",
        "2",
    ]);
    let mut aliases = get()["registered_model"]["aliases"]
        .as_array()
        .unwrap()
        .clone();
    aliases.sort_by_key(|a| a.to_string());
    assert_eq!(
        aliases,
        vec![
            json!({"alias": "challenger", "version": "2"}),
            json!({"alias": "champion", "version": "2"})
        ]
    );
    alias(&["delete", "--name", &name, "--alias", "challenger"]);
    alias(&["delete", "--name", &name, "--alias", "never-set"]);
    assert_eq!(
        get()["registered_model"]["aliases"],
        json!([{"alias": "champion", "version": "2"}])
    );
    env.mlf(&["registry", "tags", "set", "--name", &name, "team=risk"])
        .ok();
    env.mlf(&[
        "registry",
        "tags",
        "set",
        "--name",
        &name,
        "--version",
        "2",
        "validated=yes",
    ])
    .ok();
    assert_eq!(
        get()["registered_model"]["tags"],
        json!([{"key": "team", "value": "risk"}])
    );
    let only = env
        .mlf(&[
            "registry",
            "versions",
            "--name",
            &name,
            "--filter",
            "tags.validated = 'yes'",
            "-o",
            "json",
        ])
        .json();
    let only = only["model_versions"].as_array().unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["version"], json!("2"));
    let older = env
        .mlf(&[
            "registry",
            "versions",
            "--name",
            &name,
            "--filter",
            "version_number < 2",
        ])
        .ok()
        .to_string();
    assert_eq!(older.lines().count(), 2, "a header and version 1:\n{older}");
    env.mlf(&["registry", "tags", "delete", "--name", &name, "team"])
        .ok();
    env.mlf(&[
        "registry",
        "tags",
        "delete",
        "--name",
        &name,
        "--version",
        "2",
        "validated",
        "absent",
    ])
    .ok();
    assert_eq!(get()["registered_model"]["tags"], json!([]));

    // Search by name and tag.
    let found = env
        .mlf(&[
            "registry",
            "search",
            "--filter",
            &format!("name = '{name}'"),
            "-o",
            "json",
        ])
        .json();
    assert_eq!(
        found["registered_models"].as_array().unwrap().len(),
        1,
        "{found}"
    );
    assert_eq!(
        env.mlf(&[
            "registry",
            "search",
            "--filter",
            &format!("name LIKE '{name}'")
        ])
        .ok()
        .lines()
        .nth(1)
        .and_then(|l| l.split('\t').next()),
        Some(name.as_str())
    );

    // Errors: bad filters exit 2, unknown things 3.
    env.mlf(&["registry", "search", "--filter", "run_id = 'x'"])
        .fails(2);
    env.mlf(&[
        "registry",
        "versions",
        "--name",
        &name,
        "--filter",
        "version_number = 1.5",
    ])
    .fails(2);
    env.mlf(&[
        "registry",
        "versions",
        "--name",
        &name,
        "--filter",
        "params.a = 'b'",
    ])
    .fails(2);
    env.mlf(&["registry", "get", "--name", &unique("nope")])
        .fails(3);
    env.mlf(&[
        "registry",
        "alias",
        "set",
        "--name",
        &name,
        "--alias",
        "a",
        "--version",
        "9",
    ])
    .fails(3);
    env.mlf(&[
        "registry",
        "alias",
        "set",
        "--name",
        &name,
        "--alias",
        "latest",
        "--version",
        "1",
    ])
    .fails(2);
    env.mlf(&[
        "registry",
        "register",
        "--name",
        &name,
        "--source",
        &format!("runs:/{run}/none"),
    ])
    .fails(3);

    // models:/ URIs download the model's files, MLmodel on top.
    let want = tree(Path::new(&src));
    let dst = env.path().join("dl-alias").display().to_string();
    assert_eq!(
        download(env, &format!("models:/{name}@champion"), &dst),
        want
    );
    let dst = env.path().join("dl-v1").display().to_string();
    assert_eq!(download(env, &format!("models:/{name}/1"), &dst), want);
    let dst = env.path().join("dl-latest").display().to_string();
    assert_eq!(download(env, &format!("models:/{name}/latest"), &dst), want);
    env.mlf(&[
        "artifacts",
        "download",
        "--artifact-uri",
        &format!("models:/{name}@gone"),
    ])
    .fails(3);
}

#[test]
fn registry_lifecycle_sqlite() {
    lifecycle(&TestEnv::new());
}

#[test]
fn registry_lifecycle_file_store() {
    lifecycle(&TestEnv::file_store());
}

#[test]
fn registry_lifecycle_mlflow_server() {
    let Some(env) = server_env() else { return };
    lifecycle(&env);
}

#[test]
fn registry_on_fasttrack_is_a_clear_error() {
    let Some(env) = fml_env() else { return };
    // FastTrackML answers registered-models/search with an empty list, and 404
    // ENDPOINT_NOT_FOUND for the rest.
    let name = unique("fraud");
    let err = env
        .mlf(&[
            "registry",
            "register",
            "--name",
            &name,
            "--source",
            "s3://bucket/model",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("does not support the model registry"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    env.mlf(&["registry", "get", "--name", &name]).fails(2);
}

/// Python prints the REST bodies of its registry entities (as the server writes them) and
/// downloads `models:/` URIs; `mode` is `write` (Python registers first) or `read`.
const PY_REGISTRY: &str = r#"
import json, os, sys
import mlflow
from mlflow import MlflowClient
from mlflow.utils.proto_json_utils import message_to_json
c = MlflowClient()
def body(e): return json.loads(message_to_json(e.to_proto()))
if sys.argv[1] == "write":
    os.makedirs("m/sub", exist_ok=True)
    open("m/MLmodel", "w").write("flavors:\n  python_function: {}\n")
    open("m/sub/w.bin", "wb").write(bytes(range(256)))
    with mlflow.start_run() as r:
        mlflow.log_artifacts("m", "model")
    mlflow.register_model(f"runs:/{r.info.run_id}/model", "fraud", tags={"ci": "passed"})
    c.create_model_version("fraud", f"runs:/{r.info.run_id}/model", run_id=r.info.run_id, description="second")
    c.set_registered_model_alias("fraud", "champion", "1")
    c.set_registered_model_tag("fraud", "team", "risk")
    c.set_model_version_tag("fraud", "2", "validated", "yes")
    run_id = r.info.run_id
else:
    run_id = sys.argv[2]
from mlflow.store.artifact.runs_artifact_repo import RunsArtifactRepository
print(json.dumps({
    "rm": body(c.get_registered_model("fraud")),
    "v1": body(c.get_model_version("fraud", "1")),
    "alias": body(c.get_model_version_by_alias("fraud", "champion")),
    "versions": [body(v) for v in c.search_model_versions("name='fraud'")],
    "search": [body(m) for m in c.search_registered_models("name LIKE 'fr%'")],
    "underlying": RunsArtifactRepository.get_underlying_uri(f"runs:/{run_id}/model"),
    "run_id": run_id,
    "dl": {u: mlflow.artifacts.download_artifacts(u, dst_path=os.path.abspath("py-" + str(i)))
           for i, u in enumerate(["models:/fraud/1", "models:/fraud@champion", "models:/fraud/2"])},
}))
"#;

/// Compares what Python reads (`py`) with what mlf reads, field by field and file by file.
fn compare(env: &TestEnv, py: &Value) {
    let get = env
        .mlf(&["registry", "get", "--name", "fraud", "-o", "json"])
        .json();
    assert_eq!(norm(&get["registered_model"]), norm(&py["rm"]), "get");
    let vs = env
        .mlf(&["registry", "versions", "--name", "fraud", "-o", "json"])
        .json();
    assert_eq!(
        norm(&vs["model_versions"]),
        norm(&py["versions"]),
        "versions"
    );
    let v1 = vs["model_versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["version"] == "1")
        .cloned()
        .unwrap();
    let mut v1_py = py["v1"].clone();
    // search_model_versions leaves aliases out on SQL stores, get includes them.
    v1_py.as_object_mut().unwrap().remove("aliases");
    let mut v1_mlf = v1.clone();
    v1_mlf.as_object_mut().unwrap().remove("aliases");
    assert_eq!(norm(&v1_mlf), norm(&v1_py), "version 1");
    let found = env
        .mlf(&[
            "registry",
            "search",
            "--filter",
            "name LIKE 'fr%'",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(
        norm(&found["registered_models"]),
        norm(&py["search"]),
        "search"
    );
    for (uri, py_dir) in py["dl"].as_object().unwrap() {
        let dst = env
            .path()
            .join(format!("mlf-{}", uri.replace([':', '/', '@'], "_")));
        let mine = download(env, uri, &dst.display().to_string());
        assert!(mine.contains_key("MLmodel"), "{uri}: {:?}", mine.keys());
        assert_eq!(mine, tree(Path::new(py_dir.as_str().unwrap())), "{uri}");
    }
}

fn python_py() -> Option<std::path::PathBuf> {
    python("3.18.0")
}

#[test]
fn registry_python_writes_mlf_reads() {
    let Some(py) = python_py() else { return };
    for env in TestEnv::local_stores() {
        let envs = env.python_env();
        let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let script = format!("import sys; sys.argv = ['x', 'write']\n{PY_REGISTRY}");
        let out: Value =
            serde_json::from_str(run_python(&py, env.path(), &script, &envs).trim()).unwrap();
        assert_eq!(out["v1"]["source"], out["underlying"]);
        compare(&env, &out);
    }
}

#[test]
fn registry_mlf_writes_python_reads() {
    let Some(py) = python_py() else { return };
    for env in TestEnv::local_stores() {
        let run = env.new_run("reg");
        let src = model_dir(&env);
        env.mlf(&[
            "artifacts",
            "log",
            "--run-id",
            &run,
            &src,
            "--artifact-path",
            "model",
        ])
        .ok();
        let source = format!("runs:/{run}/model");
        env.mlf(&[
            "registry",
            "register",
            "--name",
            "fraud",
            "--source",
            &source,
            "--tag",
            "ci=passed",
            "--alias",
            "champion",
        ])
        .ok();
        env.mlf(&[
            "registry", "register", "--name", "fraud", "--source", &source,
        ])
        .ok();
        env.mlf(&["registry", "tags", "set", "--name", "fraud", "team=risk"])
            .ok();
        env.mlf(&[
            "registry",
            "tags",
            "set",
            "--name",
            "fraud",
            "--version",
            "2",
            "validated=yes",
        ])
        .ok();
        let envs = env.python_env();
        let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let script = format!("import sys; sys.argv = ['x', 'read', '{run}']\n{PY_REGISTRY}");
        let out: Value =
            serde_json::from_str(run_python(&py, env.path(), &script, &envs).trim()).unwrap();
        // Python reads the version mlf registered as its own register_model would have made it.
        assert_eq!(out["alias"]["version"], json!("1"));
        assert_eq!(out["alias"]["aliases"], json!(["champion"]));
        assert_eq!(out["alias"]["source"], out["underlying"]);
        assert_eq!(out["alias"]["run_id"], json!(run));
        assert_eq!(
            out["alias"]["tags"],
            json!([{"key": "ci", "value": "passed"}])
        );
        compare(&env, &out);
    }
}
