//! What a real server cannot be made to do on demand: a scripted HTTP/1.1 stub on 127.0.0.1
//! that fails, throttles, refuses credentials, hangs or answers non-JSON errors, and records
//! every request mlf sends, so that the retry policy, the auth headers, the wire format and
//! the error messages can be checked exactly.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{free_port, TestEnv};

const API: &str = "/api/2.0/mlflow";
pub(crate) const RUN: &str = "0123456789abcdef0123456789abcdef";

/// One request the stub received.
#[derive(Debug, Clone)]
pub(crate) struct Req {
    pub(crate) method: String,
    /// The path without the query string.
    pub(crate) path: String,
    pub(crate) query: String,
    /// Header names in lower case.
    headers: Vec<(String, String)>,
    pub(crate) body: String,
    /// The body as sent.
    bytes: Vec<u8>,
    at: Instant,
}

impl Req {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sends this request on to a real server at `addr` (`127.0.0.1:port`) and answers with
    /// its answer, byte for byte: a proxy that can also fail on demand.
    pub(crate) fn forward(&self, addr: &str) -> Reply {
        let Ok(mut up) = TcpStream::connect(addr) else {
            return text_reply(502, "text/plain", "upstream unreachable");
        };
        let target = match self.query.is_empty() {
            true => self.path.clone(),
            false => format!("{}?{}", self.path, self.query),
        };
        let mut head = format!("{} {target} HTTP/1.1\r\n", self.method);
        for (k, v) in &self.headers {
            if k != "connection" && k != "content-length" {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
        }
        head.push_str(&format!(
            "content-length: {}\r\nconnection: close\r\n\r\n",
            self.bytes.len()
        ));
        let mut answer = Vec::new();
        let sent = up
            .write_all(head.as_bytes())
            .and_then(|()| up.write_all(&self.bytes))
            .and_then(|()| up.read_to_end(&mut answer));
        match sent {
            Ok(_) => Reply::Raw(answer),
            Err(e) => text_reply(502, "text/plain", &format!("upstream failed: {e}")),
        }
    }

    #[track_caller]
    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {}", self.body))
    }
}

/// What the stub does with a request.
pub(crate) enum Reply {
    Respond {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: String,
    },
    /// Accept the request and never answer (until the client goes away).
    Hang,
    /// Write these bytes as the whole answer, then close the connection.
    Raw(Vec<u8>),
    /// Write these bytes, then send nothing more until the client goes away (a stall).
    Stall(Vec<u8>),
}

/// A JSON answer.
pub(crate) fn json_reply(status: u16, body: Value) -> Reply {
    Reply::Respond {
        status,
        headers: vec![("Content-Type", "application/json".into())],
        body: body.to_string(),
    }
}

/// A non-JSON answer.
pub(crate) fn text_reply(status: u16, content_type: &str, body: &str) -> Reply {
    Reply::Respond {
        status,
        headers: vec![("Content-Type", content_type.into())],
        body: body.into(),
    }
}

fn ok_empty() -> Reply {
    json_reply(200, json!({}))
}

type Handler = dyn Fn(&Req, usize) -> Reply + Send + Sync;

/// A scripted HTTP/1.1 server. The handler gets each request and how many requests to the
/// same path came before it; every request is recorded.
pub(crate) struct Stub {
    pub(crate) url: String,
    log: Arc<Mutex<Vec<Req>>>,
}

impl Stub {
    pub(crate) fn start(handler: impl Fn(&Req, usize) -> Reply + Send + Sync + 'static) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let log: Arc<Mutex<Vec<Req>>> = Arc::default();
        let handler: Arc<Handler> = Arc::new(handler);
        let shared = log.clone();
        // Detached: it lives as long as the test process; a test's mlf runs are over by the
        // time the test ends.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (log, handler) = (shared.clone(), handler.clone());
                std::thread::spawn(move || serve(stream, &log, handler.as_ref()));
            }
        });
        Stub { url, log }
    }

    /// Every request so far.
    pub(crate) fn requests(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }

    /// The requests to one API path (`/runs/log-batch`).
    fn to(&self, api_path: &str) -> Vec<Req> {
        let path = format!("{API}{api_path}");
        self.requests()
            .into_iter()
            .filter(|r| r.path == path)
            .collect()
    }

    /// A test environment pointed at this stub, with fast, jitter-free retries.
    pub(crate) fn env(&self) -> TestEnv {
        let mut env = TestEnv::new();
        env.env("MLFLOW_TRACKING_URI", &self.url);
        env.env("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.1");
        env.env("MLFLOW_HTTP_REQUEST_BACKOFF_JITTER", "0");
        env
    }
}

/// Serves one connection: requests in a row (keep-alive) until the client closes it.
fn serve(stream: TcpStream, log: &Mutex<Vec<Req>>, handler: &Handler) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    while let Some(req) = read_request(&mut reader) {
        let n = {
            let mut log = log.lock().unwrap();
            let n = log.iter().filter(|r| r.path == req.path).count();
            log.push(req.clone());
            n
        };
        match handler(&req, n) {
            Reply::Hang => {
                // Hold the connection open without a byte of answer until the client leaves.
                let mut sink = [0u8; 1024];
                while matches!(reader.read(&mut sink), Ok(k) if k > 0) {}
                return;
            }
            Reply::Raw(bytes) => {
                let _ = out.write_all(&bytes);
                let _ = out.flush();
                return;
            }
            Reply::Stall(bytes) => {
                let _ = out.write_all(&bytes);
                let _ = out.flush();
                let mut sink = [0u8; 1024];
                while matches!(reader.read(&mut sink), Ok(k) if k > 0) {}
                return;
            }
            Reply::Respond {
                status,
                headers,
                body,
            } => {
                let mut head = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Length: {}\r\n",
                    reason(status),
                    body.len()
                );
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                if out.write_all(head.as_bytes()).is_err()
                    || out.write_all(body.as_bytes()).is_err()
                    || out.flush().is_err()
                {
                    return;
                }
            }
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// Reads one request (with a `Content-Length` body), or `None` at the end of the connection.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Req> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let at = Instant::now();
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target, String::new()),
    };
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some(Req {
        method,
        path,
        query,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
        bytes: body,
        at,
    })
}

/// Asserts that stderr is one `error:` line, optionally followed by `caused by:` and `hint:`
/// lines, and returns the error line.
#[track_caller]
fn one_error_line(r: &crate::common::Run) -> String {
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines.first().is_some_and(|l| l.starts_with("error: ")),
        "{r}"
    );
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.starts_with("  caused by: ") || l.starts_with("hint: ")),
        "more than one error line\n{r}"
    );
    lines[0].to_string()
}

#[test]
fn idempotent_log_batch_is_retried_on_503() {
    let script = |req: &Req, n: usize| {
        if req.path.ends_with("/runs/log-batch") && n < 2 {
            text_reply(503, "text/plain", "Service Unavailable")
        } else {
            ok_empty()
        }
    };
    let stub = Stub::start(script);
    let env = stub.env();
    let r = env.mlf(&["metrics", "log", "--run-id", RUN, "a=1"]);
    r.ok();
    let sent = stub.to("/runs/log-batch");
    assert_eq!(sent.len(), 3, "{:?}\n{r}", stub.requests());
    assert_eq!(stub.requests().len(), 3, "nothing but log-batch");
    for req in &sent {
        assert_eq!(req.method, "POST");
        assert_eq!(req.body, sent[0].body, "every attempt sends the same body");
        let body = req.json();
        assert_eq!(body["run_id"], RUN);
        let metrics = body["metrics"].as_array().unwrap();
        assert_eq!(metrics.len(), 1, "the value is in the body once: {body}");
        assert_eq!(metrics[0]["key"], "a");
        assert_eq!(metrics[0]["value"].as_f64(), Some(1.0));
    }
    assert!(
        r.stderr.contains("retrying") && r.stderr.contains("503"),
        "a status line says it retries\n{r}"
    );

    // -q: the same retries, in silence.
    let stub = Stub::start(script);
    let r = stub
        .env()
        .mlf(&["-q", "metrics", "log", "--run-id", RUN, "a=1"]);
    r.ok();
    assert_eq!(stub.to("/runs/log-batch").len(), 3);
    assert!(r.stderr.trim().is_empty(), "-q prints nothing\n{r}");
}

#[test]
fn non_idempotent_create_is_not_retried_on_503() {
    let stub = Stub::start(|req, _| {
        if req.path.ends_with("/experiments/create") {
            text_reply(503, "text/plain", "Service Unavailable")
        } else {
            // What a server whose create failed would say about the name afterwards.
            json_reply(
                404,
                json!({"error_code": "RESOURCE_DOES_NOT_EXIST",
                       "message": "Could not find experiment with name 'x'"}),
            )
        }
    });
    let env = stub.env();
    let r = env.mlf(&["experiments", "create", "-n", "x"]);
    assert_eq!(
        stub.to("/experiments/create").len(),
        1,
        "a create that may have happened is never sent twice\n{r}"
    );
    let line = one_error_line(&r);
    assert!(r.stdout.is_empty(), "{r}");
    assert!(line.contains("503"), "says what the server answered\n{r}");
    r.fails(1);

    // A server (or proxy) that answers 503 to everything, with MLflow's default 7 retries:
    // still one create, and no retried follow-up requests either (with the default backoff
    // those would take four minutes).
    let stub = Stub::start(|_, _| text_reply(503, "text/plain", "Service Unavailable"));
    let r = stub.env().mlf(&["experiments", "create", "-n", "x"]);
    assert_eq!(stub.to("/experiments/create").len(), 1, "{r}");
    assert!(
        stub.requests().len() <= 2,
        "{} requests for one failed create: {:?}\n{r}",
        stub.requests().len(),
        stub.requests()
            .iter()
            .map(|q| format!("{} {}", q.method, q.path))
            .collect::<Vec<_>>()
    );
    assert!(one_error_line(&r).contains("503"), "{r}");
    r.fails(1);
}

#[test]
fn retry_after_is_honoured_on_429() {
    let stub = Stub::start(|req, n| {
        if req.path.ends_with("/experiments/create") && n == 0 {
            Reply::Respond {
                status: 429,
                headers: vec![
                    ("Retry-After", "1".into()),
                    ("Content-Type", "application/json".into()),
                ],
                body: json!({"error_code": "REQUEST_LIMIT_EXCEEDED", "message": "slow down"})
                    .to_string(),
            }
        } else if req.path.ends_with("/experiments/create") {
            json_reply(200, json!({"experiment_id": "7"}))
        } else {
            json_reply(
                404,
                json!({"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "no"}),
            )
        }
    });
    let env = stub.env();
    let start = Instant::now();
    // 429 is retried even for a non-idempotent request: the server did nothing.
    let r = env.mlf(&["experiments", "create", "-n", "x"]);
    let elapsed = start.elapsed();
    assert_eq!(r.ok().trim(), "7");
    let sent = stub.to("/experiments/create");
    assert_eq!(sent.len(), 2, "{r}");
    let gap = sent[1].at - sent[0].at;
    assert!(
        gap >= Duration::from_millis(900),
        "waited {gap:?}, not the 1 s of Retry-After"
    );
    assert!(gap < Duration::from_secs(5), "waited {gap:?}");
    assert!(elapsed >= Duration::from_millis(900));
    assert!(r.stderr.contains("429"), "{r}");
}

#[test]
fn refused_credentials_exit_4_and_secrets_stay_hidden() {
    const TOKEN: &str = "tok-s3cr3t-7d1f";
    const PASSWORD: &str = "pw-s3cr3t-99aa";
    // 401 with MLflow's JSON error; the token goes as a bearer header.
    let stub = Stub::start(|_, _| {
        json_reply(
            401,
            json!({"error_code": "UNAUTHENTICATED", "message": "You are not authenticated."}),
        )
    });
    let mut env = stub.env();
    env.env("MLFLOW_TRACKING_TOKEN", TOKEN);
    let r = env.mlf(&["experiments", "search"]);
    r.fails(4);
    let line = one_error_line(&r);
    assert!(line.contains("You are not authenticated."), "{r}");
    assert!(
        !line.contains("error_code"),
        "the message, not the raw JSON\n{r}"
    );
    let sent = stub.requests();
    assert_eq!(sent.len(), 1, "401 is not retried");
    assert_eq!(
        sent[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert!(
        !r.stdout.contains(TOKEN) && !r.stderr.contains(TOKEN),
        "{r}"
    );

    // A plain-text 403; user name and password win over the token.
    let stub = Stub::start(|_, _| text_reply(403, "text/plain", "Forbidden: no access"));
    let mut env = stub.env();
    env.env("MLFLOW_TRACKING_TOKEN", TOKEN);
    env.env("MLFLOW_TRACKING_USERNAME", "alice");
    env.env("MLFLOW_TRACKING_PASSWORD", PASSWORD);
    let r = env.mlf(&["runs", "get", "--run-id", RUN]);
    r.fails(4);
    let line = one_error_line(&r);
    assert!(line.contains("Forbidden: no access"), "{r}");
    let sent = stub.requests();
    assert_eq!(sent.len(), 1, "403 is not retried");
    assert!(sent[0].query.contains(RUN), "{:?}", sent[0]);
    // base64("alice:pw-s3cr3t-99aa")
    assert_eq!(
        sent[0].header("authorization"),
        Some("Basic YWxpY2U6cHctczNjcjN0LTk5YWE=")
    );
    for secret in [TOKEN, PASSWORD, "YWxpY2U6cHctczNjcjN0LTk5YWE="] {
        assert!(
            !r.stdout.contains(secret) && !r.stderr.contains(secret),
            "{secret} leaked\n{r}"
        );
    }

    // Without credentials nothing is sent.
    let stub = Stub::start(|_, _| text_reply(401, "text/plain", "Unauthorized"));
    stub.env().mlf(&["experiments", "search"]).fails(4);
    assert_eq!(stub.requests()[0].header("authorization"), None);
}

#[test]
fn a_hanging_server_times_out() {
    let stub = Stub::start(|_, _| Reply::Hang);
    let mut env = stub.env();
    env.env("MLFLOW_HTTP_REQUEST_TIMEOUT", "1");
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let start = Instant::now();
    let r = env.mlf(&["experiments", "search"]);
    let elapsed = start.elapsed();
    let line = one_error_line(&r);
    r.fails(1);
    assert!(elapsed < Duration::from_secs(6), "took {elapsed:?}\n{r}");
    assert!(line.contains("timed out"), "{r}");
    assert!(line.contains(&stub.url), "names the URL\n{r}");
    assert_eq!(stub.requests().len(), 1);
}

#[test]
fn connection_refused_names_the_uri_and_where_it_came_from() {
    let url = format!("http://127.0.0.1:{}", free_port());
    let mut env = TestEnv::new();
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    env.env("MLFLOW_TRACKING_URI", &url);
    let r = env.mlf(&["experiments", "search"]);
    let line = one_error_line(&r);
    r.fails(1);
    assert!(line.contains(&url), "{r}");
    assert!(r.stderr.contains("MLFLOW_TRACKING_URI"), "{r}");

    let mut env = TestEnv::new();
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let r = env.mlf(&["--tracking-uri", &url, "experiments", "search"]);
    let line = one_error_line(&r);
    r.fails(1);
    assert!(line.contains(&url), "{r}");
    assert!(r.stderr.contains("--tracking-uri"), "{r}");
    assert!(!r.stderr.contains("MLFLOW_TRACKING_URI"), "{r}");
}

#[test]
fn non_json_error_bodies_become_one_readable_line() {
    let stub = Stub::start(|req, _| {
        if req.path.ends_with("/runs/get") {
            text_reply(
                404,
                "text/html; charset=utf-8",
                "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n\
                 <p>The requested URL was not found on the server.</p>\n",
            )
        } else {
            json_reply(500, json!({"detail": "boom"}))
        }
    });
    let mut env = stub.env();
    env.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");
    let r = env.mlf(&["runs", "get", "--run-id", RUN]);
    r.fails(1);
    let line = one_error_line(&r);
    assert!(!r.stderr.contains('<') && !r.stderr.contains('>'), "{r}");
    assert!(line.contains("Not Found") && line.contains("404"), "{r}");

    let r = env.mlf(&["experiments", "search"]);
    r.fails(1);
    let line = one_error_line(&r);
    assert!(line.contains("boom"), "{r}");
    assert!(!line.contains('{'), "the message, not the raw JSON\n{r}");
    assert_eq!(stub.to("/experiments/search").len(), 1, "MAX_RETRIES=0");
}

#[test]
fn wire_format_content_type_doubles_timestamps_and_string_ids() {
    let stub = Stub::start(|req, _| {
        let p = req.path.as_str();
        if p.ends_with("/experiments/search") {
            // A server may send an id as a number: mlf still sends strings back.
            json_reply(
                200,
                json!({"experiments": [
                    {"experiment_id": 7, "name": "seven", "lifecycle_stage": "active"},
                    {"experiment_id": "0", "name": "Default", "lifecycle_stage": "active"}]}),
            )
        } else if p.ends_with("/experiments/create") {
            json_reply(200, json!({"experiment_id": "12"}))
        } else {
            ok_empty()
        }
    });
    let env = stub.env();
    env.mlf(&[
        "metrics", "log", "--run-id", RUN, "n=nan", "p=inf", "m=-inf", "x=2.5",
    ])
    .ok();
    env.mlf(&["params", "log", "--run-id", RUN, "lr=0.1"]).ok();
    env.mlf(&["tags", "set", "--run-id", RUN, "team=a"]).ok();
    assert_eq!(
        env.mlf(&["experiments", "create", "-n", "e"]).ok().trim(),
        "12"
    );
    env.mlf(&["runs", "search", "-o", "json"]).ok();
    env.mlf(&["runs", "search", "--experiment-id", "3", "-o", "json"])
        .ok();

    let all = stub.requests();
    let posts: Vec<&Req> = all.iter().filter(|r| r.method == "POST").collect();
    assert!(posts.len() >= 6, "{all:?}");
    for p in &posts {
        let ct = p.header("content-type").unwrap_or_default();
        assert!(
            ct.starts_with("application/json"),
            "{} has Content-Type `{ct}`",
            p.path
        );
        p.json();
    }

    let batch = stub.to("/runs/log-batch")[0].json();
    let metrics = batch["metrics"].as_array().unwrap();
    let value = |k: &str| {
        metrics
            .iter()
            .find(|m| m["key"] == k)
            .unwrap_or_else(|| panic!("no metric {k}: {batch}"))["value"]
            .clone()
    };
    assert_eq!(value("n"), json!("NaN"));
    assert_eq!(value("p"), json!("Infinity"));
    assert_eq!(value("m"), json!("-Infinity"));
    assert_eq!(value("x"), json!(2.5));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    for m in metrics {
        let ts = m["timestamp"]
            .as_i64()
            .or_else(|| m["timestamp"].as_str().and_then(|s| s.parse().ok()))
            .unwrap_or_else(|| panic!("metric without a timestamp: {m}"));
        assert!((now - 600_000..=now + 1000).contains(&ts), "timestamp {ts}");
    }

    let searches = stub.to("/runs/search");
    assert_eq!(searches.len(), 2);
    assert_eq!(searches[0].json()["experiment_ids"], json!(["7", "0"]));
    assert_eq!(searches[1].json()["experiment_ids"], json!(["3"]));
}

#[test]
fn bulk_log_reports_what_was_logged_before_a_failure() {
    let stub = Stub::start(|req, n| {
        if req.path.ends_with("/runs/log-batch") && n == 1 {
            json_reply(
                400,
                json!({"error_code": "INVALID_PARAMETER_VALUE",
                       "message": "Invalid value for metric 'b' at step 1000"}),
            )
        } else {
            ok_empty()
        }
    });
    let env = stub.env();
    let points: String = (0..2500)
        .map(|i| {
            format!(
                "{{\"key\":\"b\",\"value\":{i},\"step\":{i},\"timestamp\":{}}}\n",
                1000 + i
            )
        })
        .collect();
    let file = env.path().join("points.jsonl");
    std::fs::write(&file, points).unwrap();
    let r = env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        RUN,
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_ne!(r.code, 0, "{r}");
    one_error_line(&r);
    assert!(
        r.stderr
            .contains("1000 point(s) before the error were logged"),
        "{r}"
    );
    assert!(
        r.stderr.contains("at step 1000"),
        "the server's reason\n{r}"
    );
    let sent = stub.to("/runs/log-batch");
    assert_eq!(sent.len(), 2, "nothing is sent after the failure");
    assert_eq!(sent[0].json()["metrics"].as_array().unwrap().len(), 1000);
    assert_eq!(sent[1].json()["metrics"][0]["step"], 1000);
}
