//! Artifacts in object stores, against real servers on 127.0.0.1 started by the suite: moto's
//! standalone S3 server and azurite's Blob server. Python MLflow 3.18 (with boto3 and
//! azure-storage-blob) logs into the buckets and mlf reads identical bytes, and the other way
//! round; a real `mlflow server --no-serve-artifacts` hands out `s3://` URIs that mlf uses
//! directly. Google Cloud Storage: see `gcs_emulator_limits` below.

use std::path::PathBuf;

use serde_json::Value;

use crate::common::{free_port, run_python, spawn_guarded, wait_http, TestEnv};

/// A tool the suite needs, found by variable or in the cache `scripts/test.sh` fills; `None`
/// (after saying so) when missing, a failure under CI.
fn tool(var: &str, cached: &str, what: &str) -> Option<PathBuf> {
    let candidate = std::env::var_os(var).map(PathBuf::from).or_else(|| {
        let home = std::env::var_os("HOME")?;
        Some(PathBuf::from(home).join(".cache/mlf").join(cached))
    });
    if let Some(p) = candidate.filter(|p| p.exists()) {
        return Some(p);
    }
    let msg = format!("{what} not found (set {var} or run scripts/test.sh, which installs it)");
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{msg}; CI requires the object store tests");
    }
    #[allow(clippy::print_stderr)]
    {
        eprintln!("skipped: {msg}");
    }
    None
}

/// Python MLflow 3.18 with boto3, azure-storage-blob and google-cloud-storage.
fn cloud_python() -> Option<PathBuf> {
    tool(
        "MLF_TEST_PYTHON_CLOUD",
        "mlflow-cloud/bin/python",
        "Python MLflow with cloud clients",
    )
}

struct Server {
    url: String,
}

static MOTO: std::sync::OnceLock<Option<Server>> = std::sync::OnceLock::new();
static AZURITE: std::sync::OnceLock<Option<Server>> = std::sync::OnceLock::new();

/// Starts moto's S3 server; `no_auth_actions` turns its signature checks on after that many
/// requests (none: never).
fn start_moto(no_auth_actions: Option<u32>) -> Option<Server> {
    let py = tool("MLF_TEST_MOTO", "moto/bin/python", "moto[server]")?;
    let dir = tempfile::Builder::new()
        .prefix("mlf-moto-")
        .tempdir()
        .unwrap()
        .keep();
    let port = free_port();
    let mut cmd: Vec<String> = vec![];
    if let Some(n) = no_auth_actions {
        cmd.extend(["env".into(), format!("INITIAL_NO_AUTH_ACTION_COUNT={n}")]);
    }
    cmd.extend([
        py.display().to_string(),
        "-m".into(),
        "moto.server".into(),
        "-H".into(),
        "127.0.0.1".into(),
        "-p".into(),
        port.to_string(),
    ]);
    let log = dir.join("moto.log");
    #[allow(clippy::zombie_processes)]
    spawn_guarded(&cmd, &dir, &log);
    wait_http(port, "/moto-api/", &log, 60);
    Some(Server {
        url: format!("http://127.0.0.1:{port}"),
    })
}

fn moto() -> Option<&'static Server> {
    MOTO.get_or_init(|| start_moto(None)).as_ref()
}

fn azurite() -> Option<&'static Server> {
    AZURITE
        .get_or_init(|| {
            let bin = tool(
                "MLF_TEST_AZURITE",
                "azurite/node_modules/.bin/azurite-blob",
                "azurite (npm)",
            )?;
            let dir = tempfile::Builder::new()
                .prefix("mlf-azurite-")
                .tempdir()
                .unwrap()
                .keep();
            let port = free_port();
            let cmd: Vec<String> = vec![
                bin.display().to_string(),
                "--blobHost".into(),
                "127.0.0.1".into(),
                "--blobPort".into(),
                port.to_string(),
                "--inMemoryPersistence".into(),
                "--disableTelemetry".into(),
                "--skipApiVersionCheck".into(),
            ];
            let log = dir.join("azurite.log");
            #[allow(clippy::zombie_processes)]
            spawn_guarded(&cmd, &dir, &log);
            wait_until_listening(port, &log);
            Some(Server {
                url: format!("http://127.0.0.1:{port}/devstoreaccount1"),
            })
        })
        .as_ref()
}

/// Waits for a TCP listener (azurite answers `/` with an error, so any answer will do).
fn wait_until_listening(port: u16, log: &std::path::Path) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "server did not start:\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

/// The well-known key of azurite's account.
const AZURITE_KEY: &str =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/// The environment of one store and bucket: what mlf and Python both read.
fn s3_env(server: &Server, env: &mut TestEnv) {
    for (k, v) in [
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing-secret-key"),
        ("AWS_DEFAULT_REGION", "us-east-1"),
        ("MLFLOW_S3_ENDPOINT_URL", server.url.as_str()),
        ("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1"),
        ("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.1"),
    ] {
        env.env(k, v);
    }
}

fn azure_env(server: &Server, env: &mut TestEnv) {
    let cs = format!(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE_KEY};BlobEndpoint={}/;",
        server.url
    );
    env.env("AZURE_STORAGE_CONNECTION_STRING", &cs);
}

/// Python's environment for the same store.
fn py_envs(env: &TestEnv) -> Vec<(String, String)> {
    let probe = env.command(&[]);
    let mut out: Vec<(String, String)> = probe
        .get_envs()
        .filter_map(|(k, v)| Some((k.to_str()?.to_string(), v?.to_str()?.to_string())))
        .filter(|(k, _)| {
            k.starts_with("AWS_") || k.starts_with("MLFLOW_S3") || k.starts_with("AZURE_")
        })
        .collect();
    out.push((
        "MLFLOW_TRACKING_URI".into(),
        format!("sqlite:///{}", env.db().display()),
    ));
    out
}

/// Creates a bucket (S3) or container (Azure) with the provider's own Python client.
const MAKE_BUCKET: &str = r#"
import os, sys
kind, name = sys.argv[1], sys.argv[2]
if kind == "s3":
    import boto3
    boto3.client("s3", endpoint_url=os.environ["MLFLOW_S3_ENDPOINT_URL"]).create_bucket(Bucket=name)
else:
    from azure.storage.blob import BlobServiceClient
    BlobServiceClient.from_connection_string(os.environ["AZURE_STORAGE_CONNECTION_STRING"]).create_container(name)
"#;

/// Python logs files into a run of the experiment (argv[1]) and prints the run id; then
/// downloads the run argv[2] (logged by mlf) and prints the sha256 of each file.
const PY_EXCHANGE: &str = r#"
import hashlib, json, os, sys
import mlflow
exp, mlf_run = sys.argv[1], sys.argv[2]
with mlflow.start_run(experiment_id=exp) as r:
    mlflow.log_artifact("payload/big.bin", "py")
    mlflow.log_text("from python\n", "notes/t.txt")
out = {"run": r.info.run_id, "files": {}}
dst = mlflow.artifacts.download_artifacts(run_id=mlf_run, dst_path="py-download")
for root, _, files in os.walk(dst):
    for f in files:
        p = os.path.join(root, f)
        out["files"][os.path.relpath(p, dst)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
print(json.dumps(out))
"#;

fn sha256_files(dir: &std::path::Path) -> std::collections::BTreeMap<String, String> {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("find . -type f | sort | xargs sha256sum")
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let (hash, path) = l.split_once("  ")?;
            Some((path.trim_start_matches("./").to_string(), hash.to_string()))
        })
        .collect()
}

/// The whole exchange on one bucket URI: mlf logs a folder and a multipart-sized file, lists
/// and downloads them; Python downloads what mlf logged and logs its own; mlf downloads that.
fn exchange(env: &TestEnv, py: &std::path::Path, kind: &str, bucket: &str, root: &str) {
    let envs = py_envs(env);
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    run_python(
        py,
        env.path(),
        &format!("import sys; sys.argv = ['', {kind:?}, {bucket:?}]\n{MAKE_BUCKET}"),
        &envs,
    );
    let exp = env
        .mlf(&[
            "experiments",
            "create",
            "-n",
            "cloud",
            "--artifact-location",
            root,
        ])
        .ok()
        .trim()
        .to_string();
    let run = env.new_run("cloud");
    // A folder with a nested file, an empty file, and a file logged in parts (> 8 MiB).
    let payload = env.path().join("payload");
    std::fs::create_dir_all(payload.join("sub")).unwrap();
    std::fs::write(payload.join("a.txt"), "hello\n").unwrap();
    std::fs::write(payload.join("empty"), "").unwrap();
    std::fs::write(payload.join("sub/b.json"), "{\"x\": 1}").unwrap();
    let big: Vec<u8> = (0..(20u32 << 20))
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(payload.join("big.bin"), &big).unwrap();
    env.mlf(&["artifacts", "log", "--run-id", &run, "payload"])
        .ok();
    let listed = env
        .mlf(&[
            "artifacts",
            "list",
            "--run-id",
            &run,
            "--recursive",
            "-o",
            "json",
        ])
        .json();
    let files: Vec<(String, Value)> = listed["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["file_size"].clone(),
            )
        })
        .collect();
    assert_eq!(
        files,
        vec![
            ("a.txt".to_string(), Value::from(6)),
            ("big.bin".into(), Value::from(20u64 << 20)),
            ("empty".into(), Value::from(0)),
            ("sub".into(), Value::Null),
            ("sub/b.json".into(), Value::from(8)),
        ],
        "{kind}"
    );
    assert!(
        listed["root_uri"].as_str().unwrap().starts_with(root),
        "{listed}"
    );
    let out = env
        .mlf(&[
            "artifacts",
            "download",
            "--run-id",
            &run,
            "--dst-path",
            "mlf-download",
        ])
        .ok()
        .to_string();
    assert!(out.trim().ends_with("mlf-download"), "{out}");
    let mine = sha256_files(&payload);
    assert_eq!(
        sha256_files(&env.path().join("mlf-download")),
        mine,
        "{kind}"
    );
    // runs:/ names the same files.
    env.mlf(&[
        "artifacts",
        "download",
        "--artifact-uri",
        &format!("runs:/{run}/sub"),
        "--dst-path",
        "via-runs",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(env.path().join("via-runs/sub/b.json")).unwrap(),
        "{\"x\": 1}"
    );
    // Python reads what mlf wrote, and writes what mlf reads.
    let script = format!("import sys; sys.argv = ['', {exp:?}, {run:?}]\n{PY_EXCHANGE}");
    let report: Value =
        serde_json::from_str(run_python(py, env.path(), &script, &envs).trim()).unwrap();
    let theirs: std::collections::BTreeMap<String, String> =
        serde_json::from_value(report["files"].clone()).unwrap();
    assert_eq!(theirs, mine, "{kind}: Python's download of mlf's run");
    let py_run = report["run"].as_str().unwrap();
    env.mlf(&[
        "artifacts",
        "download",
        "--run-id",
        py_run,
        "--dst-path",
        "from-python",
    ])
    .ok();
    assert_eq!(
        std::fs::read(env.path().join("from-python/py/big.bin")).unwrap(),
        big,
        "{kind}"
    );
    assert_eq!(
        std::fs::read_to_string(env.path().join("from-python/notes/t.txt")).unwrap(),
        "from python\n"
    );
    // A missing object is exit 3; nothing is left half-written.
    env.mlf(&[
        "artifacts",
        "download",
        "--run-id",
        &run,
        "--artifact-path",
        "nope.txt",
        "--dst-path",
        "missing",
    ])
    .fails(3);
    crate::transfers::no_partial_files(env.path());
}

#[test]
fn s3_artifacts_round_trip_with_python() {
    let (Some(py), Some(server)) = (cloud_python(), moto()) else {
        return;
    };
    let mut env = TestEnv::new();
    s3_env(server, &mut env);
    exchange(
        &env,
        &py,
        "s3",
        "mlf-round-trip",
        "s3://mlf-round-trip/experiments/one",
    );
}

#[test]
fn azure_artifacts_round_trip_with_python() {
    let (Some(py), Some(server)) = (cloud_python(), azurite()) else {
        return;
    };
    let mut env = TestEnv::new();
    azure_env(server, &mut env);
    exchange(
        &env,
        &py,
        "azure",
        "mlf-container",
        "wasbs://mlf-container@devstoreaccount1.blob.core.windows.net/exp",
    );
}

#[test]
fn wrong_s3_credentials_exit_4_naming_the_bucket() {
    let Some(py) = cloud_python() else { return };
    // Signatures are checked after the 4 setup requests below.
    let Some(server) = start_moto(Some(4)) else {
        return;
    };
    let mut env = TestEnv::new();
    s3_env(&server, &mut env);
    const SETUP: &str = r#"
import boto3, json, os
iam = boto3.client("iam", endpoint_url=os.environ["MLFLOW_S3_ENDPOINT_URL"], region_name="us-east-1")
iam.create_user(UserName="mlf")
key = iam.create_access_key(UserName="mlf")["AccessKey"]
iam.put_user_policy(UserName="mlf", PolicyName="all", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
s3 = boto3.client("s3", endpoint_url=os.environ["MLFLOW_S3_ENDPOINT_URL"], aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
s3.create_bucket(Bucket="locked")
print(key["AccessKeyId"], key["SecretAccessKey"])
"#;
    let envs = py_envs(&env);
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let out = run_python(&py, env.path(), SETUP, &envs);
    let (id, secret) = out.trim().split_once(' ').unwrap();
    env.env("AWS_ACCESS_KEY_ID", id);
    env.env("AWS_SECRET_ACCESS_KEY", secret);
    env.mlf(&[
        "experiments",
        "create",
        "-n",
        "locked",
        "--artifact-location",
        "s3://locked/x",
    ])
    .ok();
    let run = env.new_run("locked");
    std::fs::write(env.path().join("f.txt"), "x").unwrap();
    env.mlf(&["artifacts", "log", "--run-id", &run, "f.txt"])
        .ok();
    // The same keys from a profile of ~/.aws/credentials (boto3's chain), region from
    // ~/.aws/config.
    let aws = env.path().join("home/.aws");
    std::fs::create_dir_all(&aws).unwrap();
    std::fs::write(
        aws.join("credentials"),
        format!("[default]\naws_access_key_id = nobody\naws_secret_access_key = nothing\n\n[ci]\naws_access_key_id = {id}\naws_secret_access_key = {secret}\n"),
    )
    .unwrap();
    std::fs::write(aws.join("config"), "[profile ci]\nregion = us-east-1\n").unwrap();
    let mut cmd = env.command(&["artifacts", "list", "--run-id", &run]);
    cmd.env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env("AWS_PROFILE", "ci");
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("f.txt"));
    let mut cmd = env.command(&["artifacts", "list", "--run-id", &run]);
    cmd.env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_PROFILE");
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let wrong = "wrong-secret-value-1234";
    env.env("AWS_SECRET_ACCESS_KEY", wrong);
    for args in [
        vec!["artifacts", "list", "--run-id", run.as_str()],
        vec![
            "artifacts",
            "download",
            "--run-id",
            run.as_str(),
            "--dst-path",
            "d",
        ],
        vec!["artifacts", "log", "--run-id", run.as_str(), "f.txt"],
    ] {
        let r = env.mlf(&args);
        let e = r.fails(4).to_string();
        assert!(e.contains("`locked`"), "{e}");
        assert!(!e.contains(wrong) && !r.stdout.contains(wrong), "{e}");
        assert_eq!(
            e.lines().filter(|l| l.starts_with("error:")).count(),
            1,
            "{e}"
        );
    }
}

#[test]
fn unreachable_endpoints_and_other_schemes() {
    let mut env = TestEnv::new();
    env.env("AWS_ACCESS_KEY_ID", "x");
    env.env("AWS_SECRET_ACCESS_KEY", "y");
    env.env(
        "MLFLOW_S3_ENDPOINT_URL",
        &format!("http://127.0.0.1:{}", free_port()),
    );
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1");
    env.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.1");
    env.mlf(&[
        "experiments",
        "create",
        "-n",
        "gone",
        "--artifact-location",
        "s3://gone/x",
    ])
    .ok();
    let run = env.new_run("gone");
    let e = env
        .mlf(&["artifacts", "list", "--run-id", &run])
        .fails(1)
        .to_string();
    assert!(e.contains("`gone`"), "{e}");
    for uri in ["hdfs://nn/x", "sftp://h/x", "dbfs:/x", "ftp://h/x"] {
        let e = env
            .mlf(&["artifacts", "download", "--artifact-uri", uri])
            .fails(2)
            .to_string();
        assert!(e.contains("s3://") && e.contains("wasbs://"), "{e}");
    }
}

#[test]
fn a_server_without_served_artifacts_hands_out_s3_uris() {
    let (Some(py), Some(s3)) = (cloud_python(), moto()) else {
        return;
    };
    let mut env = TestEnv::new();
    s3_env(s3, &mut env);
    let envs = py_envs(&env);
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    run_python(
        &py,
        env.path(),
        &format!("import sys; sys.argv = ['', 's3', 'served']\n{MAKE_BUCKET}"),
        &envs,
    );
    let dir = env.path().join("server");
    std::fs::create_dir_all(&dir).unwrap();
    let port = free_port();
    let mut cmd: Vec<String> = vec!["env".into()];
    cmd.extend(
        envs.iter()
            .filter(|(k, _)| *k != "MLFLOW_TRACKING_URI")
            .map(|(k, v)| format!("{k}={v}")),
    );
    cmd.extend([
        py.parent().unwrap().join("mlflow").display().to_string(),
        "server".into(),
        "--host".into(),
        "127.0.0.1".into(),
        "--port".into(),
        port.to_string(),
        "--workers".into(),
        "1".into(),
        "--backend-store-uri".into(),
        format!("sqlite:///{}/server.db", dir.display()),
        "--no-serve-artifacts".into(),
        "--default-artifact-root".into(),
        "s3://served/root".into(),
    ]);
    let log = dir.join("server.log");
    #[allow(clippy::zombie_processes)]
    spawn_guarded(&cmd, &dir, &log);
    wait_http(port, "/health", &log, 300);
    let url = format!("http://127.0.0.1:{port}");
    env.env("MLFLOW_TRACKING_URI", &url);
    let run = env.new_run("served");
    let info = env.mlf(&["runs", "get", &run, "-o", "json"]).json();
    assert!(
        info["run"]["info"]["artifact_uri"]
            .as_str()
            .unwrap()
            .starts_with("s3://served/root/"),
        "{info}"
    );
    std::fs::write(env.path().join("model.txt"), "weights").unwrap();
    env.mlf(&[
        "artifacts",
        "log",
        "--run-id",
        &run,
        "model.txt",
        "--artifact-path",
        "m",
    ])
    .ok();
    // Python, through the same server, finds the file in the bucket.
    let mut py_env: Vec<(&str, &str)> = envs
        .iter()
        .filter(|(k, _)| *k != "MLFLOW_TRACKING_URI")
        .copied()
        .collect();
    py_env.push(("MLFLOW_TRACKING_URI", &url));
    let got = run_python(
        &py,
        env.path(),
        &format!("import mlflow\np = mlflow.artifacts.download_artifacts(run_id={run:?}, artifact_path='m/model.txt', dst_path='py')\nprint(open(p).read())"),
        &py_env,
    );
    assert_eq!(got.trim(), "weights");
    env.mlf(&[
        "artifacts",
        "download",
        "--run-id",
        &run,
        "--dst-path",
        "back",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(env.path().join("back/m/model.txt")).unwrap(),
        "weights"
    );
}

/// What a Google Cloud Storage emulator here can check. The `object_store` crate talks to GCS
/// through Google's XML API; `gcp-storage-emulator` (PyPI) answers XML-API object reads but
/// not XML listings, uploads without an ETag, or multipart, and fake-gcs-server refuses
/// XML-API uploads. So against an emulator mlf's `gs://` support can be checked only for
/// reaching it (`STORAGE_EMULATOR_HOST`, no credentials) and failing clearly; real GCS serves
/// the XML API in full.
#[test]
fn gcs_emulator_limits() {
    let Some(bin) = tool(
        "MLF_TEST_GCS_EMULATOR",
        "gcs/bin/gcp-storage-emulator",
        "gcp-storage-emulator",
    ) else {
        return;
    };
    let dir = tempfile::Builder::new()
        .prefix("mlf-gcs-")
        .tempdir()
        .unwrap()
        .keep();
    let port = free_port();
    let cmd: Vec<String> = vec![
        bin.display().to_string(),
        "start".into(),
        "--host".into(),
        "127.0.0.1".into(),
        "--port".into(),
        port.to_string(),
        "--in-memory".into(),
    ];
    let log = dir.join("gcs.log");
    #[allow(clippy::zombie_processes)]
    spawn_guarded(&cmd, &dir, &log);
    wait_until_listening(port, &log);
    let mut env = TestEnv::new();
    env.env("STORAGE_EMULATOR_HOST", &format!("http://127.0.0.1:{port}"));
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    env.mlf(&[
        "experiments",
        "create",
        "-n",
        "g",
        "--artifact-location",
        "gs://nobucket/x",
    ])
    .ok();
    let run = env.new_run("g");
    // mlf reaches the emulator without credentials, and its refusal is one clear line.
    let r = env.mlf(&["artifacts", "list", "--run-id", &run]);
    let e = r.fails(1).to_string();
    assert!(e.contains("`nobucket`"), "{e}");
}
