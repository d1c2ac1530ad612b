//! MLflow 3 logged models on SQLite, a file store and a real `mlflow server`: the lifecycle
//! through mlf (create, get, params, tags, metrics linked to a model and a dataset, artifacts,
//! finalize, delete, errors), run inputs and outputs, interop both ways with the real Python
//! MLflow 3.18 (compared field by field in the REST shapes), and FastTrackML's clear error.

use serde_json::{json, Value};

use crate::common::{fml_env, python, run_python, server_env, unique, TestEnv};

/// Runs `mlf ARGS -o json` and parses it.
#[track_caller]
fn json_of(env: &TestEnv, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    env.mlf(&a).json()
}

/// A canonical form for comparing REST bodies: empty lists, objects and strings left out
/// (the REST API omits empty lists, mlf prints them; Python's client turns an unset
/// `status_message` into `""`), every list sorted (their order is not defined).
fn canon(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), canon(v)))
                .filter(|(_, v)| {
                    !matches!(v, Value::Array(a) if a.is_empty())
                        && !matches!(v, Value::Object(o) if o.is_empty())
                        && v != &json!("")
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

/// The JSON document on the last line of Python's stdout (MLflow prints run links before it
/// when it talks to a server).
fn last_json(stdout: &str) -> Value {
    let line = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"))
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
            "models",
            "create",
            "--experiment-name",
            &exp,
            "--name",
            "ckpt",
            "--model-type",
            "agent",
            "--source-run-id",
            &run,
            "--param",
            "lr=0.1",
            "--tag",
            "team=fraud",
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
    for k in [
        "team",
        "mlflow.user",
        "mlflow.source.type",
        "mlflow.source.name",
    ] {
        assert!(tags.contains(&k), "{kind}: {tags:?}");
    }
    assert_eq!(
        created["model"]["data"]["params"],
        json!([{"key": "lr", "value": "0.1"}])
    );
    // Table mode prints the id alone; a generated name when none is given.
    let other = env
        .mlf(&["models", "create", "--experiment-name", &exp])
        .ok()
        .trim()
        .to_string();
    let named = json_of(env, &["models", "get", "--model-id", &other]);
    assert!(named["model"]["info"]["name"]
        .as_str()
        .unwrap()
        .contains('-'));

    // Params: the same value again is fine, a changed one exit 1.
    env.mlf(&["params", "log", "--model-id", &id, "lr=0.1", "depth=3"])
        .ok();
    let e = env.mlf(&["params", "log", "--model-id", &id, "lr=0.2"]);
    assert!(e.fails(1).contains("0.2"), "{kind}: {e}");
    // Tags.
    env.mlf(&["tags", "set", "--model-id", &id, "stage=candidate"])
        .ok();
    let listed = json_of(env, &["tags", "list", "--model-id", &id]);
    assert!(listed["tags"]
        .as_array()
        .unwrap()
        .contains(&json!({"key": "stage", "value": "candidate"})));
    env.mlf(&["tags", "delete", "--model-id", &id, "stage"])
        .ok();
    env.mlf(&["tags", "delete", "--model-id", &id, "stage"])
        .fails(3);

    // Metrics linked to the model and a dataset: on the run and on the model.
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "--model-id",
        &id,
        "--dataset-name",
        "eval",
        "--dataset-digest",
        "3f2a9c",
        "--step",
        "2",
        "--timestamp",
        "1700000000000",
        "acc=0.93",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "--model-id",
        &id,
        "--timestamp",
        "1700000000001",
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
    assert_eq!(
        (acc["value"].clone(), acc["step"].clone()),
        (json!(0.93), json!(2))
    );
    // The model became an input of the run, once.
    assert_eq!(
        got["inputs"]["model_inputs"],
        json!([{"model_id": id}]),
        "{kind}"
    );
    let table = env.mlf(&["runs", "get", "--run-id", &run]).ok().to_string();
    assert!(table.contains(&format!("models.input\t{id}")), "{table}");

    // A dataset input, as mlflow.log_input.
    env.mlf(&[
        "runs",
        "log-input",
        "--run-id",
        &run,
        "--name",
        "eval",
        "--digest",
        "3f2a9c",
        "--source-type",
        "local",
        "--source",
        "/data/eval.csv",
        "--dataset-profile",
        r#"{"num_rows": 2}"#,
        "--context",
        "eval",
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
    env.mlf(&[
        "runs",
        "log-input",
        "--run-id",
        &run,
        "--name",
        "x",
        "--digest",
        "d",
        "--schema",
        "{oops",
    ])
    .fails(2);
    // CLI.md's `--profile JSON` (clap sees the global option; a JSON object is the dataset's).
    env.mlf(&[
        "runs",
        "log-input",
        "--run-id",
        &run,
        "--name",
        "train",
        "--digest",
        "77aa",
        "--profile",
        r#"{"num_rows": 9}"#,
    ])
    .ok();
    let got = json_of(env, &["runs", "get", "--run-id", &run])["run"].clone();
    let train = got["inputs"]["dataset_inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dataset"]["name"] == "train")
        .cloned()
        .unwrap_or_else(|| panic!("{got}"));
    assert_eq!(train["dataset"]["profile"], r#"{"num_rows": 9}"#, "{kind}");

    // The model's own artifacts.
    std::fs::write(env.path().join("MLmodel"), "flavors: {}\n").unwrap();
    env.mlf(&["artifacts", "log", "--model-id", &id, "MLmodel"])
        .ok();
    let files = json_of(env, &["artifacts", "list", "--model-id", &id]);
    assert_eq!(files["root_uri"], artifact_uri);
    assert_eq!(files["files"][0]["path"], "MLmodel");
    let dst = env.path().join("dl");
    env.mlf(&[
        "artifacts",
        "download",
        "--model-id",
        &id,
        "--dst-path",
        dst.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(dst.join("MLmodel")).unwrap(),
        "flavors: {}\n"
    );

    // Finalize, delete, and the errors.
    let done = json_of(env, &["models", "finalize", "--model-id", &id]);
    assert_eq!(done["model"]["info"]["status"], "LOGGED_MODEL_READY");
    let table = env
        .mlf(&["models", "get", "--model-id", &id])
        .ok()
        .to_string();
    assert!(
        table.contains("status\tREADY") && table.contains("metrics.acc\t0.93"),
        "{table}"
    );
    let failed = json_of(
        env,
        &[
            "models",
            "finalize",
            "--model-id",
            &other,
            "--status",
            "FAILED",
        ],
    );
    assert_eq!(
        failed["model"]["info"]["status"],
        "LOGGED_MODEL_UPLOAD_FAILED"
    );
    env.mlf(&["models", "delete", "--model-id", &id]).fails(2); // needs --yes off a terminal
    assert_eq!(
        json_of(env, &["models", "delete", "--model-id", &id, "--yes"]),
        json!({})
    );
    let e = env.mlf(&["models", "get", "--model-id", &id]);
    e.fails(3);
    env.mlf(&[
        "models",
        "get",
        "--model-id",
        "m-0123456789abcdef0123456789abcdef",
    ])
    .fails(3);
    env.mlf(&[
        "models",
        "create",
        "--experiment-name",
        &exp,
        "--name",
        "a/b",
    ])
    .fails(2);
    env.mlf(&[
        "models",
        "finalize",
        "--model-id",
        &other,
        "--status",
        "PENDING",
    ])
    .fails(2);
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
        vec![
            "models",
            "get",
            "--model-id",
            "m-0123456789abcdef0123456789abcdef",
        ],
        vec!["models", "search", "--experiment-id", "0"],
        vec![
            "runs",
            "log-input",
            "--run-id",
            &run,
            "--name",
            "d",
            "--digest",
            "1",
        ],
    ] {
        let r = env.mlf(&args);
        let err = r.fails(2);
        assert!(err.contains("does not support"), "{args:?}: {r}");
        assert_eq!(
            err.lines().filter(|l| l.starts_with("error:")).count(),
            1,
            "{r}"
        );
    }
}

/// Python that logs what MLflow 3 users log (a checkpoint with params, tags and metrics
/// linked to it and a dataset, a dataset input, a pyfunc model) and prints the REST bodies of
/// the run and both models.
const PYTHON_LOGS: &str = r#"
import json, sys, mlflow, pandas as pd
from mlflow.utils.proto_json_utils import message_to_json
from mlflow.data.pandas_dataset import from_pandas
mlflow.set_experiment(sys.argv[1])
ds = from_pandas(pd.DataFrame({"a": [1, 2]}), source="/data/eval.csv", name="evalset")
class Echo(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input):
        return model_input
with mlflow.start_run() as run:
    lm = mlflow.initialize_logged_model(name="ckpt", model_type="agent", params={"p": "1"}, tags={"t": "v"})
    mlflow.log_metric("acc", 0.5, step=1, model_id=lm.model_id, dataset=ds)
    mlflow.log_metric("loss", 0.25, model_id=lm.model_id)
    mlflow.log_input(ds, context="training")
    info = mlflow.pyfunc.log_model(name="pm", python_model=Echo())
    mlflow.finalize_logged_model(lm.model_id, "READY")
c = mlflow.MlflowClient()
rest = lambda e: json.loads(message_to_json(e.to_proto()))
print(json.dumps({"run": rest(c.get_run(run.info.run_id)),
                  "models": [rest(c.get_logged_model(m)) for m in (lm.model_id, info.model_id)]}))
"#;

fn python_logs_mlf_reads(env: &TestEnv) {
    let Some(py) = python("3.18.0") else {
        return;
    };
    let exp = unique("pymodels");
    let mut script = PYTHON_LOGS.replace("sys.argv[1]", &format!("{exp:?}"));
    script.push('\n');
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let out = last_json(&run_python(&py, env.path(), &script, &envs));
    let run = &out["run"];
    let run_id = run["info"]["run_id"].as_str().unwrap();
    for model in out["models"].as_array().unwrap() {
        let id = model["info"]["model_id"].as_str().unwrap();
        let ours = json_of(env, &["models", "get", "--model-id", id]);
        assert_eq!(canon(&ours["model"]), canon(model), "model {id}");
    }
    let ours = json_of(env, &["runs", "get", "--run-id", run_id])["run"].clone();
    for part in ["inputs", "outputs"] {
        assert_eq!(canon(&ours[part]), canon(&run[part]), "run {part}");
    }
    // Python's run has a model input (the checkpoint) and a model output (the pyfunc model).
    assert_eq!(ours["inputs"]["model_inputs"].as_array().unwrap().len(), 1);
    assert_eq!(
        ours["outputs"]["model_outputs"].as_array().unwrap().len(),
        1
    );
}

#[test]
fn python_logs_mlf_reads_sqlite() {
    python_logs_mlf_reads(&TestEnv::new());
}

#[test]
fn python_logs_mlf_reads_file() {
    python_logs_mlf_reads(&TestEnv::file_store());
}

#[test]
fn python_logs_mlf_reads_server() {
    if let Some(env) = server_env() {
        python_logs_mlf_reads(&env);
    }
}

/// Python that reads a logged model and its run, searches for the model by a metric, and
/// lists the model's artifacts.
const PYTHON_READS: &str = r#"
import json, sys, mlflow
from mlflow.utils.proto_json_utils import message_to_json
c = mlflow.MlflowClient()
rest = lambda e: json.loads(message_to_json(e.to_proto()))
model_id, run_id = sys.argv[1], sys.argv[2]
m = c.get_logged_model(model_id)
found = c.search_logged_models([m.experiment_id], filter_string="metrics.acc > 0.9 AND params.lr = '0.1'")
print(json.dumps({"model": rest(m), "run": rest(c.get_run(run_id)),
                  "found": [f.model_id for f in found],
                  "artifacts": [f.path for f in c.list_logged_model_artifacts(model_id)]}))
"#;

fn mlf_logs_python_reads(env: &TestEnv) {
    let Some(py) = python("3.18.0") else {
        return;
    };
    let exp = unique("mlfmodels");
    let run = env
        .mlf(&["runs", "create", "--experiment-name", &exp])
        .ok()
        .trim()
        .to_string();
    let id = env
        .mlf(&[
            "models",
            "create",
            "--experiment-name",
            &exp,
            "--name",
            "ckpt",
            "--model-type",
            "agent",
            "--source-run-id",
            &run,
            "--param",
            "lr=0.1",
            "--tag",
            "team=fraud",
        ])
        .ok()
        .trim()
        .to_string();
    env.mlf(&["params", "log", "--model-id", &id, "depth=3"])
        .ok();
    env.mlf(&["tags", "set", "--model-id", &id, "stage=candidate"])
        .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "--model-id",
        &id,
        "--dataset-name",
        "eval",
        "--dataset-digest",
        "3f2a9c",
        "--step",
        "2",
        "acc=0.93",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "--model-id",
        &id,
        "loss=0.25",
    ])
    .ok();
    env.mlf(&[
        "runs",
        "log-input",
        "--run-id",
        &run,
        "--name",
        "eval",
        "--digest",
        "3f2a9c",
        "--source",
        "/data/eval.csv",
        "--schema",
        r#"{"mlflow_colspec": []}"#,
        "--context",
        "eval",
    ])
    .ok();
    std::fs::write(env.path().join("MLmodel"), "flavors: {}\n").unwrap();
    env.mlf(&["artifacts", "log", "--model-id", &id, "MLmodel"])
        .ok();
    env.mlf(&["models", "finalize", "--model-id", &id]).ok();

    let script = PYTHON_READS
        .replace("sys.argv[1]", &format!("{id:?}"))
        .replace("sys.argv[2]", &format!("{run:?}"));
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let out = last_json(&run_python(&py, env.path(), &script, &envs));
    let ours = json_of(env, &["models", "get", "--model-id", &id]);
    assert_eq!(canon(&out["model"]), canon(&ours["model"]));
    assert_eq!(out["model"]["info"]["status"], "LOGGED_MODEL_READY");
    let ours_run = json_of(env, &["runs", "get", "--run-id", &run])["run"].clone();
    for part in ["inputs", "outputs"] {
        assert_eq!(
            canon(&out["run"][part]),
            canon(&ours_run[part]),
            "run {part}"
        );
    }
    assert_eq!(
        out["run"]["inputs"]["model_inputs"],
        json!([{"model_id": id}])
    );
    assert_eq!(out["found"], json!([id]));
    assert_eq!(out["artifacts"], json!(["MLmodel"]));
}

#[test]
fn mlf_logs_python_reads_sqlite() {
    mlf_logs_python_reads(&TestEnv::new());
}

#[test]
fn mlf_logs_python_reads_file() {
    mlf_logs_python_reads(&TestEnv::file_store());
}

#[test]
fn mlf_logs_python_reads_server() {
    if let Some(env) = server_env() {
        mlf_logs_python_reads(&env);
    }
}

/// Python that runs `search_logged_models` queries (JSON on stdin) and prints the model ids
/// and page token of each.
const PYTHON_SEARCHES: &str = r#"
import json, sys, mlflow
c = mlflow.MlflowClient()
out = []
for q in json.load(sys.stdin):
    page = c.search_logged_models(**q)
    out.append({"ids": [m.model_id for m in page], "token": page.token})
print(json.dumps(out))
"#;

/// `models search` on a server passes filter, datasets, order and page tokens through: the
/// same models in the same order as Python's `search_logged_models`, and tokens either side
/// continue the other's search.
#[test]
fn models_search_on_server_matches_python() {
    let (Some(env), Some(py)) = (server_env(), python("3.18.0")) else {
        return;
    };
    let exp = unique("msearch");
    let exp_id = env
        .mlf(&["experiments", "create", "--experiment-name", &exp])
        .ok()
        .trim()
        .to_string();
    let run = env.new_run(&exp);
    let mut ids = Vec::new();
    for (name, acc, ds) in [
        ("a", "0.4", "eval"),
        ("b", "0.9", "eval"),
        ("c", "0.7", "train"),
        ("d", "0.8", "eval"),
    ] {
        let id = env
            .mlf(&[
                "models",
                "create",
                &exp_id,
                "--name",
                name,
                "--param",
                &format!("p={name}"),
            ])
            .ok()
            .trim()
            .to_string();
        env.mlf(&[
            "metrics",
            "log",
            "--run-id",
            &run,
            "--model-id",
            &id,
            "--dataset-name",
            ds,
            "--dataset-digest",
            "d1",
            &format!("acc={acc}"),
        ])
        .ok();
        ids.push(id);
    }
    let mlf_ids = |args: &[&str]| -> (Vec<String>, Value) {
        let mut full = vec!["models", "search", exp_id.as_str()];
        full.extend_from_slice(args);
        let v = json_of(&env, &full);
        let ids = v["models"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["info"]["model_id"].as_str().unwrap().to_string())
            .collect();
        (ids, v["next_page_token"].clone())
    };
    let (by_acc, _) = mlf_ids(&[
        "--filter",
        "metrics.acc > 0.5",
        "--order-by",
        "metrics.acc DESC",
    ]);
    assert_eq!(by_acc, [ids[1].clone(), ids[3].clone(), ids[2].clone()]);
    let (on_eval, _) = mlf_ids(&[
        "--filter",
        "metrics.acc > 0.5",
        "--dataset",
        "eval:d1",
        "--order-by",
        "name",
    ]);
    assert_eq!(on_eval, [ids[1].clone(), ids[3].clone()]);
    let (page1, token) = mlf_ids(&["--order-by", "name ASC", "--max-results", "2"]);
    assert_eq!(page1, ids[..2]);
    let token = token.as_str().unwrap().to_string();
    let (page2, last) = mlf_ids(&[
        "--order-by",
        "name ASC",
        "--max-results",
        "2",
        "--page-token",
        &token,
    ]);
    assert_eq!(page2, ids[2..]);
    assert_eq!(last, Value::Null);
    // The same queries through Python, one of them continuing mlf's page token.
    let order = |f: &str, asc: bool| json!([{"field_name": f, "ascending": asc}]);
    let queries = json!([
        {"experiment_ids": [exp_id], "filter_string": "metrics.acc > 0.5", "order_by": order("metrics.acc", false)},
        {"experiment_ids": [exp_id], "filter_string": "metrics.acc > 0.5", "order_by": order("name", true),
         "datasets": [{"dataset_name": "eval", "dataset_digest": "d1"}]},
        {"experiment_ids": [exp_id], "order_by": order("name", true), "max_results": 2},
        {"experiment_ids": [exp_id], "order_by": order("name", true), "max_results": 2, "page_token": token},
    ]);
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let script = PYTHON_SEARCHES.replace(
        "json.load(sys.stdin)",
        &format!("json.loads({:?})", queries.to_string()),
    );
    let out = last_json(&run_python(&py, env.path(), &script, &envs));
    assert_eq!(out[0]["ids"], json!(by_acc));
    assert_eq!(out[1]["ids"], json!(on_eval));
    assert_eq!(out[2]["ids"], json!(page1));
    assert_eq!(out[3]["ids"], json!(page2));
    // Python's token continues in mlf.
    let py_token = out[2]["token"].as_str().unwrap().to_string();
    let (cont, _) = mlf_ids(&[
        "--order-by",
        "name ASC",
        "--max-results",
        "2",
        "--page-token",
        &py_token,
    ]);
    assert_eq!(cont, page2);
}
