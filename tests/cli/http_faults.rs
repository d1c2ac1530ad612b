//! Faults a real server cannot be made to produce, from a small stub HTTP server on
//! 127.0.0.1: retries on 503 and 429, auth refusals, hangs, refused connections, non-JSON
//! error bodies, and what mlf puts on the wire.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{free_port, TestEnv};

/// A request the stub received.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Req {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the stub does with a request.
pub enum Reply {
    Json(u16, String),
    With(u16, Vec<(String, String)>, String),
    /// Accept and never answer.
    Hang,
}

type Handler = Arc<dyn Fn(&Req, usize) -> Reply + Send + Sync>;

/// A scripted HTTP/1.1 server; the handler gets each request and how many requests to the
/// same path came before it.
pub struct Stub {
    pub url: String,
    pub requests: Arc<Mutex<Vec<Req>>>,
}

impl Stub {
    pub fn start(handler: impl Fn(&Req, usize) -> Reply + Send + Sync + 'static) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let requests: Arc<Mutex<Vec<Req>>> = Arc::default();
        let handler: Handler = Arc::new(handler);
        let reqs = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (handler, reqs) = (handler.clone(), reqs.clone());
                std::thread::spawn(move || serve(stream, &handler, &reqs));
            }
        });
        Stub { url, requests }
    }

    pub fn to(&self, path: &str) -> Vec<Req> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path.starts_with(path))
            .cloned()
            .collect()
    }
}

fn serve(stream: TcpStream, handler: &Handler, reqs: &Mutex<Vec<Req>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (method, path) = (
            parts.next().unwrap_or("").to_string(),
            parts.next().unwrap_or("").to_string(),
        );
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = h.trim_end().split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let req = Req {
            method,
            path,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        };
        let nth = {
            let mut all = reqs.lock().unwrap();
            let key = req.path.split('?').next().unwrap_or("").to_string();
            let n = all
                .iter()
                .filter(|r| r.path.split('?').next() == Some(key.as_str()))
                .count();
            all.push(req.clone());
            n
        };
        let (status, extra, body) = match handler(&req, nth) {
            Reply::Hang => {
                std::thread::sleep(Duration::from_secs(30));
                return;
            }
            Reply::Json(status, body) => (
                status,
                vec![("Content-Type".to_string(), "application/json".to_string())],
                body,
            ),
            Reply::With(status, headers, body) => (status, headers, body),
        };
        let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
        for (k, v) in extra {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if out
            .write_all(head.as_bytes())
            .and_then(|_| out.write_all(body.as_bytes()))
            .is_err()
        {
            return;
        }
    }
}

const RUN: &str = "0123456789abcdef0123456789abcdef";

/// An environment pointing at `url` with fast retries.
fn env_for(url: &str) -> TestEnv {
    let mut env = TestEnv::new();
    env.env("MLFLOW_TRACKING_URI", url);
    env.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.05");
    env.env("MLFLOW_HTTP_REQUEST_BACKOFF_JITTER", "0");
    env
}

#[test]
fn retries_503_then_logs_once() {
    let stub = Stub::start(|_, nth| {
        if nth < 2 {
            Reply::Json(503, "{}".into())
        } else {
            Reply::Json(200, "{}".into())
        }
    });
    let env = env_for(&stub.url);
    let r = env.mlf(&["metrics", "log", "--run-id", RUN, "a=1"]);
    r.ok();
    assert!(
        r.stderr.contains("retrying"),
        "a status line while waiting: {r}"
    );
    let sent = stub.to("/api/2.0/mlflow/runs/log-batch");
    assert_eq!(sent.len(), 3);
    assert!(
        sent.iter().all(|q| q.body == sent[0].body),
        "the same batch each time"
    );
    let quiet = Stub::start(|_, nth| {
        if nth < 1 {
            Reply::Json(503, "{}".into())
        } else {
            Reply::Json(200, "{}".into())
        }
    });
    let env = env_for(&quiet.url);
    let r = env.mlf(&["metrics", "log", "--run-id", RUN, "a=1", "-q"]);
    assert_eq!(r.ok(), "");
    assert_eq!(r.stderr, "", "--quiet silences status lines");
}

#[test]
fn creates_are_not_retried_on_5xx() {
    let stub = Stub::start(|_, _| {
        Reply::Json(
            503,
            r#"{"error_code":"TEMPORARILY_UNAVAILABLE","message":"busy"}"#.into(),
        )
    });
    let env = env_for(&stub.url);
    let r = env.mlf(&["experiments", "create", "-n", "x"]);
    assert!(r.fails(1).contains("busy"), "{r}");
    assert_eq!(
        stub.to("/api/2.0/mlflow/experiments/create").len(),
        1,
        "a create may not happen twice"
    );
}

#[test]
fn honours_retry_after_on_429() {
    let stub = Stub::start(|_, nth| {
        if nth == 0 {
            Reply::With(
                429,
                vec![("Retry-After".into(), "1".into())],
                "slow down".into(),
            )
        } else {
            Reply::Json(200, "{}".into())
        }
    });
    let env = env_for(&stub.url);
    let start = Instant::now();
    let r = env.mlf(&["experiments", "create", "-n", "x"]);
    assert_eq!(r.code, 1, "200 without an id is a server error: {r}");
    assert!(
        r.stderr.contains("retrying") && r.stderr.contains("error: "),
        "{r}"
    );
    assert!(
        start.elapsed() >= Duration::from_millis(900),
        "waited {:?}",
        start.elapsed()
    );
    assert_eq!(
        stub.to("/api/2.0/mlflow/experiments/create").len(),
        2,
        "429 is retried even for creates"
    );
}

#[test]
fn auth_refusals_exit_4_and_credentials_stay_secret() {
    let stub = Stub::start(|req, _| {
        if req.path.contains("experiments/search") {
            Reply::With(403, vec![], "Forbidden: no access".into())
        } else {
            Reply::Json(
                401,
                r#"{"error_code":"UNAUTHENTICATED","message":"bad token"}"#.into(),
            )
        }
    });
    let mut env = env_for(&stub.url);
    env.env("MLFLOW_TRACKING_TOKEN", "tok-secret-1");
    let r = env.mlf(&["runs", "get", "--run-id", RUN]);
    assert!(r.fails(4).contains("bad token"), "{r}");
    assert!(!r.stderr.contains("tok-secret-1") && !r.stdout.contains("tok-secret-1"));
    assert_eq!(
        stub.to("/api/2.0/mlflow/runs/get")[0].header("authorization"),
        Some("Bearer tok-secret-1")
    );
    let r = env.mlf(&["experiments", "search"]);
    assert!(r.fails(4).contains("no access"), "{r}");
    env.env("MLFLOW_TRACKING_USERNAME", "ci");
    env.env("MLFLOW_TRACKING_PASSWORD", "pw-secret-2");
    let r = env.mlf(&["runs", "get", "--run-id", RUN]);
    r.fails(4);
    assert!(!r.stderr.contains("pw-secret-2"));
    let last = stub.to("/api/2.0/mlflow/runs/get").pop().unwrap();
    // Basic auth wins over the token, as in MLflow: base64("ci:pw-secret-2").
    assert_eq!(
        last.header("authorization"),
        Some("Basic Y2k6cHctc2VjcmV0LTI=")
    );
}

#[test]
fn a_hanging_server_times_out_naming_the_url() {
    let stub = Stub::start(|_, _| Reply::Hang);
    let mut env = env_for(&stub.url);
    env.env("MLFLOW_HTTP_REQUEST_TIMEOUT", "1");
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let start = Instant::now();
    let r = env.mlf(&["runs", "get", "--run-id", RUN]);
    let err = r.fails(1);
    assert!(err.contains("timed out") && err.contains(&stub.url), "{r}");
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn refused_connections_name_the_url_and_its_source() {
    let url = format!("http://127.0.0.1:{}", free_port());
    let mut env = env_for(&url);
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let r = env.mlf(&["experiments", "search"]);
    let err = r.fails(1);
    assert!(
        err.contains(&url) && err.contains("MLFLOW_TRACKING_URI"),
        "{r}"
    );
    let r = env.mlf(&["--tracking-uri", &url, "experiments", "search"]);
    assert!(r.fails(1).contains("--tracking-uri"), "{r}");
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "11");
    env.mlf(&["experiments", "search"]).fails(2);
}

#[test]
fn non_json_error_bodies_become_one_line() {
    let stub = Stub::start(|req, _| {
        if req.path.contains("runs/get") {
            Reply::With(404, vec![("Content-Type".into(), "text/html".into())],
                "<!doctype html>\n<html><head><title>404 Not Found</title></head>\n<body><h1>Not Found</h1></body></html>".into())
        } else {
            Reply::Json(500, r#"{"detail": "boom"}"#.into())
        }
    });
    let mut env = env_for(&stub.url);
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let r = env.mlf(&["runs", "get", "--run-id", RUN]);
    let err = r.fails(1);
    assert_eq!(err.lines().count(), 1, "{r}");
    assert!(err.contains("Not Found") && !err.contains('<'), "{r}");
    let r = env.mlf(&["experiments", "search"]);
    assert!(r.fails(1).contains("boom"), "{r}");
}

#[test]
fn wire_format() {
    let stub = Stub::start(|_, _| Reply::Json(200, "{}".into()));
    let env = env_for(&stub.url);
    env.mlf(&[
        "metrics", "log", "--run-id", RUN, "n=nan", "p=inf", "m=-inf", "x=1.5", "--step", "-3",
    ])
    .ok();
    let req = &stub.to("/api/2.0/mlflow/runs/log-batch")[0];
    assert_eq!(req.method, "POST");
    assert!(req
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));
    let body: Value = serde_json::from_str(&req.body).unwrap();
    assert_eq!(body["run_id"], RUN);
    let values: Vec<&Value> = body["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["value"])
        .collect();
    assert_eq!(
        values,
        [
            &Value::from("NaN"),
            &Value::from("Infinity"),
            &Value::from("-Infinity"),
            &Value::from(1.5)
        ]
    );
    assert!(body["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["timestamp"].as_i64().unwrap() > 0 && m["step"] == -3));
    env.mlf(&[
        "runs",
        "search",
        "--experiment-id",
        "5",
        "--experiment-id",
        "7",
    ])
    .ok();
    let search: Value =
        serde_json::from_str(&stub.to("/api/2.0/mlflow/runs/search")[0].body).unwrap();
    assert_eq!(search["experiment_ids"], serde_json::json!(["5", "7"]));
    assert_eq!(search["run_view_type"], "ACTIVE_ONLY");
}

#[test]
fn bulk_failure_reports_what_was_logged() {
    let stub = Stub::start(|req, nth| {
        if req.path.contains("log-batch") && nth == 1 {
            Reply::Json(
                400,
                r#"{"error_code":"INVALID_PARAMETER_VALUE","message":"rejected batch"}"#.into(),
            )
        } else {
            Reply::Json(200, "{}".into())
        }
    });
    let env = env_for(&stub.url);
    let points: String = (0..2500)
        .map(|i| format!("{{\"key\":\"k\",\"value\":{i}}}\n"))
        .collect();
    let r = env.mlf_stdin(&["metrics", "log", "--run-id", RUN, "--file", "-"], &points);
    let err = r.fails(2);
    assert!(
        err.contains("1000 point(s)") && err.contains("rejected batch"),
        "{r}"
    );
    assert_eq!(
        stub.to("/api/2.0/mlflow/runs/log-batch").len(),
        2,
        "stops at the failed batch"
    );
}
