//! HTTP transport to a tracking server: authentication, TLS settings, MLflow's retry policy
//! (`MLFLOW_HTTP_REQUEST_*`), and turning error responses of any shape into one readable line
//! mapped by `error_code`.

use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder};
use serde_json::Value;

use crate::env;
use crate::store::Kind;
use crate::store::{Result, StoreError};

/// Statuses worth retrying for idempotent requests (408 and 429 are retried for all).
const RETRY_STATUSES: [u16; 6] = [408, 429, 500, 502, 503, 504];
/// The longest backoff between two attempts.
const MAX_BACKOFF: f64 = 120.0;

/// How a request authenticates.
#[derive(Clone)]
pub enum Auth {
    None,
    Basic { username: String, password: String },
    Bearer(String),
}

/// Retry and timeout settings, from MLflow's environment variables.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub backoff_factor: f64,
    pub jitter: f64,
    pub timeout: Duration,
    pub respect_retry_after: bool,
}

fn num_var(name: &str, default: f64, max: f64) -> Result<f64> {
    let Some(v) = env::var(name) else {
        return Ok(default);
    };
    match v.trim().parse::<f64>() {
        Ok(n) if (0.0..=max).contains(&n) => Ok(n),
        _ => Err(StoreError::Invalid(format!(
            "invalid {name} `{v}`: expected a number from 0 to {max}"
        ))),
    }
}

impl RetryPolicy {
    /// Reads the policy from the environment, with MLflow's defaults and limits.
    pub fn from_env() -> Result<RetryPolicy> {
        let max_retries = num_var(env::MLFLOW_HTTP_REQUEST_MAX_RETRIES, 7.0, 10.0)?;
        if max_retries.fract() != 0.0 {
            return Err(StoreError::Invalid(format!(
                "invalid {}: expected a whole number",
                env::MLFLOW_HTTP_REQUEST_MAX_RETRIES
            )));
        }
        let timeout = num_var(env::MLFLOW_HTTP_REQUEST_TIMEOUT, 120.0, 86_400.0)?;
        Ok(RetryPolicy {
            max_retries: max_retries as u32,
            backoff_factor: num_var(env::MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR, 2.0, 120.0)?,
            jitter: num_var(env::MLFLOW_HTTP_REQUEST_BACKOFF_JITTER, 1.0, 3600.0)?,
            timeout: Duration::from_secs_f64(timeout.max(0.001)),
            respect_retry_after: env::bool_var(env::MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER)
                .map_err(StoreError::Invalid)?
                .unwrap_or(true),
        })
    }

    /// Returns the wait before retry number `n` (1-based): 0, then factor × 2^(n−1), capped.
    pub fn backoff(&self, n: u32) -> Duration {
        let base = if n <= 1 {
            0.0
        } else {
            (self.backoff_factor * 2f64.powi(n as i32 - 1)).min(MAX_BACKOFF)
        };
        Duration::from_secs_f64(base + random_unit() * self.jitter)
    }
}

/// Returns a random number in [0, 1).
fn random_unit() -> f64 {
    let b = uuid::Uuid::new_v4().as_u128();
    (b >> 75) as f64 / (1u64 << 53) as f64
}

/// A connection to one tracking server.
pub struct Http {
    client: Client,
    base: String,
    auth: Auth,
    policy: RetryPolicy,
    /// Where the URI came from, for connection errors ("from MLFLOW_TRACKING_URI").
    origin: String,
    notify: Box<dyn Fn(&str) + Send + Sync>,
}

impl Http {
    /// Builds a client for `base` (scheme, host and any path prefix, no trailing slash).
    pub fn new(
        base: &str,
        auth: Auth,
        origin: String,
        notify: Box<dyn Fn(&str) + Send + Sync>,
    ) -> Result<Http> {
        let policy = RetryPolicy::from_env()?;
        let mut builder = Client::builder()
            .user_agent(concat!("mlf/", env!("CARGO_PKG_VERSION")))
            .timeout(policy.timeout)
            .connect_timeout(policy.timeout.min(Duration::from_secs(30)))
            .pool_max_idle_per_host(8)
            .tcp_keepalive(Duration::from_secs(30))
            .tcp_nodelay(true);
        let insecure = env::bool_var(env::MLFLOW_TRACKING_INSECURE_TLS)
            .map_err(StoreError::Invalid)?
            .unwrap_or(false);
        let ca = env::var(env::MLFLOW_TRACKING_SERVER_CERT_PATH);
        if insecure && ca.is_some() {
            return Err(StoreError::Invalid(format!(
                "{} and {} cannot both be set",
                env::MLFLOW_TRACKING_INSECURE_TLS,
                env::MLFLOW_TRACKING_SERVER_CERT_PATH
            )));
        }
        if insecure {
            builder = builder.danger_accept_invalid_certs(true);
        }
        if let Some(path) = ca {
            let pem = std::fs::read(&path).map_err(|e| {
                StoreError::Invalid(format!("could not read the server CA bundle `{path}`: {e}"))
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                StoreError::Invalid(format!("invalid server CA bundle `{path}`: {e}"))
            })?;
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        if let Some(path) = env::var(env::MLFLOW_TRACKING_CLIENT_CERT_PATH) {
            let pem = std::fs::read(&path).map_err(|e| {
                StoreError::Invalid(format!(
                    "could not read the client certificate `{path}`: {e}"
                ))
            })?;
            let id = reqwest::Identity::from_pem(&pem).map_err(|e| {
                StoreError::Invalid(format!("invalid client certificate `{path}`: {e}"))
            })?;
            builder = builder.identity(id);
        }
        let client = builder
            .build()
            .map_err(|e| StoreError::Transport(format!("could not set up HTTP: {e}")))?;
        Ok(Http {
            client,
            base: base.trim_end_matches('/').to_string(),
            auth,
            policy,
            origin,
            notify,
        })
    }

    /// Returns the base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Sends a GET with query parameters (repeated keys allowed) and returns the JSON body.
    pub fn get(&self, path: &str, query: &[(&str, String)]) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        self.get_url(&url, query)
    }

    /// Sends a GET to an absolute URL and returns the JSON body.
    pub fn get_url(&self, url: &str, query: &[(&str, String)]) -> Result<Value> {
        let resp = self.send_raw(url, true, || Ok(self.client.get(url).query(query)))?;
        json_body(url, resp)
    }

    /// Sends a POST with a JSON body. Non-idempotent requests (creates, deletes of
    /// experiments) are retried only on 408 and 429 and on failures to connect, so that they
    /// cannot happen twice.
    pub fn post(&self, path: &str, body: &Value, idempotent: bool) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let bytes = serde_json::to_vec(body).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let resp = self.send_raw(&url, idempotent, || {
            Ok(self
                .client
                .post(&url)
                .header("Content-Type", "application/json")
                .body(bytes.clone()))
        })?;
        json_body(&url, resp)
    }

    /// Sends a GET and returns the successful response unread, for streaming downloads.
    pub fn get_stream(&self, url: &str) -> Result<reqwest::blocking::Response> {
        self.send_raw(url, true, || Ok(self.client.get(url)))
    }

    /// Uploads a file with a streamed PUT (idempotent: it overwrites), reporting bytes sent.
    /// Large files to a plain-http server go over a raw connection, where the kernel copies
    /// the bytes (reqwest's blocking body moves them in 8 KiB chunks through a channel).
    pub fn put_file(
        &self,
        url: &str,
        path: &std::path::Path,
        progress: &crate::store::Progress,
    ) -> Result<()> {
        let big = std::fs::metadata(path)
            .map(|m| m.len() >= RAW_PUT_MIN)
            .unwrap_or(false);
        if big && raw_eligible(url) {
            return self.put_file_raw(url, path, progress);
        }
        let resp = self.send_raw(url, true, || {
            let file = std::fs::File::open(path).map_err(|e| {
                StoreError::Io(std::io::Error::new(
                    e.kind(),
                    format!("`{}`: {e}", path.display()),
                ))
            })?;
            let len = file.metadata()?.len();
            let reader = ProgressReader {
                inner: file,
                progress: progress.clone(),
            };
            Ok(self
                .client
                .put(url)
                .body(reqwest::blocking::Body::sized(reader, len)))
        })?;
        drop(resp);
        Ok(())
    }

    /// Sends a request, retrying as MLflow does, and returns a 2xx response unread.
    fn send_raw(
        &self,
        url: &str,
        idempotent: bool,
        build: impl Fn() -> Result<RequestBuilder>,
    ) -> Result<reqwest::blocking::Response> {
        let mut retry = 0;
        loop {
            let can_retry = retry < self.policy.max_retries;
            match self.authed(build()?).send() {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    if (200..300).contains(&status) {
                        return Ok(resp);
                    }
                    let retry_after = resp
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<f64>().ok());
                    let body = resp.text().map_err(|e| self.transport(url, &e))?;
                    let retryable = matches!(status, 408 | 429)
                        || (idempotent && RETRY_STATUSES.contains(&status))
                        || (status == 503
                            && retry_after.is_some()
                            && self.policy.respect_retry_after);
                    if retryable && can_retry {
                        retry += 1;
                        let mut wait = self.policy.backoff(retry);
                        if let (Some(secs), true) = (retry_after, self.policy.respect_retry_after) {
                            wait = Duration::from_secs_f64(secs.clamp(0.0, 3600.0));
                        }
                        self.wait(&format!("server answered HTTP {status}"), wait, retry);
                        continue;
                    }
                    return Err(error_from_response(status, &body, url));
                }
                Err(e) => {
                    // A refused connection sent nothing: safe to retry whatever the request.
                    if (e.is_connect() || (idempotent && !e.is_builder())) && can_retry {
                        retry += 1;
                        let reason = if e.is_timeout() {
                            "request timed out"
                        } else {
                            "could not connect"
                        };
                        self.wait(reason, self.policy.backoff(retry), retry);
                        continue;
                    }
                    return Err(self.transport(url, &e));
                }
            }
        }
    }

    /// PUTs a file over a plain TCP connection, retrying as `send_raw` does.
    fn put_file_raw(
        &self,
        url: &str,
        path: &std::path::Path,
        progress: &crate::store::Progress,
    ) -> Result<()> {
        self.raw_with_retries(|| self.put_once(url, path, progress))
    }

    /// Runs a raw request, retrying as `send_raw` does while the failure is retryable.
    fn raw_with_retries<T>(&self, attempt: impl Fn() -> Result<T, RawError>) -> Result<T> {
        let mut retry = 0;
        loop {
            match attempt() {
                Ok(v) => return Ok(v),
                Err(RawError::Final(e)) => return Err(e),
                Err(RawError::Retry(reason, e)) => {
                    if retry >= self.policy.max_retries {
                        return Err(e);
                    }
                    retry += 1;
                    self.wait(&reason, self.policy.backoff(retry), retry);
                }
            }
        }
    }

    /// Opens a plain TCP connection for `url` and returns it with the request head to send
    /// (`method`, `Host`, `User-Agent`, credentials, `Connection: close`, then `extra`).
    fn raw_connect(
        &self,
        method: &str,
        url: &str,
        extra: &str,
    ) -> Result<(std::net::TcpStream, String), RawError> {
        let io = |e: std::io::Error| {
            RawError::Retry(
                "the connection broke off".into(),
                StoreError::Transport(format!("request to {url} failed: {e}")),
            )
        };
        let rest = url.strip_prefix("http://").unwrap_or(url);
        let (authority, target) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let target = if target.is_empty() { "/" } else { target };
        let with_port = if authority.contains(':') {
            authority.to_string()
        } else {
            format!("{authority}:80")
        };
        let addr = {
            use std::net::ToSocketAddrs;
            with_port.to_socket_addrs().ok().and_then(|mut a| a.next())
        };
        let Some(addr) = addr else {
            return Err(RawError::Final(StoreError::Transport(format!(
                "cannot resolve {authority}"
            ))));
        };
        let stream =
            std::net::TcpStream::connect_timeout(&addr, self.policy.timeout).map_err(|e| {
                RawError::Retry(
                    "could not connect".into(),
                    StoreError::Transport(format!("could not connect to {}: {e}", self.base)),
                )
            })?;
        stream.set_nodelay(true).map_err(io)?;
        stream
            .set_read_timeout(Some(self.policy.timeout))
            .map_err(io)?;
        stream
            .set_write_timeout(Some(self.policy.timeout))
            .map_err(io)?;
        let auth = match &self.auth {
            Auth::None => String::new(),
            Auth::Basic { username, password } => {
                use base64::Engine as _;
                let b = base64::engine::general_purpose::STANDARD
                    .encode(format!("{username}:{password}"));
                format!("Authorization: Basic {b}\r\n")
            }
            Auth::Bearer(t) => format!("Authorization: Bearer {t}\r\n"),
        };
        let head = format!(
            "{method} {target} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: mlf/{}\r\n{auth}Connection: close\r\n{extra}\r\n",
            env!("CARGO_PKG_VERSION")
        );
        Ok((stream, head))
    }

    fn put_once(
        &self,
        url: &str,
        path: &std::path::Path,
        progress: &crate::store::Progress,
    ) -> Result<(), RawError> {
        use std::io::{Read, Write};
        let io = |e: std::io::Error| {
            RawError::Retry(
                "the upload broke off".into(),
                StoreError::Transport(format!("upload to {url} failed: {e}")),
            )
        };
        let mut file = std::fs::File::open(path).map_err(|e| {
            RawError::Final(StoreError::Io(std::io::Error::new(
                e.kind(),
                format!("`{}`: {e}", path.display()),
            )))
        })?;
        let len = file.metadata().map_err(io)?.len();
        let extra = format!("Content-Type: application/octet-stream\r\nContent-Length: {len}\r\n");
        let (mut stream, head) = self.raw_connect("PUT", url, &extra)?;
        stream.write_all(head.as_bytes()).map_err(io)?;
        // io::copy from a file to a socket is sendfile on Linux; 8 MiB at a time for progress.
        let mut sent = 0;
        while sent < len {
            let n = std::io::copy(&mut (&mut file).take(8 << 20), &mut stream).map_err(io)?;
            if n == 0 {
                return Err(RawError::Final(StoreError::Io(std::io::Error::other(
                    format!("`{}` shrank while it was uploaded", path.display()),
                ))));
            }
            sent += n;
            progress(n);
        }
        let mut reader = std::io::BufReader::new(Timed::new(stream, self.policy.timeout));
        let (status, length, _) = read_head(&mut reader).map_err(io)?;
        if (200..300).contains(&status) {
            return Ok(());
        }
        Err(raw_failure(status, &mut reader, length, url))
    }

    /// Starts a GET of a plain-http URL over a raw connection and returns the body reader and
    /// its length; `None` when the raw path does not apply (https, or a body without a
    /// length), so the caller uses [`Http::get_stream`]. Retried until the body starts.
    pub fn get_raw(&self, url: &str) -> Result<Option<(RawBody, u64)>> {
        if !raw_eligible(url) {
            return Ok(None);
        }
        self.raw_with_retries(|| self.get_raw_once(url))
    }

    fn get_raw_once(&self, url: &str) -> Result<Option<(RawBody, u64)>, RawError> {
        use std::io::{Read, Write};
        let io = |e: std::io::Error| {
            RawError::Retry(
                "the connection broke off".into(),
                StoreError::Transport(format!("request to {url} failed: {e}")),
            )
        };
        let (mut stream, head) = self.raw_connect("GET", url, "")?;
        stream.write_all(head.as_bytes()).map_err(io)?;
        let stream = Timed::new(stream, self.policy.timeout);
        let mut reader = std::io::BufReader::with_capacity(256 << 10, stream);
        let (status, length, chunked) = read_head(&mut reader).map_err(io)?;
        if !(200..300).contains(&status) {
            return Err(raw_failure(status, &mut reader, length, url));
        }
        match length {
            Some(len) if !chunked => Ok(Some((Box::new(reader.take(len)), len))),
            _ => Ok(None),
        }
    }

    fn authed(&self, req: RequestBuilder) -> RequestBuilder {
        match &self.auth {
            Auth::None => req,
            Auth::Basic { username, password } => req.basic_auth(username, Some(password)),
            Auth::Bearer(token) => req.bearer_auth(token),
        }
    }

    /// Turns a failure while reading a response body into a store error naming the URL.
    pub fn read_error(&self, url: &str, e: &reqwest::Error) -> StoreError {
        self.transport(url, e)
    }

    fn wait(&self, reason: &str, wait: Duration, retry: u32) {
        (self.notify)(&format!(
            "{reason}; retrying in {:.1} s (retry {retry} of {})",
            wait.as_secs_f64(),
            self.policy.max_retries
        ));
        std::thread::sleep(wait);
    }

    fn transport(&self, url: &str, e: &reqwest::Error) -> StoreError {
        let origin = if self.origin.is_empty() {
            String::new()
        } else {
            format!(" (tracking URI from {})", self.origin)
        };
        if e.is_timeout() {
            return StoreError::Transport(format!(
                "request to {url} timed out after {} s{origin}",
                self.policy.timeout.as_secs_f64()
            ));
        }
        let mut cause = e.to_string();
        let mut src = std::error::Error::source(e);
        while let Some(s) = src {
            cause = s.to_string();
            src = s.source();
        }
        if e.is_connect() {
            return StoreError::Transport(format!(
                "could not connect to {}{origin}: {cause}",
                self.base
            ));
        }
        StoreError::Transport(format!("request to {url} failed{origin}: {cause}"))
    }
}

/// Files from this size on are uploaded over a raw connection (see `Http::put_file`).
const RAW_PUT_MIN: u64 = 4 << 20;

/// How a raw upload attempt failed.
enum RawError {
    /// Worth another attempt (connection trouble, 5xx), with the reason for the status line.
    Retry(String, StoreError),
    Final(StoreError),
}

/// Returns whether a transfer may use a raw connection: plain http, and no proxy configured
/// in the environment (reqwest honours proxies; the raw path does not).
fn raw_eligible(url: &str) -> bool {
    let proxied = ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()));
    url.starts_with("http://") && !proxied
}

/// The body of a raw GET.
pub type RawBody = Box<dyn std::io::Read + Send>;

/// Reads a response head: status, `Content-Length`, and whether the body is chunked.
fn read_head(reader: &mut impl std::io::BufRead) -> std::io::Result<(u16, Option<u64>, bool)> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (mut length, mut chunked) = (None, false);
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            return Ok((status, length, chunked));
        }
        if let Some((k, v)) = line.split_once(':') {
            let (k, v) = (k.trim(), v.trim());
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse().ok();
            } else if k.eq_ignore_ascii_case("transfer-encoding")
                && v.to_ascii_lowercase().contains("chunked")
            {
                chunked = true;
            }
        }
    }
}

/// Turns a non-2xx raw answer into an error, retryable for MLflow's retry statuses. The body
/// is read by its length: a server may keep the connection open regardless.
fn raw_failure(
    status: u16,
    reader: &mut impl std::io::Read,
    length: Option<u64>,
    url: &str,
) -> RawError {
    use std::io::Read;
    let mut body = String::new();
    let _ = reader
        .take(length.unwrap_or(1 << 20).min(1 << 20))
        .read_to_string(&mut body);
    let err = error_from_response(status, &body, url);
    if RETRY_STATUSES.contains(&status) {
        RawError::Retry(format!("server answered HTTP {status}"), err)
    } else {
        RawError::Final(err)
    }
}

/// A socket whose read timeouts say "timed out after N s" (the OS says "Resource temporarily
/// unavailable").
struct Timed {
    stream: std::net::TcpStream,
    timeout: Duration,
}

impl Timed {
    fn new(stream: std::net::TcpStream, timeout: Duration) -> Timed {
        Timed { stream, timeout }
    }
}

impl std::io::Read for Timed {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.stream.read(buf).map_err(|e| match e.kind() {
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!(
                    "timed out: the server sent nothing for {} s (MLFLOW_HTTP_REQUEST_TIMEOUT)",
                    self.timeout.as_secs_f64()
                ),
            ),
            _ => e,
        })
    }
}

/// Reads a 2xx response as JSON (an empty body is `{}`).
fn json_body(url: &str, resp: reqwest::blocking::Response) -> Result<Value> {
    let status = resp.status().as_u16();
    let body = resp
        .text()
        .map_err(|e| StoreError::Transport(format!("could not read the answer of {url}: {e}")))?;
    if body.trim().is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    serde_json::from_str(&body).map_err(|_| {
        StoreError::Server(format!(
            "{url} answered HTTP {status} with a body that is not JSON: {}",
            one_line(&body)
        ))
    })
}

/// A reader that reports the bytes read through it.
struct ProgressReader<R> {
    inner: R,
    progress: crate::store::Progress,
}

impl<R: std::io::Read> std::io::Read for ProgressReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.progress)(n as u64);
        Ok(n)
    }
}

/// Collapses a non-JSON body (HTML, plain text) into one short line.
pub fn one_line(body: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if in_tag => {}
            c if c.is_control() => text.push(' '),
            c => text.push(c),
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() > 200 {
        format!("{}…", line.chars().take(200).collect::<String>())
    } else if line.is_empty() {
        "(empty body)".into()
    } else {
        line
    }
}

/// Maps an error response to a store error: by `error_code` for MLflow's JSON errors, by
/// status for anything else.
pub fn error_from_response(status: u16, body: &str, url: &str) -> StoreError {
    let json: Option<Value> = serde_json::from_str(body).ok();
    let code = json
        .as_ref()
        .and_then(|j| j.get("error_code"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let message = json
        .as_ref()
        .and_then(|j| j.get("message").or_else(|| j.get("detail")))
        .map(|m| {
            m.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| m.to_string())
        })
        .map(|m| one_line(&m))
        .unwrap_or_else(|| {
            format!(
                "server returned HTTP {status} for {url}: {}",
                one_line(body)
            )
        });
    if let Some(code) = code {
        return match code.as_str() {
            "RESOURCE_DOES_NOT_EXIST" | "NOT_FOUND" => StoreError::not_found(Kind::Other, message),
            "RESOURCE_ALREADY_EXISTS" | "ALREADY_EXISTS" => StoreError::AlreadyExists {
                kind: Kind::Other,
                message,
                id: None,
                deleted: false,
            },
            "UNAUTHENTICATED" | "CUSTOMER_UNAUTHORIZED" | "PERMISSION_DENIED" => {
                StoreError::Unauthorized(message)
            }
            "INVALID_PARAMETER_VALUE" | "BAD_REQUEST" | "MALFORMED_REQUEST" | "INVALID_STATE" => {
                // A changed param value or a write to a deleted run is a conflict with stored
                // state (exit 1 on every store), not bad input.
                if message.contains("Changing param values is not allowed")
                    || message.contains("conflicting params")
                    || message.contains("must be in the 'active' state")
                    || message.contains("must be in 'active' state")
                {
                    StoreError::Conflict(message)
                } else {
                    StoreError::Invalid(message)
                }
            }
            _ => StoreError::Server(format!("{message} ({code}, HTTP {status})")),
        };
    }
    match status {
        401 | 403 => StoreError::Unauthorized(message),
        _ => StoreError::Server(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_errors() {
        let e = error_from_response(
            404,
            r#"{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Run with id=x not found"}"#,
            "u",
        );
        assert!(
            matches!(e, StoreError::NotFound { message: ref m, .. } if m == "Run with id=x not found")
        );
        let e = error_from_response(
            400,
            r#"{"error_code":"INVALID_PARAMETER_VALUE","message":"Changing param values is not allowed. x"}"#,
            "u",
        );
        assert!(matches!(e, StoreError::Conflict(_)));
        let e = error_from_response(
            400,
            r#"{"error_code":"RESOURCE_ALREADY_EXISTS","message":"dup"}"#,
            "u",
        );
        assert!(matches!(e, StoreError::AlreadyExists { .. }));
        let e = error_from_response(
            403,
            "Invalid Host header - possible DNS rebinding attack detected",
            "u",
        );
        assert!(matches!(e, StoreError::Unauthorized(ref m) if m.contains("DNS rebinding")));
        let e = error_from_response(
            404,
            "<!doctype html><html><title>404 Not Found</title><h1>Not Found</h1></html>",
            "http://h/x",
        );
        assert!(
            matches!(e, StoreError::Server(ref m) if m.contains("404 Not Found") && !m.contains('<')),
            "{e}"
        );
        let e = error_from_response(500, r#"{"detail":"boom"}"#, "u");
        assert!(matches!(e, StoreError::Server(ref m) if m == "boom"));
    }

    #[test]
    fn backoff_follows_mlflow() {
        let p = RetryPolicy {
            max_retries: 7,
            backoff_factor: 2.0,
            jitter: 0.0,
            timeout: Duration::from_secs(1),
            respect_retry_after: true,
        };
        let waits: Vec<u64> = (1..=7).map(|n| p.backoff(n).as_secs()).collect();
        assert_eq!(waits, [0, 4, 8, 16, 32, 64, 120]);
    }

    #[test]
    fn one_line_is_short() {
        assert_eq!(one_line("  a\n\tb  "), "a b");
        assert!(one_line(&"x".repeat(500)).chars().count() <= 201);
    }
}
