//! HTTP transport to a tracking server: authentication, TLS settings, MLflow's retry policy
//! (`MLFLOW_HTTP_REQUEST_*`), and turning error responses of any shape into one readable line
//! mapped by `error_code`.

use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder};
use serde_json::Value;

use crate::env;
use crate::store::{Result, StoreError};

mod errors;
mod raw;
mod retry;

pub use errors::{error_from_response, one_line};
pub use raw::RawBody;
use raw::{raw_eligible, RAW_PUT_MIN};
pub use retry::RetryPolicy;
use retry::RETRY_STATUSES;

/// How a request authenticates.
#[derive(Clone)]
pub enum Auth {
    None,
    Basic { username: String, password: String },
    Bearer(String),
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
        let settings = env::http_settings().map_err(StoreError::Invalid)?;
        let policy = RetryPolicy::new(&settings);
        let mut builder = Client::builder()
            .user_agent(concat!("mlf/", env!("CARGO_PKG_VERSION")))
            .timeout(policy.timeout)
            .connect_timeout(policy.timeout.min(Duration::from_secs(30)))
            .pool_max_idle_per_host(8)
            .tcp_keepalive(Duration::from_secs(30))
            .tcp_nodelay(true);
        let insecure = settings.insecure_tls;
        let ca = settings.server_cert_path.clone();
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
        if let Some(path) = settings.client_cert_path.clone() {
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

    /// Sends a JSON body by any method (the PATCH and DELETE routes of logged models and the
    /// registry) and returns the JSON answer; retried as [`Self::post`] is.
    pub fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &Value,
        idempotent: bool,
    ) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let bytes = serde_json::to_vec(body).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let resp = self.send_raw(&url, idempotent, || {
            Ok(self
                .client
                .request(method.clone(), &url)
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
