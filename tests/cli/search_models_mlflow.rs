//! Logged-model search as a differential suite: Python MLflow 3.18 builds a corpus of logged
//! models (three experiments; params, tags, statuses, model types, source runs; metrics over
//! several steps, on datasets, with NaN and ±inf; creation times in groups of three so that
//! ties fall to `model_id`; deleted models), then every case (filter, order_by, datasets,
//! max_results with paging) is answered by `MlflowClient.search_logged_models` and by
//! `mlf models search -o json` on the same store: SQLite, a file store, and the shared
//! `mlflow server`. The pages of model ids and the page tokens must be identical, and where
//! MLflow raises, mlf must fail with a one-line error. The cases include those of MLflow's
//! own `test_search_logged_models_*` tests (test_sqlalchemy_store.py, test_file_store.py),
//! adapted to the corpus. The counts per store are printed for the closing notes.

use serde_json::Value;

use crate::common::{mlflow_server, python, run_python, unique, TestEnv};
use crate::search_models_cases::cases;

/// Builds the corpus through the client API; saves the ids in corpus.json.
const CORPUS: &str = r#"
import json, os, sqlite3, sys
from mlflow import MlflowClient
from mlflow.entities import LoggedModelStatus

prefix = os.environ.get("LM_PREFIX", "")
c = MlflowClient()
exps = [c.create_experiment(prefix + n) for n in ["lm_a", "lm_b", "lm_c"]]
runs = [c.create_run(e, start_time=1000 + i).info.run_id for i, e in enumerate(exps * 2)]
names = ["alpha", "Beta", "gamma-1", "delta_x", "m_2", "eps", "Zeta", "model-a", "Model-A", "théta"]
types = ["rf", "cnn", None, "RF", "agent"]
datasets = [("train", "d1"), ("eval", "d2"), ("eval", "d3"), None]
base = 1_700_000_000_000
models, deleted = [], []
for i in range(36):
    e = exps[i % 3]
    params = {"lr": ["0.1", "0.01", "1e-3"][i % 3], "model_type": ["RandomForest", "cnn", "CNN", "rf_x"][i % 4]}
    if i % 5 == 0:
        params["depth"] = str(i)
    tags = {"team": ["vision", "nlp", "Vision"][i % 3]}
    if i % 4 == 1:
        tags["stage"] = ["prod", "dev"][i % 2]
    if i % 7 == 0:
        tags["note"] = "it's"
    m = c.create_logged_model(
        e,
        name=names[i % len(names)] + ("" if i < 10 else str(i)),
        model_type=types[i % len(types)],
        source_run_id=runs[i % 6] if i % 4 else None,
        params=params,
        tags=tags,
    )
    mid = m.model_id
    models.append(mid)
    run = runs[i % 3]
    # metrics: acc (several steps, the latest counts), loss with NaN/inf, f1 per dataset, ties
    if i % 6 != 5:
        acc = [0.5, 0.75, 0.9, 0.95, 0.75, float("nan"), 0.99, 0.1][i % 8]
        for step in range(i % 3 + 1):
            v = acc if step == i % 3 else 0.3 + step / 10
            c.log_metric(run, "acc", v, timestamp=base + step, step=step, model_id=mid)
    if i % 4 != 3:
        loss = [1.0, float("inf"), -float("inf"), 0.0, 2.5, 1.0][i % 6]
        c.log_metric(run, "loss", loss, timestamp=base, step=0, model_id=mid)
    ds = datasets[i % 4]
    if ds:
        c.log_metric(run, "f1", [0.6, 0.8, 0.7][i % 3], timestamp=base + 5, step=1, model_id=mid,
                     dataset_name=ds[0], dataset_digest=ds[1])
        if i % 3 == 0:
            other = datasets[(i + 1) % 3]
            c.log_metric(run, "f1", 0.65, timestamp=base + 6, step=1, model_id=mid,
                         dataset_name=other[0], dataset_digest=other[1])
    if i % 9 == 4:
        c.log_metric(run, "val-loss", i / 10, timestamp=base, step=0, model_id=mid)
    if i % 3 == 1:
        c.finalize_logged_model(mid, LoggedModelStatus.READY)
    elif i % 6 == 2:
        c.finalize_logged_model(mid, LoggedModelStatus.FAILED)
    if i % 11 == 10:
        c.delete_logged_model(mid)
        deleted.append(mid)

# creation times in groups of three, so that ties fall to model_id
uri = os.environ["MLFLOW_TRACKING_URI"]
times = {mid: base + (i // 3) * 1000 for i, mid in enumerate(models)}
if uri.startswith("sqlite:"):
    db = sqlite3.connect(uri[len("sqlite:///"):])
    for mid, t in times.items():
        db.execute("UPDATE logged_models SET creation_timestamp_ms = ? WHERE model_id = ?", (t, mid))
    db.commit()
elif uri.startswith("file:"):
    import yaml
    root = uri[len("file://"):]
    for e in exps:
        for mid in os.listdir(os.path.join(root, e, "models")):
            p = os.path.join(root, e, "models", mid, "meta.yaml")
            d = yaml.safe_load(open(p))
            d["creation_timestamp"] = times[mid]
            yaml.safe_dump(d, open(p, "w"), default_flow_style=False)
json.dump({"exps": exps, "models": models, "deleted": deleted, "runs": runs}, open("corpus.json", "w"))
"#;

/// Answers every case of cases.json with the client, following page tokens.
const ANSWERS: &str = r#"
import json
from mlflow import MlflowClient
c = MlflowClient()
corpus = json.load(open("corpus.json"))
out = []
for case in json.load(open("cases.json")):
    try:
        pages, tokens, token = [], [], None
        while len(pages) < 60:
            p = c.search_logged_models(corpus["exps"], filter_string=case.get("filter"),
                                       datasets=case.get("datasets"), max_results=case.get("max_results"),
                                       order_by=case.get("order_by"), page_token=token)
            pages.append([m.model_id for m in p])
            token = p.token
            # the file store's tokens are bytes
            tokens.append(token.decode() if isinstance(token, bytes) else token)
            if not token:
                break
        out.append({"pages": pages, "tokens": tokens})
    except Exception as e:
        out.append({"error": f"{type(e).__name__}: {str(e)[:300]}"})
json.dump(out, open("answers.json", "w"))
"#;

/// Pages of model ids and the token after each.
type Paged = (Vec<Vec<String>>, Vec<Option<String>>);

/// The `--order-by` argument for an `order_by` entry.
fn order_arg(o: &Value) -> String {
    let mut field = o["field_name"].as_str().unwrap().to_string();
    let (n, d) = (o["dataset_name"].as_str(), o["dataset_digest"].as_str());
    if n.is_some() || d.is_some() {
        field = format!("{field}@{}", n.unwrap_or(""));
        if let Some(d) = d {
            field = format!("{field}:{d}");
        }
    }
    let dir = if o["ascending"].as_bool().unwrap_or(true) {
        "ASC"
    } else {
        "DESC"
    };
    format!("{field} {dir}")
}

/// mlf's pages and tokens for a case, following tokens as the Python answer does; or the
/// error line.
fn mlf_case(env: &TestEnv, exps: &[String], case: &Value) -> Result<Paged, String> {
    let mut base: Vec<String> = vec!["models".into(), "search".into(), "-o".into(), "json".into()];
    for e in exps {
        base.extend(["--experiment-id".into(), e.clone()]);
    }
    if let Some(f) = case["filter"].as_str() {
        base.extend(["--filter".into(), f.into()]);
    }
    for o in case["order_by"].as_array().into_iter().flatten() {
        base.extend(["--order-by".into(), order_arg(o)]);
    }
    for d in case["datasets"].as_array().into_iter().flatten() {
        let mut arg = d["dataset_name"].as_str().unwrap().to_string();
        if let Some(g) = d["dataset_digest"].as_str() {
            arg = format!("{arg}:{g}");
        }
        base.extend(["--dataset".into(), arg]);
    }
    let max = case["max_results"].as_u64();
    if let Some(n) = max {
        base.extend(["--max-results".into(), n.to_string()]);
    }
    let (mut pages, mut tokens) = (Vec::new(), Vec::new());
    let mut token: Option<String> = None;
    loop {
        let mut args = base.clone();
        if let Some(t) = &token {
            args.extend(["--page-token".into(), t.clone()]);
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = env.mlf(&refs);
        if run.code != 0 {
            let lines: Vec<&str> = run.stderr.lines().collect();
            assert!(
                lines.first().is_some_and(|l| l.starts_with("error: "))
                    && run.stdout.is_empty()
                    && !run.stderr.contains("panicked"),
                "mlf failed without a one-line error for {case}: {}",
                run.stderr
            );
            return Err(lines[0].to_string());
        }
        let v: Value = serde_json::from_str(&run.stdout).unwrap();
        pages.push(
            v["models"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["info"]["model_id"].as_str().unwrap().to_string())
                .collect(),
        );
        token = v["next_page_token"].as_str().map(String::from);
        tokens.push(token.clone());
        if token.is_none() || max.is_none() || pages.len() >= 60 {
            break;
        }
    }
    if max.is_none() {
        // mlf follows the pages itself: compare with Python's pages joined
        return Ok((vec![pages.concat()], vec![None]));
    }
    Ok((pages, tokens))
}

#[derive(Debug, Default)]
struct Counts {
    compared: usize,
    nonempty: usize,
    rejected: usize,
    paged: usize,
}

/// Builds the corpus with Python on the store of `env`, answers every case both ways and
/// compares; returns the differences and counts.
fn differential(
    py: &std::path::Path,
    env: &TestEnv,
    envs: &[(&str, &str)],
) -> (Vec<String>, Counts) {
    run_python(py, env.path(), CORPUS, envs);
    let corpus: Value =
        serde_json::from_str(&std::fs::read_to_string(env.path().join("corpus.json")).unwrap())
            .unwrap();
    let cases = cases(&corpus);
    std::fs::write(
        env.path().join("cases.json"),
        serde_json::to_string(&cases).unwrap(),
    )
    .unwrap();
    run_python(py, env.path(), ANSWERS, envs);
    let answers: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(env.path().join("answers.json")).unwrap())
            .unwrap();
    let exps: Vec<String> = corpus["exps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let (mut failures, mut n) = (Vec::new(), Counts::default());
    for (case, answer) in cases.iter().zip(&answers) {
        let mine = mlf_case(env, &exps, case);
        match (answer.get("error"), mine) {
            (Some(_), Err(_)) => n.rejected += 1,
            (Some(e), Ok(_)) => failures.push(format!("{case}: MLflow raises {e}, mlf answers")),
            (None, Err(e)) => failures.push(format!("{case}: MLflow answers, mlf fails: {e}")),
            (None, Ok((pages, tokens))) => {
                let py_pages: Vec<Vec<String>> =
                    serde_json::from_value(answer["pages"].clone()).unwrap();
                let py_tokens: Vec<Option<String>> =
                    serde_json::from_value(answer["tokens"].clone()).unwrap();
                let (py_pages, py_tokens) = if case.get("max_results").is_none() {
                    (vec![py_pages.concat()], vec![None])
                } else {
                    (py_pages, py_tokens)
                };
                if pages != py_pages || tokens != py_tokens {
                    failures.push(format!("{case}:\n  MLflow {py_pages:?} {py_tokens:?}\n  mlf    {pages:?} {tokens:?}"));
                } else if py_pages.len() > 1 {
                    n.paged += 1;
                } else {
                    n.compared += 1;
                    n.nonempty += usize::from(!py_pages[0].is_empty());
                }
            }
        }
    }
    (failures, n)
}

fn report(store: &str, failures: &[String], n: &Counts) {
    #[allow(clippy::print_stderr)] // the counts go into the closing notes
    {
        eprintln!(
            "logged-model search cases on {store}: {} compared ({} finding something), {} rejected by both, {} paged",
            n.compared, n.nonempty, n.rejected, n.paged
        );
    }
    assert!(
        n.compared + n.rejected + n.paged >= 250 && n.nonempty * 10 >= n.compared * 6,
        "too few cases agreed or found something on {store}: {n:?}"
    );
    assert!(
        failures.is_empty(),
        "{} differences on {store}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn search_logged_models_cases_on_sqlite() {
    let Some(py) = python("3.18.0") else { return };
    let env = TestEnv::new();
    let uri = env.tracking_uri();
    let (failures, n) = differential(&py, &env, &[("MLFLOW_TRACKING_URI", &uri)]);
    report("sqlite", &failures, &n);
}

#[test]
fn search_logged_models_cases_on_file_store() {
    let Some(py) = python("3.18.0") else { return };
    let env = TestEnv::file_store();
    let uri = env.tracking_uri();
    let (failures, n) = differential(
        &py,
        &env,
        &[
            ("MLFLOW_TRACKING_URI", &uri),
            ("MLFLOW_ALLOW_FILE_STORE", "true"),
        ],
    );
    report("file", &failures, &n);
}

#[test]
fn search_logged_models_cases_on_server() {
    let Some(server) = mlflow_server() else {
        return;
    };
    let Some(py) = python("3.18.0") else { return };
    let mut env = TestEnv::new();
    env.env("MLFLOW_TRACKING_URI", &server.url);
    // a filter the server cannot read is a 500: answer it at once, on both sides
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let prefix = unique("lm");
    let envs = [
        ("MLFLOW_TRACKING_URI", server.url.as_str()),
        ("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0"),
        ("LM_PREFIX", prefix.as_str()),
    ];
    let (failures, n) = differential(&py, &env, &envs);
    report("server", &failures, &n);
}

/// Page tokens cross over: Python's first page token (with `order_by` in the short form
/// users write) continues in mlf, and mlf's continues in Python, on SQLite and file stores.
#[test]
fn page_tokens_cross_between_python_and_mlf() {
    let Some(py) = python("3.18.0") else { return };
    for env in TestEnv::local_stores() {
        let uri = env.tracking_uri();
        let envs = [
            ("MLFLOW_TRACKING_URI", uri.as_str()),
            ("MLFLOW_ALLOW_FILE_STORE", "true"),
        ];
        run_python(&py, env.path(), CORPUS, &envs);
        let out = run_python(
            &py,
            env.path(),
            r#"
import json
from mlflow import MlflowClient
c = MlflowClient()
exps = json.load(open("corpus.json"))["exps"]
f = "metrics.acc > 0"
short = [{"field_name": "name", "ascending": False}]
full = [{"field_name": "name", "ascending": False, "dataset_name": None, "dataset_digest": None}]
p1 = c.search_logged_models(exps, filter_string=f, order_by=short, max_results=4)
p2 = c.search_logged_models(exps, filter_string=f, order_by=short, max_results=4, page_token=p1.token)
tok = lambda t: t.decode() if isinstance(t, bytes) else t
print(json.dumps({"exps": exps, "token": tok(p1.token), "page2": [m.model_id for m in p2],
                  "p2full": [m.model_id for m in c.search_logged_models(exps, filter_string=f, order_by=full, max_results=4,
                             page_token=c.search_logged_models(exps, filter_string=f, order_by=full, max_results=4).token)]}))
"#,
            &envs,
        );
        let want: Value = serde_json::from_str(out.trim()).unwrap();
        let mut args = vec![
            "models",
            "search",
            "--filter",
            "metrics.acc > 0",
            "--order-by",
            "name DESC",
            "--max-results",
            "4",
            "-o",
            "json",
        ];
        let exps: Vec<String> = want["exps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap().to_string())
            .collect();
        for e in &exps {
            args.extend(["--experiment-id", e]);
        }
        let ids = |v: &Value| -> Vec<String> {
            v["models"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["info"]["model_id"].as_str().unwrap().to_string())
                .collect()
        };
        // Python's token in mlf
        let mut with_token = args.clone();
        with_token.extend(["--page-token", want["token"].as_str().unwrap()]);
        let page2 = env.mlf(&with_token).json();
        assert_eq!(ids(&page2), strings(&want["page2"]), "{uri}");
        // mlf's token in Python
        let first = env.mlf(&args).json();
        let token = first["next_page_token"].as_str().unwrap().to_string();
        let script = format!(
            r#"
import json
from mlflow import MlflowClient
full = [{{"field_name": "name", "ascending": False, "dataset_name": None, "dataset_digest": None}}]
p = MlflowClient().search_logged_models({exps:?}, filter_string="metrics.acc > 0", order_by=full, max_results=4, page_token={token:?})
print(json.dumps([m.model_id for m in p]))
"#
        );
        let py_page: Value =
            serde_json::from_str(run_python(&py, env.path(), &script, &envs).trim()).unwrap();
        assert_eq!(strings(&py_page), strings(&want["p2full"]), "{uri}");
        assert_eq!(strings(&py_page), strings(&want["page2"]), "{uri}");
        // a token for another filter is refused, as MLflow refuses it (SQL) or not (file)
        let mut other = with_token.clone();
        other[3] = "metrics.acc > 0.5";
        let run = env.mlf(&other);
        if uri.starts_with("sqlite") {
            assert_eq!(run.code, 2, "{}", run.stderr);
        }
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}
