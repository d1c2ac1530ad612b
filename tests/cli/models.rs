//! MLflow 3 logged models on SQLite, a file store and a real `mlflow server`: the lifecycle
//! through mlf (create, get, params, tags, metrics linked to a model and a dataset, artifacts,
//! finalize, delete, errors), run inputs and outputs, interop both ways with the real Python
//! MLflow 3.18 (compared field by field in the REST shapes), and FastTrackML's clear error.

use serde_json::{json, Value};

use crate::common::{fml_env, python, run_python, server_env, unique, TestEnv};

/// A store for one test: its environment and whether it is MLflow's file store.
fn stores() -> Vec<(&'static str, TestEnv)> {
    let mut out = vec![("sqlite", TestEnv::new()), ("file", TestEnv::file_store())];
    if let Some(env) = server_env() {
        out.push(("server", env));
    }
    out
}

/// Runs `mlf ARGS -o json` and parses it.
#[track_caller]
fn json_of(env: &TestEnv, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    env.mlf(&a).json()
}

/// A canonical form for comparing REST bodies: empty lists and objects left out (the REST
/// API omits them, mlf prints them), every list sorted (their order is not defined).
fn canon(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), canon(v)))
                .filter(|(_, v)| {
                    !matches!(v, Value::Array(a) if a.is_empty())
                        && !matches!(v, Value::Object(o) if o.is_empty())
                })
                .collect(),
        ),
        Value::Array(a) => {
            let mut items: Vec<Value> = a.iter().map(canon).collect();
            items.sort_by_key(|i| i.to_string());
            Value::Array(items)
        }
        other => other.clone(),
    }
}

fn lifecycle(kind: &str, env: &TestEnv) {
    let exp = unique("models");
    let run = env
        .mlf(&["runs", "create", "--experiment-name", &exp])
        .ok()
        .trim()
        .to_string();
    // Create: PENDING, named, typed, with params, tags and the context tags.
    let created = json_of(
        env,
        &[
            "models", "create", "--experiment-name", &exp, "--name", "ckpt", "--model-type",
            "agent", "--source-run-id", &run, "--param", "lr=0.1", "--tag", "team=fraud",
        ],
    );
    let info = &created["model"]["info"];
    let id = info["model_id"].as_str().unwrap().to_string();
    assert!(id.starts_with("m-") && id.len() == 34, "{kind}: {id}");
    assert_eq!(info["status"], "LOGGED_MODEL_PENDING", "{kind}");
    assert_eq!(info["name"], "ckpt");
    assert_eq!(info["model_type"], "agent");
    assert_eq!(info["source_run_id"], run.as_str());
    let artifact_uri = info["artifact_uri"].as_str().unwrap();
    assert!(
        artifact_uri.ends_with(&format!("/models/{id}/artifacts")),
        "{kind}: {artifact_uri}"
    );
    let tags: Vec<&str> = info["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    for k in ["team", "mlflow.user", "mlflow.source.type", "mlflow.source.name"] {
        assert!(tags.contains(&k), "{kind}: {tags:?}");
    }
    assert_eq!(created["model"]["data"]["params"], json!([{"key": "lr", "value": "0.1"}]));
    // Table mode prints the id alone; a generated name when none is given.
    let other = env
        .mlf(&["models", "create", "--experiment-name", &exp])
        .ok()
        .trim()
        .to_string();
    let named = json_of(env, &["models", "get", "--model-id", &other]);
    assert!(named["model"]["info"]["name"].as_str().unwrap().contains('-'));

    // Params: the same value again is fine, a changed one exit 1.
    env.mlf(&["params", "log", "--model-id", &id, "lr=0.1", "depth=3"]).ok();
    let e = env.mlf(&["params", "log", "--model-id", &id, "lr=0.2"]);
    assert!(e.fails(1).contains("0.2"), "{kind}: {e}");
    // Tags.
    env.mlf(&["tags", "set", "--model-id", &id, "stage=candidate"]).ok();
    let listed = json_of(env, &["tags", "list", "--model-id", &id]);
    assert!(listed["tags"].as_array().unwrap().contains(&json!({"key": "stage", "value": "candidate"})));
    env.mlf(&["tags", "delete", "--model-id", &id, "stage"]).ok();
    env.mlf(&["tags", "delete", "--model-id", &id, "stage"]).fails(3);

    // Metrics linked to the model and a dataset: on the run and on the model.
    env.mlf(&[
        "metrics", "log", "--run-id", &run, "--model-id", &id, "--dataset-name", "eval",
        "--dataset-digest", "3f2a9c", "--step", "2", "--timestamp", "1700000000000", "acc=0.93",
    ])
    .ok();
    env.mlf(&[
        "metrics", "log", "--run-id", &run, "--model-id", &id, "--timestamp", "1700000000001",
        "loss=0.25",
    ])
    .ok();
    let model = json_of(env, &["models", "get", "--model-id", &id])["model"].clone();
    let metrics = canon(&model["data"]["metrics"]);
    let expected = canon(&json!([
        {"key": "acc", "value": 0.93, "timestamp": 1700000000000_i64, "step": 2,
         "dataset_name": "eval", "dataset_digest": "3f2a9c", "model_id": id, "run_id": run},
        {"key": "loss", "value": 0.25, "timestamp": 1700000000001_i64, "step": 0,
         "model_id": id, "run_id": run},
    ]));
    assert_eq!(metrics, expected, "{kind}");
    assert_eq!(
        canon(&model["data"]["params"]),
        canon(&json!([{"key": "depth", "value": "3"}, {"key": "lr", "value": "0.1"}]))
    );
    let got = json_of(env, &["runs", "get", "--run-id", &run])["run"].clone();
    let acc = got["data"]["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["key"] == "acc")
        .unwrap()
        .clone();
    assert_eq!((acc["value"].clone(), acc["step"].clone()), (json!(0.93), json!(2)));
    // The model became an input of the run, once.
    assert_eq!(got["inputs"]["model_inputs"], json!([{"model_id": id}]), "{kind}");
    let table = env.mlf(&["runs", "get", "--run-id", &run]).ok().to_string();
    assert!(table.contains(&format!("models.input\t{id}")), "{table}");

    // A dataset input, as mlflow.log_input.
    env.mlf(&[
        "runs", "log-input", "--run-id", &run, "--name", "eval", "--digest", "3f2a9c",
        "--source-type", "local", "--source", "/data/eval.csv", "--dataset-profile",
        r#"{"num_rows": 2}"#, "--context", "eval",
    ])
    .ok();
    let got = json_of(env, &["runs", "get", "--run-id", &run])["run"].clone();
    assert_eq!(
        got["inputs"]["dataset_inputs"],
        json!([{"tags": [{"key": "mlflow.data.context", "value": "eval"}],
                "dataset": {"name": "eval", "digest": "3f2a9c", "source_type": "local",
                            "source": r#"{"uri": "/data/eval.csv"}"#, "profile": r#"{"num_rows": 2}"#}}]),
        "{kind}"
    );
    env.mlf(&["runs", "log-input", "--run-id", &run, "--name", "x", "--digest", "d", "--schema", "{oops"])
        .fails(2);

    // The model's own artifacts.
    std::fs::write(env.path().join("MLmodel"), "flavors: {}\n").unwrap();
    env.mlf(&["artifacts", "log", "--model-id", &id, "MLmodel"]).ok();
    let files = json_of(env, &["artifacts", "list", "--model-id", &id]);
    assert_eq!(files["root_uri"], artifact_uri);
    assert_eq!(files["files"][0]["path"], "MLmodel");
    let dst = env.path().join("dl");
    env.mlf(&["artifacts", "download", "--model-id", &id, "--dst-path", dst.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read_to_string(dst.join("MLmodel")).unwrap(), "flavors: {}\n");

    // Finalize, delete, and the errors.
    let done = json_of(env, &["models", "finalize", "--model-id", &id]);
    assert_eq!(done["model"]["info"]["status"], "LOGGED_MODEL_READY");
    let table = env.mlf(&["models", "get", "--model-id", &id]).ok().to_string();
    assert!(table.contains("status\tREADY") && table.contains("metrics.acc\t0.93"), "{table}");
    let failed = json_of(env, &["models", "finalize", "--model-id", &other, "--status", "FAILED"]);
    assert_eq!(failed["model"]["info"]["status"], "LOGGED_MODEL_UPLOAD_FAILED");
    env.mlf(&["models", "delete", "--model-id", &id]).fails(2); // needs --yes off a terminal
    assert_eq!(json_of(env, &["models", "delete", "--model-id", &id, "--yes"]), json!({}));
    let e = env.mlf(&["models", "get", "--model-id", &id]);
    e.fails(3);
    env.mlf(&["models", "get", "--model-id", "m-0123456789abcdef0123456789abcdef"]).fails(3);
    env.mlf(&["models", "create", "--experiment-name", &exp, "--name", "a/b"]).fails(2);
    env.mlf(&["models", "finalize", "--model-id", &other, "--status", "PENDING"]).fails(2);
}

#[test]
fn models_lifecycle_sqlite() {
    lifecycle("sqlite", &TestEnv::new());
}

#[test]
fn models_lifecycle_file() {
    lifecycle("file", &TestEnv::file_store());
}

#[test]
fn models_lifecycle_server() {
    if let Some(env) = server_env() {
        lifecycle("server", &env);
    }
}

#[test]
fn models_on_fasttrack_are_a_clear_error() {
    let Some(env) = fml_env() else {
        return;
    };
    let run = env.new_run(&unique("models"));
    for args in [
        vec!["models", "create"],
        vec!["models", "get", "--model-id", "m-0123456789abcdef0123456789abcdef"],
        vec!["models", "search", "--experiment-id", "0"],
        vec!["runs", "log-input", "--run-id", &run, "--name", "d", "--digest", "1"],
    ] {
        let r = env.mlf(&args);
        let err = r.fails(2);
        assert!(err.contains("does not support"), "{args:?}: {r}");
        assert_eq!(err.lines().filter(|l| l.starts_with("error:")).count(), 1, "{r}");
    }
}
