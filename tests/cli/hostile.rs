//! Secrets, files and names: passwords in tracking URIs never printed, the config written
//! through a fresh temp file, partial downloads removed on interruption and after kills,
//! artifact names and paths refused before anything moves, bounded echoes of bad input, long
//! values cut with a warning, malformed URIs refused at once, and error texts that say what
//! happened.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::TestEnv;
use crate::faults::{json_reply, Reply, Stub};
use crate::transfers::{hostile, no_partial_files, RUN};

const SECRET: &str = "S3cr3t-PW-9d1e";

#[test]
fn a_password_in_the_tracking_uri_is_never_printed() {
    let env = TestEnv::new();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    // A server that accepts and never answers, for the timeout.
    let hang = Stub::start(|_, _| Reply::Hang);
    let hang_port = hang.url.rsplit(':').next().unwrap().to_string();
    let mut outputs = Vec::new();
    for (port, extra) in [
        (closed.to_string(), vec![]),
        (hang_port, vec!["MLFLOW_HTTP_REQUEST_TIMEOUT"]),
    ] {
        let uri = format!("http://alice:{SECRET}@127.0.0.1:{port}");
        for args in [
            vec!["runs", "search"],
            vec!["experiments", "create", "-n", "x"],
            vec!["-o", "json", "config", "show"],
            vec!["config", "show"],
        ] {
            let mut cmd_args = vec!["--tracking-uri", uri.as_str()];
            cmd_args.extend(args);
            let mut e = TestEnv::new();
            e.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1");
            e.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.1");
            for var in &extra {
                e.env(var, "1");
            }
            let r = e.mlf(&cmd_args);
            outputs.push(format!("{}{}", r.stdout, r.stderr));
        }
        // The same URI from the environment.
        let mut e = TestEnv::new();
        e.env("MLFLOW_TRACKING_URI", &uri);
        e.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1");
        e.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.1");
        e.env("MLFLOW_HTTP_REQUEST_TIMEOUT", "1");
        let r = e.mlf(&["runs", "get", RUN]);
        outputs.push(format!("{}{}", r.stdout, r.stderr));
    }
    drop(env);
    for out in &outputs {
        assert!(!out.contains(SECRET), "the password leaked:\n{out}");
        assert!(!out.contains("panicked"), "{out}");
    }
    assert!(
        outputs.iter().any(|o| o.contains("127.0.0.1")),
        "{outputs:?}"
    );
    // The password is still used: as Basic credentials.
    let stub = Stub::start(|req, _| match req.header("authorization") {
        Some(h) if h.starts_with("Basic ") => json_reply(200, json!({"experiments": []})),
        _ => json_reply(
            401,
            json!({"error_code": "UNAUTHENTICATED", "message": "no"}),
        ),
    });
    let uri = stub
        .url
        .replace("http://", &format!("http://alice:{SECRET}@"));
    TestEnv::new()
        .mlf(&["--tracking-uri", &uri, "experiments", "search"])
        .ok();
}

#[test]
fn malformed_server_uris_are_usage_errors_at_once() {
    let env = TestEnv::new();
    for uri in [
        "http://",
        "http://[::1",
        "http://:5077",
        "http://127.0.0.1:99999",
    ] {
        let started = Instant::now();
        let e = env
            .mlf(&["--tracking-uri", uri, "runs", "search"])
            .fails(2)
            .to_string();
        assert!(started.elapsed() < Duration::from_secs(5), "{uri}: retried");
        assert!(e.contains("invalid tracking URI"), "{uri}: {e}");
    }
}

#[test]
fn config_login_never_follows_a_planted_symlink() {
    let env = TestEnv::new();
    let config = env.path().join("home/mlf.toml");
    let target = env.path().join("victim.txt");
    std::fs::write(&target, "untouched").unwrap();
    for name in ["mlf.toml.tmp", "mlf.tmp", ".mlf.toml.tmp"] {
        std::os::unix::fs::symlink(&target, config.with_file_name(name)).unwrap();
    }
    env.mlf_stdin(
        &["config", "login", "--profile", "team"],
        &format!("{SECRET}\n"),
    )
    .ok();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "untouched");
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains(SECRET), "{text}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&config).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let shown = env
        .mlf(&["config", "show", "--profile", "team"])
        .ok()
        .to_string();
    assert!(!shown.contains(SECRET), "{shown}");
}

/// A stub whose one artifact file `big.bin` sends its head and 1 MiB, then stalls.
fn stalling_stub() -> Stub {
    let mut bytes = b"HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n".to_vec();
    bytes.extend(vec![7u8; 1 << 20]);
    hostile(
        json!({"files": [{"path": "big.bin", "is_dir": false, "file_size": 100000000}]}),
        move |_| Reply::Stall(bytes.clone()),
    )
}

#[test]
fn interrupted_downloads_leave_no_partial_file() {
    let stub = stalling_stub();
    for signal in ["INT", "TERM"] {
        let mut env = stub.env();
        env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
        let child = env
            .command(&[
                "artifacts",
                "download",
                "--run-id",
                RUN,
                "--dst-path",
                "dst",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait for the partial file to appear, then interrupt.
        let dst = env.path().join("dst");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let partial = std::fs::read_dir(&dst)
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| e.file_name().to_string_lossy().ends_with(".mlf-partial"));
            if partial {
                break;
            }
            assert!(Instant::now() < deadline, "no download started");
            std::thread::sleep(Duration::from_millis(20));
        }
        let pid = child.id().to_string();
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let want = if signal == "INT" { 130 } else { 143 };
        assert_eq!(out.status.code(), Some(want), "{signal}");
        no_partial_files(&dst);
    }
}

#[test]
fn a_stalled_download_says_it_timed_out_and_stale_partials_go() {
    let stub = stalling_stub();
    let mut env = stub.env();
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    env.env("MLFLOW_HTTP_REQUEST_TIMEOUT", "1");
    // What a download killed hard left: a dead process's partial file, and a live one's.
    let dst = env.path().join("dst");
    std::fs::create_dir_all(&dst).unwrap();
    let uuid = "0123456789abcdef0123456789abcdef";
    let dead = dst.join(format!(".big.bin.2147483600.{uuid}.mlf-partial"));
    let live = dst.join(format!(
        ".big.bin.{}.{uuid}.mlf-partial",
        std::process::id()
    ));
    std::fs::write(&dead, vec![0u8; 4096]).unwrap();
    std::fs::write(&live, "x").unwrap();
    let e = env
        .mlf(&[
            "artifacts",
            "download",
            "--run-id",
            RUN,
            "--dst-path",
            "dst",
        ])
        .fails(1)
        .to_string();
    assert!(e.contains("timed out"), "{e}");
    assert!(!e.contains("temporarily unavailable"), "{e}");
    assert!(!dead.exists(), "a stale partial file stayed");
    assert!(live.exists(), "a live download's partial file was removed");
    std::fs::remove_file(&live).unwrap();
    no_partial_files(&dst);
}

#[test]
fn artifact_names_and_paths_are_checked_before_anything_moves() {
    use std::os::unix::ffi::OsStrExt;
    for env in TestEnv::local_stores() {
        let run = env.new_run("a");
        let folder = env.path().join("up");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("fine.txt"), "ok").unwrap();
        for raw in [&b"a\xff"[..], &b"a\xfe"[..]] {
            std::fs::write(folder.join(std::ffi::OsStr::from_bytes(raw)), raw).unwrap();
        }
        let e = env
            .mlf(&[
                "artifacts",
                "log",
                "--run-id",
                &run,
                folder.to_str().unwrap(),
            ])
            .fails(2)
            .to_string();
        assert!(e.contains("UTF-8"), "{e}");
        let listed = env
            .mlf(&["artifacts", "list", "--run-id", &run, "-o", "json"])
            .json();
        assert_eq!(listed["files"], json!([]), "something was uploaded");

        let file = env.path().join("f.txt");
        std::fs::write(&file, "x").unwrap();
        for bad in ["/abs/x", "../x", "a/../../x", "./a", "/"] {
            let e = env
                .mlf(&[
                    "artifacts",
                    "log",
                    "--run-id",
                    &run,
                    file.to_str().unwrap(),
                    "--artifact-path",
                    bad,
                ])
                .fails(2)
                .to_string();
            assert!(e.contains("--artifact-path"), "{bad}: {e}");
        }
        for bad in ["../../etc", "/etc"] {
            env.mlf(&[
                "artifacts",
                "download",
                "--run-id",
                &run,
                "--artifact-path",
                bad,
            ])
            .fails(2);
            env.mlf(&[
                "artifacts",
                "list",
                "--run-id",
                &run,
                "--artifact-path",
                bad,
            ])
            .fails(2);
        }
        // A name with a newline stays on one row in table and csv output.
        std::fs::write(env.path().join("two\nlines.txt"), "x").unwrap();
        env.mlf(&["artifacts", "log", "--run-id", &run, "two\nlines.txt"])
            .ok();
        let table = env
            .mlf(&["artifacts", "list", "--run-id", &run])
            .ok()
            .to_string();
        assert_eq!(table.lines().count(), 2, "{table}");
        assert!(table.contains("two\\nlines.txt"), "{table}");
        let csv = env
            .mlf(&["artifacts", "list", "--run-id", &run, "-o", "csv"])
            .ok()
            .to_string();
        assert_eq!(csv.lines().count(), 2, "{csv}");
        let json = env
            .mlf(&["artifacts", "list", "--run-id", &run, "-o", "json"])
            .json();
        assert_eq!(json["files"][0]["path"], "two\nlines.txt");
    }
}

#[test]
fn an_empty_artifact_location_is_refused() {
    let env = TestEnv::new();
    let run = env.new_run("a");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "UPDATE runs SET artifact_uri = '' WHERE run_uuid = ?1",
        [&run],
    )
    .unwrap();
    drop(conn);
    std::fs::write(env.path().join("f.txt"), "x").unwrap();
    let e = env
        .mlf(&["artifacts", "log", "--run-id", &run, "f.txt"])
        .fails(1)
        .to_string();
    assert!(e.contains("artifact location"), "{e}");
    let written: Vec<_> = std::fs::read_dir(env.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !written.iter().any(|n| n.contains("f.txt") && n != "f.txt"),
        "{written:?}"
    );
}

#[test]
fn errors_echo_input_in_bounded_pieces() {
    let env = TestEnv::new();
    let id = "a".repeat(10_000);
    let e = env.mlf(&["runs", "get", &id]).stderr;
    assert!(e.len() < 1500, "{} bytes of stderr", e.len());
    assert!(e.contains('…'), "{e}");
    let run = env.new_run("e");
    let line = format!(
        "{{\"key\": \"k\", \"value\": \"{}\"}}",
        "x".repeat(20 << 20)
    );
    std::fs::write(env.path().join("huge.jsonl"), &line).unwrap();
    let r = env.mlf(&["metrics", "log", "--run-id", &run, "--file", "huge.jsonl"]);
    assert_eq!(r.code, 2, "{}", &r.stderr[..r.stderr.len().min(500)]);
    assert!(r.stderr.len() < 3000, "{} bytes of stderr", r.stderr.len());
    assert!(r.stderr.contains("line 1"), "{}", r.stderr);
}

#[test]
fn error_texts_say_what_happened() {
    let env = TestEnv::new();
    env.new_run("x");
    // A full stdout names stdout.
    let out = env
        .command(&["experiments", "search"])
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("stdout"), "{err}");
    // An unreadable folder says permission denied (unless running as root, who reads anyway).
    let locked = env.path().join("locked");
    std::fs::create_dir_all(locked.join("mlruns/0")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        locked.join("mlruns"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let readable = std::fs::read_dir(locked.join("mlruns")).is_ok();
    let r = env.mlf(&[
        "--tracking-uri",
        locked.join("mlruns").to_str().unwrap(),
        "experiments",
        "search",
    ]);
    std::fs::set_permissions(
        locked.join("mlruns"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    if !readable {
        assert_eq!(r.code, 1, "{r}");
        assert!(r.stderr.to_lowercase().contains("permission denied"), "{r}");
    }
    // A filter too large for SQLite is bad input.
    let filter = (0..3000)
        .map(|i| format!("params.p{i} = 'x'"))
        .collect::<Vec<_>>()
        .join(" AND ");
    let e = env
        .mlf(&["runs", "search", "--filter", &filter])
        .fails(2)
        .to_string();
    assert!(e.contains("too large"), "{e}");
    // A database error's cause is said once.
    std::fs::write(env.path().join("junk.db"), vec![b'x'; 4096]).unwrap();
    let e = env
        .mlf(&["--tracking-uri", "sqlite:///junk.db", "runs", "search"])
        .stderr;
    for line in e.lines() {
        assert_eq!(
            e.matches(line.trim_start_matches("  caused by: ")).count(),
            1,
            "{e}"
        );
    }
}
