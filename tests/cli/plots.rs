//! `metrics plot` (terminal, SVG, PNG), `runs compare` and `runs watch`, end to end: charts
//! checked for their structure, comparisons of runs Python MLflow logged, and watches of
//! runs another process is logging into, on SQLite and a real `mlflow server`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{python, run_python, server_env, unique, TestEnv};

/// Logs `loss` (with a gap of NaNs at steps 40..50) and `acc` at steps 0..100.
fn logged_run(env: &TestEnv, name: &str) -> String {
    let run = env
        .mlf(&["runs", "create", "--run-name", name])
        .ok()
        .trim()
        .to_string();
    let mut lines = String::new();
    for i in 0..=100 {
        let loss = if (40..50).contains(&i) {
            "nan".to_string()
        } else {
            format!("{}", 2.0 / (1.0 + i as f64 * 0.1))
        };
        lines.push_str(&format!(
            "loss,{loss},{i},{}\n",
            1_700_000_000_000i64 + i * 1000
        ));
        lines.push_str(&format!(
            "acc,{},{i},{}\n",
            i as f64 / 100.0,
            1_700_000_000_000i64 + i * 1000
        ));
    }
    env.mlf_stdin(
        &[
            "metrics", "log", "--run-id", &run, "--file", "-", "--format", "csv",
        ],
        &lines,
    )
    .ok();
    run
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The texts of an SVG's `<text>` elements.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let body = t.split_once('>')?.1;
            Some(body.split_once("</text>")?.0.trim().to_string())
        })
        .collect()
}

#[test]
fn off_a_terminal_without_a_file_is_a_usage_error() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    let r = env.mlf(&["metrics", "plot", "--run-id", &run, "--key", "loss"]);
    let err = r.fails(2);
    assert_eq!(r.stdout, "");
    assert!(!err.contains('\x1b') && err.contains("--svg"), "{r}");
    assert_eq!(err.lines().filter(|l| l.starts_with("error:")).count(), 1);
}

#[test]
fn svg_has_one_line_per_series_part_and_the_axis_range() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    env.mlf(&[
        "metrics", "plot", "--run-id", &run, "--key", "loss", "--key", "acc", "--svg", "c.svg",
    ])
    .ok();
    let svg = std::fs::read_to_string(env.path().join("c.svg")).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains(r#"width="1000""#),
        "{svg}"
    );
    // loss is two lines (the NaNs are a gap), acc one, and each has a legend sample.
    assert_eq!(count(&svg, r#"stroke-width="2""#), 3 + 2, "{svg}");
    let texts = svg_texts(&svg);
    for label in ["loss", "acc", "step", "value", "0", "100"] {
        assert!(
            texts.iter().any(|t| t == label),
            "no `{label}` in {texts:?}"
        );
    }
    // The y axis spans the values: 0 (acc at step 0) to 2 (loss at step 0).
    assert!(
        texts.iter().any(|t| t == "2.0") && texts.iter().any(|t| t == "0.0"),
        "{texts:?}"
    );
}

#[test]
fn png_decodes_at_its_size() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    env.mlf(&[
        "metrics", "plot", "--run-id", &run, "--key", "loss", "--png", "c.png",
    ])
    .ok();
    let file = std::fs::File::open(env.path().join("c.png")).unwrap();
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1000, 600));
    // Not blank: the line's blue is drawn.
    assert!(pixels.chunks(3).any(|p| p == [31, 119, 180]));
}

#[test]
fn a_filter_selects_the_runs_and_log_y_labels_values() {
    let env = TestEnv::new();
    let a = logged_run(&env, "alpha");
    logged_run(&env, "beta");
    env.mlf(&["params", "log", "--run-id", &a, "model=cnn"])
        .ok();
    env.mlf(&[
        "metrics",
        "plot",
        "--filter",
        "params.model = 'cnn'",
        "0",
        "--key",
        "loss",
        "--log-y",
        "--svg",
        "one.svg",
    ])
    .ok();
    let texts = svg_texts(&std::fs::read_to_string(env.path().join("one.svg")).unwrap());
    assert!(texts.contains(&"loss".to_string()), "{texts:?}");
    env.mlf(&[
        "metrics",
        "plot",
        "--filter",
        "attributes.status = 'RUNNING'",
        "--key",
        "loss",
        "--svg",
        "two.svg",
    ])
    .ok();
    let svg = std::fs::read_to_string(env.path().join("two.svg")).unwrap();
    let texts = svg_texts(&svg);
    assert!(
        texts.contains(&"alpha".into()) && texts.contains(&"beta".into()),
        "{texts:?}"
    );
    assert_eq!(count(&svg, r#"stroke-width="2""#), 2 * 2 + 2);
}

#[test]
fn errors_name_what_is_missing() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    let missing = "0123456789abcdef0123456789abcdef";
    env.mlf(&[
        "metrics", "plot", "--run-id", missing, "--key", "loss", "--svg", "x.svg",
    ])
    .fails(3);
    let r = env.mlf(&[
        "metrics", "plot", "--run-id", &run, "--key", "nope", "--svg", "x.svg",
    ]);
    assert!(r.fails(1).contains("nothing to plot"), "{r}");
    assert!(!env.path().join("x.svg").exists());
}

/// Runs `command` in a pseudo-terminal of 100×30 with this environment; returns the output
/// and the exit code.
fn in_a_terminal(env: &TestEnv, command: &str, timeout: Duration) -> (String, i32) {
    let line = format!("stty cols 100 rows 30; exec {command}");
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .current_dir(env.path())
        .env_clear();
    for (k, v) in env.command(&[]).get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(child, timeout);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Waits for a child at most `timeout`, killing it (and failing) past that.
fn wait_bounded(mut child: std::process::Child, timeout: Duration) -> std::process::Output {
    let deadline = Instant::now() + timeout;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "still running after {timeout:?}\n{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_terminal_gets_a_braille_chart() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    let mlf = env!("CARGO_BIN_EXE_mlf");
    let (out, code) = in_a_terminal(
        &env,
        &format!("{mlf} metrics plot --run-id {run} --key loss --key acc"),
        Duration::from_secs(30),
    );
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 29, "{out}");
    assert!(
        out.contains("loss") && out.contains("acc") && out.contains("step"),
        "{out}"
    );
    let braille = out
        .chars()
        .filter(|c| ('\u{2801}'..='\u{28ff}').contains(c))
        .count();
    assert!(braille > 100, "{out}");
    // NO_COLOR: no escape codes.
    assert!(!out.contains('\x1b'), "{out}");
}

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
