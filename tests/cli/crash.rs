//! Nothing torn, nothing lost: bulk ingests killed with SIGKILL at random moments, bad last
//! lines of big inputs, racing writers of one run, and experiments created by many processes
//! at once, on the file store (and SQLite where the same promise holds). Every loop is
//! bounded in count and time.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{python, run_python, TestEnv};

/// A small deterministic generator, so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Writes `n` points over 4 keys as JSON lines; returns the path.
fn points(env: &TestEnv, name: &str, n: usize, bad_last: bool) -> std::path::PathBuf {
    use std::io::Write;
    let path = env.path().join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..n {
        writeln!(
            f,
            "{{\"key\": \"k{}\", \"value\": {}.25, \"step\": {i}, \"timestamp\": {}}}",
            i % 4,
            i,
            1_700_000_000_000u64 + i as u64
        )
        .unwrap();
    }
    if bad_last {
        writeln!(f, "{{\"key\": \"k0\", \"value\": \"oops\"}}").unwrap();
    }
    path
}

/// Points of each of the 4 keys as mlf reads them; fails if any read fails.
fn counts(env: &TestEnv, run: &str) -> Vec<usize> {
    (0..4)
        .map(|k| {
            let h = env
                .mlf(&[
                    "metrics",
                    "history",
                    &format!("k{k}"),
                    "--run-id",
                    run,
                    "-o",
                    "json",
                ])
                .json();
            h["metrics"].as_array().unwrap().len()
        })
        .collect()
}

/// Points of each key as stored, after one mlf read of the run (which must succeed, and
/// repairs what a killed writer left): lines of the metric files, or rows in SQLite.
fn stored_counts(env: &TestEnv, run: &str) -> Vec<usize> {
    env.mlf(&["runs", "get", run]).ok();
    (0..4)
        .map(|k| {
            if env.tracking_uri().starts_with("file:") {
                match std::fs::read(run_folder(env, run).join("metrics").join(format!("k{k}"))) {
                    Ok(b) => {
                        assert!(b.is_empty() || b.ends_with(b"\n"), "torn metric file");
                        b.iter().filter(|c| **c == b'\n').count()
                    }
                    Err(_) => 0,
                }
            } else {
                env.count(&format!(
                    "SELECT count(*) FROM metrics WHERE run_uuid = '{run}' AND key = 'k{k}'"
                )) as usize
            }
        })
        .collect()
}

/// The file that exists while a store is writing: the file store's journal in the run folder,
/// SQLite's rollback journal beside the database.
fn write_marker(env: &TestEnv, run: &str) -> std::path::PathBuf {
    if env.tracking_uri().starts_with("file:") {
        run_folder(env, run).join(".mlf-journal")
    } else {
        env.path().join("mlflow.db-journal")
    }
}

/// Waits for `child` to start writing (its marker appears), then kills it after `delay`;
/// returns whether it was killed while writing, or `None` when it finished first.
fn kill_while_writing(mut child: Child, marker: &std::path::Path, delay: Duration) -> Option<bool> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !marker.exists() {
        if child.try_wait().unwrap().is_some() {
            return None;
        }
        assert!(
            Instant::now() < deadline,
            "the ingest never started writing"
        );
        std::thread::sleep(Duration::from_micros(200));
    }
    std::thread::sleep(delay);
    let writing = marker.exists();
    if child.try_wait().unwrap().is_some() {
        return None;
    }
    let _ = child.kill();
    let _ = child.wait();
    Some(writing)
}

/// Kills bulk ingests at random moments of their write phase; after each kill the run holds
/// all of the points or none, every read succeeds, and the next ingest lands whole (not glued
/// to a torn line). Returns (kills, kills while writing, ingests that finished).
fn kill_loop(env: &TestEnv) -> (usize, usize, usize) {
    const N: usize = 200_000;
    let file = points(env, "big.jsonl", N, false);
    let ingest = |run: &str| {
        env.command(&[
            "metrics",
            "log",
            "--run-id",
            run,
            "--file",
            file.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
    };
    // How long the write phase of an uninterrupted ingest takes here, to aim the kills.
    let probe = env.new_run("probe");
    let marker = write_marker(env, &probe);
    let mut child = ingest(&probe);
    while !marker.exists() && child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_micros(200));
    }
    let began = Instant::now();
    child.wait().unwrap();
    let write_phase = began.elapsed().max(Duration::from_millis(2));
    let run = env.new_run("crash");
    let marker = write_marker(env, &run);
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (mut kills, mut while_writing, mut whole) = (0, 0, 0);
    let mut expected = 0usize;
    // Bounded by tries and by time; on a loaded machine each try takes longer, so the loop
    // stops once enough kills landed while writing rather than after a fixed count.
    let deadline = Instant::now() + Duration::from_secs(480);
    for _ in 0..30 {
        if while_writing >= 8 || Instant::now() > deadline {
            break;
        }
        let delay = write_phase.mul_f64((rng.next() % 1000) as f64 / 1000.0);
        match kill_while_writing(ingest(&run), &marker, delay) {
            Some(writing) => {
                kills += 1;
                while_writing += usize::from(writing);
            }
            None => whole += 1,
        }
        // All or nothing: every key holds the same whole number of ingests, never fewer
        // than before. (A kill can land after the commit, before the process exits.)
        let c = stored_counts(env, &run);
        assert!(
            c.iter().all(|n| *n == c[0]) && c[0].is_multiple_of(N / 4) && c[0] >= expected,
            "after {kills} kill(s): {c:?}, expected at least {expected} of each, whole ingests"
        );
        expected = c[0];
    }
    // mlf's own reads agree, point for point.
    assert_eq!(counts(env, &run), vec![expected; 4]);
    // The next ingest after all of that lands whole and reads back exactly.
    let small = env.path().join("small.csv");
    std::fs::write(&small, "k0,0.5,999999,1800000000000\n").unwrap();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &run,
        "--file",
        small.to_str().unwrap(),
    ])
    .ok();
    let h = env
        .mlf(&["metrics", "history", "k0", "--run-id", &run, "-o", "json"])
        .json();
    let last = h["metrics"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (
            last["step"].as_i64(),
            last["timestamp"].as_i64(),
            last["value"].as_f64()
        ),
        (Some(999999), Some(1800000000000), Some(0.5))
    );
    (kills, while_writing, whole)
}

/// The folder of a run in a file store.
fn run_folder(env: &TestEnv, run: &str) -> std::path::PathBuf {
    let root = env.path().join("mlruns");
    for exp in std::fs::read_dir(&root).unwrap().flatten() {
        let dir = exp.path().join(run);
        if dir.is_dir() {
            return dir;
        }
    }
    panic!("no folder for run {run}");
}

#[test]
fn killed_ingests_are_all_or_nothing_on_a_file_store() {
    let env = TestEnv::file_store();
    let (kills, mid_write, whole) = kill_loop(&env);
    assert!(
        mid_write >= 5,
        "only {mid_write} of {kills} kills landed while writing"
    );
    // Python MLflow reads every metric of every run without complaint.
    if let Some(py) = python("3.18.0") {
        let envs = env.python_env();
        let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let out = run_python(
            &py,
            env.path(),
            "from mlflow import MlflowClient\nc = MlflowClient()\nfor r in c.search_runs([e.experiment_id for e in c.search_experiments()]):\n    for k in r.data.metrics:\n        print(r.info.run_id, k, len(c.get_metric_history(r.info.run_id, k)))\n",
            &envs,
        );
        assert!(out.lines().count() >= 4, "{out}");
    }
    #[allow(clippy::print_stderr)]
    {
        eprintln!("file store kill loop: {kills} kills ({mid_write} while writing, rolled back), {whole} whole ingests, 0 torn");
    }
}

#[test]
fn killed_ingests_are_all_or_nothing_on_sqlite() {
    let env = TestEnv::new();
    let (kills, mid_write, whole) = kill_loop(&env);
    assert!(
        mid_write >= 5,
        "only {mid_write} of {kills} kills landed while writing"
    );
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    #[allow(clippy::print_stderr)]
    {
        eprintln!("sqlite kill loop: {kills} kills ({mid_write} while writing), {whole} whole ingests, integrity ok");
    }
}

/// Peak resident memory of a finished command, from `/usr/bin/time`.
fn peak_kb(env: &TestEnv, args: &[&str]) -> (i32, u64) {
    let mut cmd = std::process::Command::new("/usr/bin/time");
    cmd.arg("-f")
        .arg("PEAK %M")
        .arg(env!("CARGO_BIN_EXE_mlf"))
        .args(args);
    let probe = env.command(&[]);
    cmd.env_clear().current_dir(env.path());
    for (k, v) in probe.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let peak = err
        .lines()
        .find_map(|l| l.strip_prefix("PEAK "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak in {err}"));
    (out.status.code().unwrap_or(-1), peak)
}

#[test]
fn a_bad_last_line_writes_nothing_and_memory_stays_flat() {
    for env in TestEnv::local_stores() {
        let run = env.new_run("bad");
        let file = points(&env, "bad.jsonl", 400_000, true);
        let (code, peak) = peak_kb(
            &env,
            &[
                "metrics",
                "log",
                "--run-id",
                &run,
                "--file",
                file.to_str().unwrap(),
            ],
        );
        assert_eq!(code, 2);
        assert_eq!(counts(&env, &run), [0, 0, 0, 0]);
        assert!(peak < 40_000, "peak RSS {peak} kB for a 400,000-line input");
    }
}

/// Runs two commands at the same moment and returns their exit codes.
fn race(env: &TestEnv, a: &[&str], b: &[&str]) -> (i32, i32) {
    let spawn = |args: &[&str]| {
        env.command(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (ca, cb) = (spawn(a), spawn(b));
    let code = |c: Child| c.wait_with_output().unwrap().status.code().unwrap_or(-1);
    (code(ca), code(cb))
}

#[test]
fn racing_writers_lose_nothing() {
    for env in TestEnv::local_stores() {
        let run = env.new_run("race");
        for i in 0..30 {
            let key = format!("k{i}");
            let (a, b) = race(
                &env,
                &["params", "log", "--run-id", &run, &format!("{key}=A")],
                &["params", "log", "--run-id", &run, &format!("{key}=B")],
            );
            let mut codes = [a, b];
            codes.sort();
            assert_eq!(codes, [0, 1], "round {i}: both or neither won: {a} {b}");
        }
        for i in 0..30 {
            let run = env.new_run("race");
            let name = format!("renamed-{i}");
            let (a, b) = race(
                &env,
                &["runs", "end", "--run-id", &run],
                &[
                    "tags",
                    "set",
                    "--run-id",
                    &run,
                    &format!("mlflow.runName={name}"),
                ],
            );
            assert_eq!((a, b), (0, 0), "round {i}");
            let r = env.mlf(&["runs", "get", &run, "-o", "json"]).json();
            assert_eq!(r["run"]["info"]["status"], "FINISHED", "round {i}");
            assert_eq!(r["run"]["info"]["run_name"], Value::from(name), "round {i}");
        }
    }
}

#[test]
fn experiments_appear_only_complete() {
    let env = TestEnv::file_store();
    env.mlf(&["experiments", "search"]).ok();
    let mut children = Vec::new();
    for i in 0..24 {
        let args: Vec<String> = if i % 3 == 0 {
            vec![
                "experiments".into(),
                "search".into(),
                "--view".into(),
                "all".into(),
            ]
        } else {
            vec![
                "runs".into(),
                "create".into(),
                "--experiment-name".into(),
                format!("shared-{}", i % 2),
            ]
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        children.push(
            env.command(&args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
    }
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert!(!err.contains("warning"), "{err}");
    }
    let exps = env.mlf(&["experiments", "search", "-o", "json"]).json();
    assert_eq!(exps["experiments"].as_array().unwrap().len(), 3);
}
