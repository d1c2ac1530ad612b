//! TLS settings against a real TLS server on 127.0.0.1 (`openssl s_server` with a
//! self-signed certificate made by the test): verified by default,
//! `MLFLOW_TRACKING_SERVER_CERT_PATH` trusts a CA bundle, `MLFLOW_TRACKING_INSECURE_TLS`
//! skips verification, and both at once is a configuration error.

use std::process::{Command, Stdio};

use crate::common::{free_port, TestEnv};

/// Kills the TLS server when the test ends.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn tls_is_verified_unless_told_otherwise() {
    if Command::new("openssl").arg("version").output().is_err() {
        assert!(std::env::var("CI").is_err(), "openssl is required under CI");
        return;
    }
    let mut env = TestEnv::new();
    let dir = env.path().to_path_buf();
    // A test CA and a server certificate for 127.0.0.1 signed by it.
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    for args in [
        "req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=mlf-test-ca -keyout ca.key -out ca.pem",
        "req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout key.pem -out leaf.csr",
        "x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out cert.pem -extfile ext.cnf",
    ] {
        let made = Command::new("openssl")
            .args(args.split(' '))
            .current_dir(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(made.success(), "openssl {args}");
    }
    let port = free_port();
    let child = Command::new("openssl")
        .args([
            "s_server",
            "-quiet",
            "-www",
            "-accept",
            &port.to_string(),
            "-cert",
            "cert.pem",
            "-key",
            "key.pem",
        ])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _server = Server(child);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "openssl s_server did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    env.env("MLFLOW_TRACKING_URI", &format!("https://127.0.0.1:{port}"));
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");

    // Verified by default: a self-signed certificate is refused.
    let r = env.mlf(&["experiments", "get", "--experiment-id", "1"]);
    let err = r.fails(1);
    assert!(err.to_lowercase().contains("certificate"), "{r}");

    // Trusting the certificate, or skipping verification, gets past TLS: the answer then
    // comes from s_server's status page, which is not MLflow JSON (a server error, not TLS).
    let cert = dir.join("ca.pem");
    env.env("MLFLOW_TRACKING_SERVER_CERT_PATH", cert.to_str().unwrap());
    let r = env.mlf(&["experiments", "get", "--experiment-id", "1"]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        !r.stderr.to_lowercase().contains("certificate"),
        "the CA bundle is used: {r}"
    );

    env.env("MLFLOW_TRACKING_INSECURE_TLS", "true");
    let r = env.mlf(&["experiments", "get", "--experiment-id", "1"]);
    assert!(r.fails(2).contains("cannot both be set"), "{r}");

    env.env("MLFLOW_TRACKING_SERVER_CERT_PATH", "");
    let r = env.mlf(&["experiments", "get", "--experiment-id", "1"]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        !r.stderr.to_lowercase().contains("certificate"),
        "verification skipped: {r}"
    );
    env.env("MLFLOW_TRACKING_INSECURE_TLS", "maybe");
    env.mlf(&["experiments", "get", "--experiment-id", "1"])
        .fails(2);
}
