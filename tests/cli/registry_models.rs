//! The registry and MLflow 3 logged models together: `registry register --model-id` records
//! what Python's `mlflow.register_model("models:/<model_id>", …)` records, and `models:/<model_id>`,
//! `models:/<name>/<version>` and `models:/<name>@<alias>` download what
//! `mlflow.artifacts.download_artifacts` downloads, byte for byte, on SQLite, a file store and a
//! real `mlflow server`; and a model mlf creates and registers downloads in Python as in mlf.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::common::{python, run_python, server_env, unique, TestEnv};
use crate::registry::tree;

/// The last line of Python's output that is a JSON object (a server run prints links first).
fn last_json(out: &str) -> Value {
    let line = out
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("no JSON in {out}"));
    serde_json::from_str(line).unwrap()
}

fn envs() -> Vec<TestEnv> {
    let mut envs = TestEnv::local_stores().into_iter().collect::<Vec<_>>();
    envs.extend(server_env());
    envs
}

fn py(env: &TestEnv, script: &str) -> Value {
    let py = python("3.18.0").expect("checked by the caller");
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    last_json(&run_python(&py, env.path(), script, &envs))
}

fn mlf_download(env: &TestEnv, uri: &str, dst: &str) -> BTreeMap<String, Vec<u8>> {
    let dst = env.path().join(dst);
    let out = env
        .mlf(&[
            "artifacts",
            "download",
            "--artifact-uri",
            uri,
            "--dst-path",
            dst.to_str().unwrap(),
        ])
        .ok()
        .to_string();
    tree(Path::new(out.trim()))
}

/// Python downloads each URI into its own folder and prints the folders.
fn py_downloads(env: &TestEnv, uris: &[&str]) -> Vec<BTreeMap<String, Vec<u8>>> {
    let list = serde_json::to_string(uris).unwrap();
    let out = py(
        env,
        &format!(
            "import json, tempfile, mlflow\nprint(json.dumps({{'dirs': [mlflow.artifacts.download_artifacts(artifact_uri=u, dst_path=tempfile.mkdtemp()) for u in {list}]}}))\n"
        ),
    );
    out["dirs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| tree(Path::new(d.as_str().unwrap())))
        .collect()
}

const PY_LOG_MODEL: &str = r#"
import json, mlflow
class Echo(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input):
        return model_input
mlflow.set_experiment(EXP)
with mlflow.start_run() as run:
    info = mlflow.pyfunc.log_model(name="pm", python_model=Echo())
print(json.dumps({"model_id": info.model_id, "run_id": run.info.run_id}))
"#;

/// What of a model version must be the same whoever registered it.
fn essentials(v: &Value) -> Value {
    let v = &v["model_version"];
    serde_json::json!({
        "source": v["source"], "run_id": v["run_id"], "status": v["status"],
        "current_stage": v["current_stage"], "model_id": v.get("model_id"),
    })
}

#[test]
fn register_a_logged_model_as_python_does() {
    if python("3.18.0").is_none() {
        return;
    }
    for env in envs() {
        let exp = unique("lmreg");
        let logged = py(&env, &PY_LOG_MODEL.replace("EXP", &format!("{exp:?}")));
        let model_id = logged["model_id"].as_str().unwrap();
        let name = unique("fraud");
        // mlf registers version 1, Python version 2, from the same logged model.
        let v1 = env
            .mlf(&[
                "registry",
                "register",
                "--name",
                &name,
                "--model-id",
                model_id,
                "--alias",
                "champion",
            ])
            .ok()
            .to_string();
        assert_eq!(v1.trim(), "1", "{}", env.tracking_uri());
        py(
            &env,
            &format!(
                "import json, mlflow\nv = mlflow.register_model('models:/{model_id}', {name:?})\nprint(json.dumps({{'v': v.version}}))\n"
            ),
        );
        let get = |v: &str| {
            env.mlf(&[
                "registry",
                "versions",
                "--name",
                &name,
                "--filter",
                &format!("name = '{name}'"),
                "-o",
                "json",
            ])
            .json()["model_versions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["version"] == v)
                .cloned()
                .map(|x| serde_json::json!({ "model_version": x }))
                .unwrap()
        };
        let (ours, theirs) = (get("1"), get("2"));
        assert_eq!(
            essentials(&ours),
            essentials(&theirs),
            "{}",
            env.tracking_uri()
        );
        assert_eq!(
            ours["model_version"]["source"],
            format!("models:/{model_id}").as_str()
        );
        // Python sees the alias mlf set, on the version mlf registered.
        let alias = py(
            &env,
            &format!(
                "import json\nfrom mlflow import MlflowClient\nv = MlflowClient().get_model_version_by_alias({name:?}, 'champion')\nprint(json.dumps({{'v': str(v.version), 'source': v.source, 'run_id': v.run_id}}))\n"
            ),
        );
        assert_eq!(alias["v"], "1");
        assert_eq!(alias["source"], ours["model_version"]["source"]);
        // The three kinds of models:/ URIs download what Python downloads.
        let uris = [
            format!("models:/{model_id}"),
            format!("models:/{name}/1"),
            format!("models:/{name}@champion"),
        ];
        let uris: Vec<&str> = uris.iter().map(String::as_str).collect();
        let theirs = py_downloads(&env, &uris);
        for (i, uri) in uris.iter().enumerate() {
            let ours = mlf_download(&env, uri, &format!("dl{i}"));
            assert!(ours.contains_key("MLmodel"), "{uri}: {:?}", ours.keys());
            assert_eq!(ours, theirs[i], "{uri} on {}", env.tracking_uri());
        }
    }
}

#[test]
fn a_model_mlf_creates_and_registers_downloads_in_python() {
    if python("3.18.0").is_none() {
        return;
    }
    for env in envs() {
        let exp = unique("mlfmodel");
        let model_id = env
            .mlf(&[
                "models",
                "create",
                "--experiment-name",
                &exp,
                "--name",
                "net",
            ])
            .ok()
            .to_string();
        let model_id = model_id.trim().to_string();
        let src = env.path().join("weights");
        std::fs::create_dir_all(src.join("sub")).unwrap();
        std::fs::write(src.join("MLmodel"), "flavors:\n  python_function: {}\n").unwrap();
        std::fs::write(src.join("sub/w.bin"), (0..=255u8).collect::<Vec<u8>>()).unwrap();
        env.mlf(&[
            "artifacts",
            "log",
            "--model-id",
            &model_id,
            src.to_str().unwrap(),
        ])
        .ok();
        env.mlf(&["models", "finalize", "--model-id", &model_id])
            .ok();
        let name = unique("net");
        env.mlf(&[
            "registry",
            "register",
            "--name",
            &name,
            "--model-id",
            &model_id,
        ])
        .ok();
        let uris = [format!("models:/{model_id}"), format!("models:/{name}/1")];
        let uris: Vec<&str> = uris.iter().map(String::as_str).collect();
        let theirs = py_downloads(&env, &uris);
        for (i, uri) in uris.iter().enumerate() {
            let ours = mlf_download(&env, uri, &format!("dl{i}"));
            assert_eq!(ours.len(), 2, "{uri}: {:?}", ours.keys());
            assert_eq!(ours, theirs[i], "{uri} on {}", env.tracking_uri());
        }
    }
}
