//! Test harness: a temp folder, the `mlf` binary run with a clean environment, and the
//! Python MLflow interpreter for interop tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temp folder in which `mlf` runs with a clean environment.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
    envs: Vec<(String, String)>,
}

/// What one `mlf` invocation did.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "expected success\n{self}");
        &self.stdout
    }

    /// Asserts the exit code and that the error is one `error:` line (plus caused-by lines).
    #[track_caller]
    pub fn fails(&self, code: i32) -> &str {
        assert_eq!(self.code, code, "unexpected exit code\n{self}");
        assert!(self.stderr.starts_with("error: "), "no error line\n{self}");
        assert!(!self.stderr.contains("panicked"), "panic\n{self}");
        &self.stderr
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        let out = self.ok();
        serde_json::from_str(out).unwrap_or_else(|e| panic!("stdout is not JSON ({e})\n{self}"))
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}--- stderr ---\n{}[exit status: {}]",
            self.stdout, self.stderr, self.code
        )
    }
}

impl TestEnv {
    /// Returns a fresh environment whose store is the default `./mlflow.db`.
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        let envs = vec![
            ("HOME".into(), home.display().to_string()),
            (
                "MLF_CONFIG".into(),
                home.join("mlf.toml").display().to_string(),
            ),
            ("NO_COLOR".into(), "1".into()),
            ("COLUMNS".into(), "100".into()),
            ("USER".into(), "tester".into()),
            ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
        ];
        TestEnv { dir, envs }
    }

    /// Returns a fresh environment whose store is a file store, `file://<dir>/mlruns`.
    pub fn file_store() -> TestEnv {
        let mut env = TestEnv::new();
        let uri = format!("file://{}/mlruns", env.path().display());
        env.env("MLFLOW_TRACKING_URI", &uri);
        env
    }

    /// One fresh environment per local store (SQLite, file store), for tests whose every
    /// expectation holds on both.
    pub fn local_stores() -> [TestEnv; 2] {
        [TestEnv::new(), TestEnv::file_store()]
    }

    /// Returns the temp folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Returns the tracking URI Python MLflow uses for this environment's store.
    pub fn tracking_uri(&self) -> String {
        self.envs
            .iter()
            .find(|(k, _)| k == "MLFLOW_TRACKING_URI")
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| format!("sqlite:///{}", self.db().display()))
    }

    /// Returns the environment Python MLflow needs to use this environment's store.
    pub fn python_env(&self) -> Vec<(String, String)> {
        vec![
            ("MLFLOW_TRACKING_URI".into(), self.tracking_uri()),
            ("MLFLOW_ALLOW_FILE_STORE".into(), "true".into()),
        ]
    }

    /// Returns the default database path.
    pub fn db(&self) -> PathBuf {
        self.path().join("mlflow.db")
    }

    /// Sets an environment variable for later invocations.
    pub fn env(&mut self, key: &str, value: &str) {
        self.envs.retain(|(k, _)| k != key);
        self.envs.push((key.into(), value.into()));
    }

    /// Returns a `Command` for `mlf` with this environment.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlf"));
        cmd.args(args)
            .current_dir(self.path())
            .env_clear()
            .stdin(Stdio::null());
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd
    }

    /// Runs `mlf` with these arguments.
    pub fn mlf(&self, args: &[&str]) -> Run {
        to_run(self.command(args).output().expect("run mlf"))
    }

    /// Runs `mlf` with these arguments and extra environment variables for this one call.
    pub fn mlf_with(&self, envs: &[(&str, &str)], args: &[&str]) -> Run {
        let mut cmd = self.command(args);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        to_run(cmd.output().expect("run mlf"))
    }

    /// Runs `mlf` with `input` on stdin.
    pub fn mlf_stdin(&self, args: &[&str], input: &str) -> Run {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn mlf");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        to_run(child.wait_with_output().unwrap())
    }

    /// Creates a run in a new or existing experiment and returns its id.
    pub fn new_run(&self, experiment: &str) -> String {
        self.mlf(&["runs", "create", "--experiment-name", experiment])
            .ok()
            .trim()
            .to_string()
    }

    /// Counts rows of a table in the default database.
    pub fn count(&self, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

fn to_run(o: Output) -> Run {
    Run {
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o.status.code().unwrap_or(-1),
    }
}

/// Returns the Python interpreter of a virtualenv with MLflow `version` installed, or `None`
/// (after saying the test is skipped) when there is none. Under `CI=true` a missing Python
/// MLflow fails the test instead.
pub fn python(version: &str) -> Option<PathBuf> {
    let var = match version {
        "3.17.2" => "MLF_TEST_PYTHON_317",
        v if v.starts_with("2.") => "MLF_TEST_PYTHON_2",
        _ => "MLF_TEST_PYTHON",
    };
    let candidate = std::env::var_os(var).map(PathBuf::from).or_else(|| {
        let home = std::env::var_os("HOME")?;
        Some(PathBuf::from(home).join(format!(".cache/mlf/mlflow-{version}/bin/python")))
    });
    if let Some(p) = candidate.filter(|p| p.exists()) {
        return Some(p);
    }
    let msg = format!(
        "Python MLflow {version} not found (set {var} or run scripts/test.sh, which installs it)"
    );
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{msg}; CI requires the interop tests");
    }
    #[allow(clippy::print_stderr)] // the skip notice is the point
    {
        eprintln!("skipped: {msg}");
    }
    None
}

/// Runs a Python script with MLflow in `dir` and returns its stdout; panics on failure.
pub fn run_python(python: &Path, dir: &Path, script: &str, envs: &[(&str, &str)]) -> String {
    let out = python_output(python, dir, script, envs);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "python failed\n--- stdout ---\n{stdout}\n--- stderr ---\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// Runs a Python script that must fail and returns its stderr; panics if it succeeds.
pub fn python_fails(python: &Path, dir: &Path, script: &str, envs: &[(&str, &str)]) -> String {
    let out = python_output(python, dir, script, envs);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success(),
        "python succeeded\n--- stdout ---\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    stderr
}

fn python_output(python: &Path, dir: &Path, script: &str, envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(python);
    cmd.arg("-c")
        .arg(script)
        .current_dir(dir)
        .env_remove("MLFLOW_TRACKING_URI")
        .env("PYTHONWARNINGS", "ignore")
        .env("GIT_PYTHON_REFRESH", "quiet");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("run python")
}

/// A real `mlflow server` on 127.0.0.1, started once per test process and stopped when the
/// process exits (a watchdog shell kills it when this process is gone).
pub struct MlflowServer {
    pub url: String,
    pub dir: PathBuf,
}

static SERVER: std::sync::OnceLock<Option<MlflowServer>> = std::sync::OnceLock::new();

/// Returns a free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `command` in its own session (`setsid`), whose process group is killed when this
/// test process exits.
pub fn spawn_guarded(command: &[String], dir: &Path, log: &Path) -> std::process::Child {
    let script = r#"parent=$1; shift; setsid "$@" & child=$!; trap 'kill -- -$child 2>/dev/null; exit 0' TERM INT
while kill -0 "$parent" 2>/dev/null; do sleep 1; done; kill -- -$child 2>/dev/null; sleep 1; kill -9 -- -$child 2>/dev/null"#;
    let log = std::fs::File::create(log).unwrap();
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg("sh")
        .arg(std::process::id().to_string())
        .args(command)
        .current_dir(dir)
        .env("PYTHONWARNINGS", "ignore")
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("spawn server")
}

/// Waits until `GET url/health`-like `path` answers, or panics with the server log.
pub fn wait_http(port: u16, path: &str, log: &Path, secs: u64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if http_get(port, path).is_some_and(|b| b.starts_with("HTTP/1.1 200")) {
            return;
        }
        if std::time::Instant::now() > deadline {
            panic!(
                "server on port {port} did not start:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
}

/// Sends a plain GET to 127.0.0.1 and returns the whole response, or `None` if no connection.
pub fn http_get(port: u16, path: &str) -> Option<String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut body = String::new();
    s.read_to_string(&mut body).ok()?;
    Some(body)
}

/// Returns the shared MLflow 3.18 server (SQLite backend, serving artifacts), or `None` when
/// Python MLflow is missing (the test is then skipped, or fails under CI).
pub fn mlflow_server() -> Option<&'static MlflowServer> {
    SERVER.get_or_init(start_mlflow_server).as_ref()
}

/// Starts a new MLflow 3.18 server of its own (SQLite backend, serving artifacts), stopped
/// when this process exits; `None` when Python MLflow is missing.
pub fn start_mlflow_server() -> Option<MlflowServer> {
    let py = python("3.18.0")?;
    let dir = tempfile::Builder::new()
        .prefix("mlf-server-")
        .tempdir()
        .unwrap()
        .keep();
    let port = free_port();
    let mlflow = py.parent().unwrap().join("mlflow").display().to_string();
    let cmd: Vec<String> = vec![
        mlflow,
        "server".into(),
        "--host".into(),
        "127.0.0.1".into(),
        "--port".into(),
        port.to_string(),
        "--workers".into(),
        "1".into(),
        "--backend-store-uri".into(),
        format!("sqlite:///{}/server.db", dir.display()),
        "--artifacts-destination".into(),
        format!("{}/artifacts", dir.display()),
    ];
    let log = dir.join("server.log");
    // Not waited for: the watchdog outlives every test and stops the server itself.
    #[allow(clippy::zombie_processes)]
    spawn_guarded(&cmd, &dir, &log);
    wait_http(port, "/health", &log, 180);
    Some(MlflowServer {
        url: format!("http://127.0.0.1:{port}"),
        dir,
    })
}

/// Returns a fresh environment whose store is the shared MLflow server.
pub fn server_env() -> Option<TestEnv> {
    let server = mlflow_server()?;
    let mut env = TestEnv::new();
    env.env("MLFLOW_TRACKING_URI", &server.url);
    Some(env)
}

/// A running FastTrackML server.
pub struct FmlServer {
    pub url: String,
    /// Its folder: `fml.db`, and the default artifact root `artifacts/`.
    pub dir: PathBuf,
}

static FML_SERVER: std::sync::OnceLock<Option<FmlServer>> = std::sync::OnceLock::new();

/// Returns the `fml` binary: `MLF_TEST_FML`, else `~/.cache/mlf/fasttrackml/bin/fml`, or
/// `None` (after saying the test is skipped) when there is none. Under `CI=true` a missing
/// FastTrackML fails the test instead.
fn fml() -> Option<PathBuf> {
    let candidate = std::env::var_os("MLF_TEST_FML")
        .map(PathBuf::from)
        .or_else(|| {
            let home = std::env::var_os("HOME")?;
            Some(PathBuf::from(home).join(".cache/mlf/fasttrackml/bin/fml"))
        });
    if let Some(p) = candidate.filter(|p| p.exists()) {
        return Some(p);
    }
    let msg = "FastTrackML not found (set MLF_TEST_FML or run scripts/test.sh, which installs it)";
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{msg}; CI requires the FastTrackML tests");
    }
    #[allow(clippy::print_stderr)] // the skip notice is the point
    {
        eprintln!("skipped: {msg}");
    }
    None
}

/// Returns the shared FastTrackML server, started on first use.
pub fn fasttrack_server() -> Option<&'static FmlServer> {
    FML_SERVER
        .get_or_init(|| {
            let fml = fml()?;
            let dir = tempfile::Builder::new()
                .prefix("mlf-fml-")
                .tempdir()
                .unwrap()
                .keep();
            let port = free_port();
            // Everything local: the database and artifact root in the temp folder, listening
            // on loopback only. FastTrackML 0.6.0 makes no outbound connections.
            let cmd: Vec<String> = vec![
                fml.display().to_string(),
                "server".into(),
                "--listen-address".into(),
                format!("127.0.0.1:{port}"),
                "--database-uri".into(),
                format!("sqlite://{}/fml.db", dir.display()),
                "--default-artifact-root".into(),
                format!("{}/artifacts", dir.display()),
                "--log-level".into(),
                "warn".into(),
            ];
            let log = dir.join("fml.log");
            // Not waited for: the watchdog outlives every test and stops the server itself.
            #[allow(clippy::zombie_processes)]
            spawn_guarded(&cmd, &dir, &log);
            wait_http(port, "/health", &log, 60);
            Some(FmlServer {
                url: format!("http://127.0.0.1:{port}"),
                dir,
            })
        })
        .as_ref()
}

/// Returns a fresh environment whose store is the shared FastTrackML server.
pub fn fml_env() -> Option<TestEnv> {
    let server = fasttrack_server()?;
    let mut env = TestEnv::new();
    env.env("MLFLOW_TRACKING_URI", &server.url);
    // A failure must show at once, not after MLflow's four minutes of backoff.
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1");
    env.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.1");
    Some(env)
}

/// The stores every store-agnostic scenario runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    /// `./mlflow.db`, MLflow's default.
    Sqlite,
    /// A `mlruns/` folder.
    File,
    /// A real `mlflow server` (SQLite backend).
    Server,
    /// A real FastTrackML server.
    FastTrack,
}

impl StoreKind {
    /// Every store, local ones first.
    pub const ALL: [StoreKind; 4] = [
        StoreKind::Sqlite,
        StoreKind::File,
        StoreKind::Server,
        StoreKind::FastTrack,
    ];

    /// Returns a fresh environment on this store, or `None` when its server cannot be had
    /// (the test is then skipped, or fails under CI).
    pub fn env(self) -> Option<TestEnv> {
        match self {
            StoreKind::Sqlite => Some(TestEnv::new()),
            StoreKind::File => Some(TestEnv::file_store()),
            StoreKind::Server => server_env(),
            StoreKind::FastTrack => fml_env(),
        }
    }

    /// Returns whether the store keeps data in SQLite (which stores `-0.0` as `0.0`, and
    /// MLflow's SQL schema, ±Inf as ±max double).
    pub fn is_sql(self) -> bool {
        self != StoreKind::File
    }
}

/// Returns a name no other test uses, for experiments on a shared server.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", uuid_like())
}

fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{:x}{}", t, N.fetch_add(1, Ordering::Relaxed))
}

/// Turns a REST list of `{key, value}` objects into one JSON object `{key: value}`.
pub fn key_values(arr: &serde_json::Value) -> serde_json::Value {
    serde_json::Value::Object(
        arr.as_array()
            .unwrap()
            .iter()
            .map(|e| (e["key"].as_str().unwrap().to_string(), e["value"].clone()))
            .collect(),
    )
}

/// Every point of a metric as mlf reports it, as `[value, timestamp, step]` arrays.
pub fn mlf_history(env: &TestEnv, run_id: &str, key: &str) -> serde_json::Value {
    let h = env
        .mlf(&[
            "metrics", "history", "--run-id", run_id, "--key", key, "-o", "json",
        ])
        .json();
    h["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| serde_json::json!([p["value"], p["timestamp"], p["step"]]))
        .collect()
}
