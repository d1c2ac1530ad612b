//! `runs watch` of a run another process (Python MLflow) is logging into, on SQLite and a real
//! `mlflow server`, off a terminal (JSON lines) and on a pty; `runs compare` of runs Python
//! logged, in json, csv and table form and through `xargs`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::common::{python, run_python, server_env, unique, TestEnv};
use crate::plots::{in_a_terminal, wait_bounded};
/// Python logging six steps of `loss` and `acc` into a run, 0.4 s apart, then ending it.
const LOGGER: &str = r#"
import sys, time
from mlflow import MlflowClient
c = MlflowClient()
run_id, status = sys.argv[1], sys.argv[2]
for i in range(6):
    c.log_metric(run_id, "loss", 1.0 / (i + 1), step=i)
    c.log_metric(run_id, "acc", i / 10, step=i)
    time.sleep(0.4)
c.set_terminated(run_id, status)
"#;

/// Starts the Python logger on a new run of `env`; returns the run id and the process.
fn start_logger(env: &TestEnv, py: &Path, status: &str) -> (String, std::process::Child) {
    let run = env
        .mlf(&["runs", "create", "--experiment-name", &unique("watch")])
        .ok()
        .trim()
        .to_string();
    let mut cmd = Command::new(py);
    cmd.arg("-c")
        .arg(LOGGER)
        .args([&run, status])
        .current_dir(env.path())
        .env("PYTHONWARNINGS", "ignore")
        .env("GIT_PYTHON_REFRESH", "quiet")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (k, v) in env.python_env() {
        cmd.env(k, v);
    }
    (run, cmd.spawn().unwrap())
}

/// Watches a run Python logs into, off a terminal (JSON lines), and checks the lines.
fn watch_lines(env: &TestEnv, py: &Path, status: &str, code: i32) {
    let (run, logger) = start_logger(env, py, status);
    let watch = env
        .command(&["runs", "watch", &run, "--interval", "0.2", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(watch, Duration::from_secs(90));
    let logged = wait_bounded(logger, Duration::from_secs(60));
    assert!(
        logged.status.success(),
        "{}",
        String::from_utf8_lossy(&logged.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{stdout}\n{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let last = lines.last().unwrap();
    assert_eq!(last["status"], status, "{stdout}");
    assert_eq!(last["run_id"], run.as_str());
    let latest = |line: &Value, key: &str| {
        line["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["key"] == key)
            .map(|m| m["step"].as_i64().unwrap())
    };
    assert_eq!(latest(last, "loss"), Some(5), "{stdout}");
    assert_eq!(last["metrics"][0]["key"], "acc");
    // Seen live: a refresh while the run was half way.
    assert!(
        lines
            .iter()
            .any(|l| l["status"] == "RUNNING" && latest(l, "loss").is_some_and(|s| s < 5)),
        "{stdout}"
    );
    assert!(stderr.contains(&format!("ended {status}")), "{stderr}");
}

#[test]
fn watch_follows_a_run_python_logs_into_on_sqlite() {
    let Some(py) = python("3.18.0") else { return };
    let env = TestEnv::new();
    watch_lines(&env, &py, "FINISHED", 0);
    watch_lines(&env, &py, "FAILED", 1);
}

#[test]
fn watch_follows_a_run_python_logs_into_on_a_server() {
    let Some(env) = server_env() else { return };
    let Some(py) = python("3.18.0") else { return };
    watch_lines(&env, &py, "FINISHED", 0);
    watch_lines(&env, &py, "KILLED", 1);
}

#[test]
fn watch_of_an_empty_experiment_waits_for_its_first_run() {
    let env = TestEnv::new();
    let exp = unique("later");
    env.mlf(&["experiments", "create", "--experiment-name", &exp])
        .ok();
    let watch = env
        .command(&["runs", "watch", &exp, "--interval", "0.1", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(600));
    let run = env
        .mlf(&["runs", "create", "--experiment-name", &exp])
        .ok()
        .trim()
        .to_string();
    env.mlf(&[
        "metrics", "log", "--run-id", &run, "loss=0.5", "--step", "3",
    ])
    .ok();
    std::thread::sleep(Duration::from_millis(400));
    env.mlf(&["runs", "end", "--run-id", &run, "--status", "FAILED"])
        .ok();
    let out = wait_bounded(watch, Duration::from_secs(60));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("has no runs yet; waiting"), "{stderr}");
    let last: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(last["run_id"], run.as_str());
    assert_eq!(last["status"], "FAILED");
    assert_eq!(last["metrics"][0]["step"], 3, "{stdout}");
}

/// The live view in a terminal: drawn on the alternate screen, left when the run ends.
fn watch_in_a_terminal(env: &TestEnv, py: &Path) -> String {
    let (run, logger) = start_logger(env, py, "FINISHED");
    let mlf = env!("CARGO_BIN_EXE_mlf");
    let (out, code) = in_a_terminal(
        env,
        &format!("{mlf} runs watch --run-id {run} --key loss --interval 0.2"),
        Duration::from_secs(90),
    );
    let logged = wait_bounded(logger, Duration::from_secs(60));
    let tail: String = out
        .chars()
        .rev()
        .take(400)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(
        logged.status.success(),
        "{}",
        String::from_utf8_lossy(&logged.stderr)
    );
    assert_eq!(code, 0, "{tail}");
    assert!(
        out.contains("\x1b[?1049h") && out.contains("\x1b[?1049l"),
        "{out}"
    );
    let after = out.rsplit("\x1b[?1049l").next().unwrap();
    assert!(after.contains("ended FINISHED"), "{after}");
    // The screen is drawn by differences: whole words only from the first frames on.
    assert!(
        out.contains("RUNNING") && out.contains("metrics") && out.contains("acc"),
        "{out}"
    );
    assert!(
        out.contains("FINISHED") && out.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "{out}"
    );
    run
}

#[test]
fn watch_in_a_terminal_on_sqlite() {
    let Some(py) = python("3.18.0") else { return };
    watch_in_a_terminal(&TestEnv::new(), &py);
}

#[test]
fn watch_in_a_terminal_on_a_server_reads_only_new_steps() {
    let Some(env) = server_env() else { return };
    let Some(py) = python("3.18.0") else { return };
    let run = watch_in_a_terminal(&env, &py);
    let log = std::fs::read_to_string(
        crate::common::mlflow_server()
            .unwrap()
            .dir
            .join("server.log"),
    )
    .unwrap();
    let ours = |route: &str| {
        log.lines()
            .filter(|l| l.contains(route) && l.contains(&run))
            .count()
    };
    // Each key's whole history once at most, later only the steps from the last one held.
    assert!(ours("/metrics/get-history?") <= 2, "{log}");
    assert!(ours("/metrics/get-history-bulk-interval?") >= 1, "{log}");
}

/// Python logging three runs with params, metrics and tags; prints their ids.
const THREE_RUNS: &str = r#"
import mlflow
mlflow.set_experiment("cmp")
ids = []
for i, (lr, opt) in enumerate([(0.1, "sgd"), (0.01, "sgd"), (0.1, "adam")]):
    with mlflow.start_run(run_name=f"r{i}") as r:
        mlflow.log_params({"lr": lr, "opt": opt, "epochs": 3})
        for s in range(3):
            mlflow.log_metric("loss", 1.0 / (i + s + 1), step=s)
        mlflow.log_metric("const", 7.0)
        if i == 2:
            mlflow.log_metric("extra", float("nan"))
        mlflow.set_tag("team", "ml")
        ids.append(r.info.run_id)
print(" ".join(ids))
"#;

#[test]
fn compare_runs_python_logged() {
    let Some(py) = python("3.18.0") else { return };
    let env = TestEnv::new();
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let out = run_python(&py, env.path(), THREE_RUNS, &envs);
    let ids: Vec<&str> = out.split_whitespace().collect();
    let mut args = vec!["runs", "compare"];
    args.extend(&ids);
    args.extend(["-o", "json"]);
    let m = env.mlf(&args).json();
    assert_eq!(m["runs"], serde_json::json!(ids));
    assert_eq!(m["params"]["lr"], serde_json::json!(["0.1", "0.01", "0.1"]));
    assert_eq!(m["params"]["epochs"], serde_json::json!(["3", "3", "3"]));
    assert_eq!(
        m["metrics"]["loss"],
        serde_json::json!([1.0 / 3.0, 0.25, 0.2])
    );
    assert_eq!(
        m["metrics"]["extra"],
        serde_json::json!([null, null, "NaN"])
    );
    assert_eq!(m["tags"]["team"], serde_json::json!(["ml", "ml", "ml"]));
    assert_eq!(
        m["tags"]["mlflow.runName"],
        serde_json::json!(["r0", "r1", "r2"])
    );
    // --only-diff keeps the rows that differ, in every format.
    args.push("--only-diff");
    let d = env.mlf(&args).json();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&d["params"]), ["lr", "opt"]);
    assert_eq!(keys(&d["metrics"]), ["extra", "loss"]);
    assert!(!keys(&d["tags"]).contains(&"team".to_string()));
    let n = args.len();
    args[n - 2] = "csv";
    let csv = env.mlf(&args).ok().to_string();
    let mut rows = csv.lines();
    assert_eq!(
        rows.next().unwrap(),
        format!("field,differs,{}", ids.join(","))
    );
    assert!(csv.contains("params.lr,true,0.1,0.01,0.1\n"), "{csv}");
    assert!(csv.contains("metrics.extra,true,,,NaN\n"), "{csv}");
    assert!(rows.all(|r| r.split(',').nth(1) == Some("true")), "{csv}");
    // The table marks differing rows; ids from a search work through xargs.
    let mlf = env!("CARGO_BIN_EXE_mlf");
    let pipeline = format!(
        "{mlf} runs search --experiment-name cmp --order-by metrics.loss --max-results 2 --no-headers | cut -f1 | xargs {mlf} runs compare"
    );
    let sh = env.command(&[]);
    let out = Command::new("sh")
        .args(["-c", &pipeline])
        .current_dir(env.path())
        .env_clear()
        .envs(
            sh.get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{table}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let header = table.lines().next().unwrap();
    // Lowest loss first: r2 (0.2), then r1 (0.25).
    assert_eq!(header, format!("\tfield\t{}\t{}", ids[2], ids[1]));
    assert!(table.contains("*\tparams.lr\t0.1\t0.01\n"), "{table}");
    assert!(table.contains("\tparams.epochs\t3\t3\n"), "{table}");
    env.mlf(&[
        "runs",
        "compare",
        ids[0],
        "0123456789abcdef0123456789abcdef",
    ])
    .fails(3);
}
