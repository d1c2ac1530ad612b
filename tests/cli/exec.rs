//! `mlf runs exec -- CMD`: the command logs into the run (Python's `mlflow.start_run()` and
//! `mlf` in a shell), its exit ends the run, its bytes pass unchanged and are kept, signals
//! are passed on, a terminal stays a terminal, and provenance and system metrics are logged.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{python, server_env, TestEnv};

/// The env of a test with mlf itself on PATH (for shell children).
fn env_with_mlf(mut env: TestEnv) -> TestEnv {
    let dir = std::path::Path::new(env!("CARGO_BIN_EXE_mlf"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    env.env("PATH", &path);
    env
}

fn only_run(env: &TestEnv) -> Value {
    let runs = env
        .mlf(&["runs", "search", "--view", "all", "-o", "json"])
        .json();
    let runs = runs["runs"].as_array().unwrap().clone();
    assert_eq!(runs.len(), 1, "{runs:?}");
    runs[0].clone()
}

fn tag<'a>(run: &'a Value, key: &str) -> Option<&'a str> {
    run["data"]["tags"]
        .as_array()?
        .iter()
        .find(|t| t["key"] == key)?["value"]
        .as_str()
}

fn metric(run: &Value, key: &str) -> Option<f64> {
    run["data"]["metrics"]
        .as_array()?
        .iter()
        .find(|m| m["key"] == key)?["value"]
        .as_f64()
}

/// A Python child attaches to the run mlf created and logs into it, on SQLite and through a
/// real server.
#[test]
fn a_python_child_logs_into_the_run() {
    let Some(py) = python("3.18.0") else { return };
    let script = "import mlflow\nwith mlflow.start_run() as r:\n    mlflow.log_metric('acc', 0.875, step=2)\n    mlflow.log_param('from_python', 'yes')\nprint(r.info.run_id)";
    for env in [Some(TestEnv::new()), server_env()].into_iter().flatten() {
        let mut env = env;
        env.env("PYTHONWARNINGS", "ignore");
        env.env("GIT_PYTHON_REFRESH", "quiet");
        let name = crate::common::unique("exec-py");
        let r = env.mlf(&[
            "runs",
            "exec",
            "--experiment-name",
            &name,
            "--param",
            "lr=0.01",
            "--",
            py.to_str().unwrap(),
            "-c",
            script,
        ]);
        let child_run = r.ok().trim().lines().last().unwrap_or_default().to_string();
        let runs = env
            .mlf(&["runs", "search", "--experiment-name", &name, "-o", "json"])
            .json();
        let runs = runs["runs"].as_array().unwrap();
        assert_eq!(runs.len(), 1, "the child made a run of its own: {runs:?}");
        let run = &runs[0];
        assert_eq!(run["info"]["run_id"], child_run.as_str());
        assert_eq!(run["info"]["status"], "FINISHED");
        assert_eq!(metric(run, "acc"), Some(0.875));
        let params = crate::common::key_values(&run["data"]["params"]);
        assert_eq!(params["lr"], "0.01");
        assert_eq!(params["from_python"], "yes");
        assert!(r.stderr.contains(&child_run), "{}", r.stderr);
    }
}

#[test]
fn a_shell_child_logs_with_mlf_and_exit_codes_decide_the_status() {
    for env in TestEnv::local_stores() {
        let env = env_with_mlf(env);
        let r = env.mlf(&[
            "runs",
            "exec",
            "--",
            "sh",
            "-c",
            "mlf metrics log loss=0.25 --step 3 && echo done",
        ]);
        assert_eq!(r.ok(), "done\n");
        let run = only_run(&env);
        assert_eq!(run["info"]["status"], "FINISHED");
        assert_eq!(metric(&run, "loss"), Some(0.25));
        assert!(run["info"]["end_time"].as_i64().is_some());
        let id = run["info"]["run_id"].as_str().unwrap().to_string();
        // Resumed, the same run is RUNNING while the command runs, and ends by its exit.
        let r = env.mlf(&[
            "runs",
            "exec",
            "--run-id",
            &id,
            "--",
            "sh",
            "-c",
            "mlf runs get -o json; exit 7",
        ]);
        assert_eq!(r.code, 7, "{r}");
        let during: Value = serde_json::from_str(r.stdout.trim()).unwrap();
        assert_eq!(during["run"]["info"]["status"], "RUNNING");
        let run = only_run(&env);
        assert_eq!(run["info"]["status"], "FAILED");
        assert_eq!(metric(&run, "loss"), Some(0.25));
    }
}

#[test]
fn commands_that_cannot_start_exit_127_and_126() {
    let env = TestEnv::new();
    let r = env.mlf(&["runs", "exec", "--", "no-such-command-here"]);
    assert_eq!(r.code, 127, "{r}");
    assert!(r.stderr.contains("no-such-command-here"), "{r}");
    assert_eq!(only_run(&env)["info"]["status"], "FAILED");
    let file = env.path().join("not-executable");
    std::fs::write(&file, "#!/bin/sh\necho hi\n").unwrap();
    let r = env.mlf(&["runs", "exec", "--", file.to_str().unwrap()]);
    assert_eq!(r.code, 126, "{r}");
}

#[test]
fn output_passes_unchanged_and_is_kept() {
    let env = TestEnv::new();
    // Bytes a terminal would mangle: CR, LF, NUL, invalid UTF-8, no final newline.
    let script = r#"printf 'a\r\nb\n\000\377tail'; printf 'to stderr\n' >&2"#;
    let out = env
        .command(&["runs", "exec", "--", "sh", "-c", script])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, b"a\r\nb\n\x00\xfftail");
    assert!(String::from_utf8_lossy(&out.stderr).contains("to stderr"));
    let run = only_run(&env);
    let id = run["info"]["run_id"].as_str().unwrap();
    env.mlf(&["artifacts", "download", "--run-id", id, "--dst-path", "got"])
        .ok();
    assert_eq!(
        std::fs::read(env.path().join("got/logs/stdout.txt")).unwrap(),
        b"a\r\nb\n\x00\xfftail"
    );
    assert_eq!(
        std::fs::read(env.path().join("got/logs/stderr.txt")).unwrap(),
        b"to stderr\n"
    );
    // --no-capture keeps nothing.
    let env = TestEnv::new();
    env.mlf(&["runs", "exec", "--no-capture", "--", "true"])
        .ok();
    let id = only_run(&env)["info"]["run_id"]
        .as_str()
        .unwrap()
        .to_string();
    let files = env
        .mlf(&["artifacts", "list", "--run-id", &id, "-o", "json"])
        .json();
    assert_eq!(files["files"], serde_json::json!([]));
}

#[test]
fn a_flood_of_output_does_not_grow_memory() {
    let env = TestEnv::new();
    let mut cmd = std::process::Command::new("/usr/bin/time");
    cmd.arg("-f").arg("PEAK %M").arg(env!("CARGO_BIN_EXE_mlf"));
    cmd.args([
        "runs",
        "exec",
        "--",
        "sh",
        "-c",
        "head -c 300000000 /dev/zero",
    ]);
    let probe = env.command(&[]);
    cmd.env_clear().current_dir(env.path());
    for (k, v) in probe.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    let out = cmd.stdout(Stdio::null()).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let peak: u64 = err
        .lines()
        .find_map(|l| l.strip_prefix("PEAK "))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(out.status.success(), "{err}");
    assert!(peak < 30_000, "peak RSS {peak} kB for 300 MB of output");
    let id = only_run(&env)["info"]["run_id"]
        .as_str()
        .unwrap()
        .to_string();
    let files = env
        .mlf(&[
            "artifacts",
            "list",
            "--run-id",
            &id,
            "--artifact-path",
            "logs",
            "-o",
            "json",
        ])
        .json();
    let size = files["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "logs/stdout.txt")
        .unwrap()["file_size"]
        .clone();
    assert_eq!(size, 300_000_000);
}

/// Waits until the run is RUNNING and its command has started (it writes `started`).
fn wait_started(env: &TestEnv) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !env.path().join("started").exists() {
        assert!(Instant::now() < deadline, "the command did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn signals_are_passed_on_and_end_the_run_killed() {
    for (signal, code) in [("TERM", 143), ("INT", 130), ("HUP", 129)] {
        let env = TestEnv::new();
        let child = env
            .command(&[
                "runs",
                "exec",
                "--",
                "sh",
                "-c",
                "touch started; exec sleep 30",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_started(&env);
        let started = Instant::now();
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{signal}: not passed on"
        );
        assert_eq!(
            out.status.code(),
            Some(code),
            "{signal}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(only_run(&env)["info"]["status"], "KILLED", "{signal}");
    }
}

#[test]
fn mlf_killed_hard_leaves_the_run_running_and_the_store_whole() {
    let env = TestEnv::new();
    let mut child = env
        .command(&["runs", "exec", "--", "sh", "-c", "touch started; sleep 3"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_started(&env);
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(only_run(&env)["info"]["status"], "RUNNING");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn a_terminal_stays_a_terminal() {
    let env = TestEnv::new();
    let mlf = env!("CARGO_BIN_EXE_mlf");
    let line = format!("exec {mlf} runs exec -- sh -c '[ -t 1 ] && echo tty-out; [ -t 2 ] && echo tty-err >&2; printf \"x\\ny\\n\"'");
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .current_dir(env.path())
        .env_clear();
    for (k, v) in env.command(&[]).get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    let out = cmd.stdin(Stdio::null()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("tty-out") && text.contains("tty-err"),
        "{text}"
    );
    // Off a terminal, a pipe.
    let r = env.mlf(&["runs", "exec", "--", "sh", "-c", "[ -t 1 ] || echo piped"]);
    assert_eq!(r.ok(), "piped\n");
    // The copy holds the command's bytes, without a terminal's CR.
    let runs = env.mlf(&["runs", "search", "-o", "json"]).json();
    let first = runs["runs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| tag(r, "mlflow.source.name").is_some_and(|s| s.contains("tty-out")))
        .unwrap()
        .clone();
    let id = first["info"]["run_id"].as_str().unwrap();
    env.mlf(&["artifacts", "download", "--run-id", id, "--dst-path", "tty"])
        .ok();
    assert_eq!(
        std::fs::read_to_string(env.path().join("tty/logs/stdout.txt")).unwrap(),
        "tty-out\nx\ny\n"
    );
}

#[test]
fn provenance_tags_as_start_run_sets_them() {
    let env = TestEnv::new();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(env.path())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@e")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@e")
            .output()
            .unwrap();
        assert!(ok.status.success(), "{ok:?}");
        String::from_utf8_lossy(&ok.stdout).trim().to_string()
    };
    git(&["init", "-q", "-b", "trainer"]);
    git(&[
        "remote",
        "add",
        "origin",
        "https://example.com/team/models.git",
    ]);
    git(&["commit", "-q", "--allow-empty", "-m", "x"]);
    let head = git(&["rev-parse", "HEAD"]);
    env.mlf(&[
        "runs",
        "exec",
        "--run-name",
        "nightly",
        "--tag",
        "team=ml",
        "--",
        "echo",
        "hello world",
    ])
    .ok();
    let run = only_run(&env);
    assert_eq!(tag(&run, "mlflow.source.name"), Some("echo 'hello world'"));
    assert_eq!(tag(&run, "mlflow.source.type"), Some("LOCAL"));
    assert_eq!(tag(&run, "mlflow.source.git.commit"), Some(head.as_str()));
    assert_eq!(tag(&run, "mlflow.source.git.branch"), Some("trainer"));
    assert_eq!(
        tag(&run, "mlflow.source.git.repoURL"),
        Some("https://example.com/team/models.git")
    );
    assert_eq!(tag(&run, "mlflow.user"), Some("tester"));
    assert_eq!(tag(&run, "mlflow.runName"), Some("nightly"));
    assert_eq!(tag(&run, "team"), Some("ml"));
}

#[test]
fn system_metrics_under_mlflows_names() {
    let mut env = TestEnv::new();
    env.env("MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING", "true");
    env.mlf(&[
        "runs",
        "exec",
        "--sampling-interval",
        "0.2",
        "--",
        "sleep",
        "1.5",
    ])
    .ok();
    let run = only_run(&env);
    let id = run["info"]["run_id"].as_str().unwrap();
    for key in [
        "system/cpu_utilization_percentage",
        "system/system_memory_usage_megabytes",
        "system/system_memory_usage_percentage",
        "system/disk_usage_percentage",
        "system/disk_usage_megabytes",
        "system/disk_available_megabytes",
        "system/network_receive_megabytes",
        "system/network_transmit_megabytes",
    ] {
        let h = env
            .mlf(&["metrics", "history", key, "--run-id", id, "-o", "json"])
            .json();
        let points = h["metrics"].as_array().unwrap();
        assert!(points.len() >= 3, "{key}: {points:?}");
        let steps: Vec<i64> = points.iter().map(|p| p["step"].as_i64().unwrap()).collect();
        assert_eq!(steps, (0..steps.len() as i64).collect::<Vec<_>>(), "{key}");
    }
    let h = env
        .mlf(&[
            "metrics",
            "history",
            "system/system_memory_usage_percentage",
            "--run-id",
            id,
            "-o",
            "json",
        ])
        .json();
    let v = h["metrics"][0]["value"].as_f64().unwrap();
    assert!(v > 0.0 && v <= 100.0, "{v}");
}

#[test]
fn nothing_runs_when_the_store_cannot_be_reached() {
    let mut env = TestEnv::new();
    env.env(
        "MLFLOW_TRACKING_URI",
        &format!("http://127.0.0.1:{}", crate::common::free_port()),
    );
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let r = env.mlf(&["runs", "exec", "--", "touch", "ran"]);
    r.fails(1);
    assert!(!env.path().join("ran").exists());
}
