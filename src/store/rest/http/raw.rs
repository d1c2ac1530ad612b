//! Transfers over a raw HTTP/1.1 connection, for plain-http artifact files of 4 MiB and more:
//! uploads copied to the socket by the kernel (sendfile) and downloads read straight from it,
//! on par with curl; retried as every request is.

use std::time::Duration;

use super::{error_from_response, Auth, Http, RETRY_STATUSES};
use crate::store::{Result, StoreError};

impl Http {
    pub(super) fn put_file_raw(
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
}

/// Files from this size on are uploaded over a raw connection (see `Http::put_file`).
pub(super) const RAW_PUT_MIN: u64 = 4 << 20;

/// How a raw upload attempt failed.
pub(super) enum RawError {
    /// Worth another attempt (connection trouble, 5xx), with the reason for the status line.
    Retry(String, StoreError),
    Final(StoreError),
}

/// Returns whether a transfer may use a raw connection: plain http, and no proxy configured
/// in the environment (reqwest honours proxies; the raw path does not).
pub(super) fn raw_eligible(url: &str) -> bool {
    url.starts_with("http://") && !crate::env::proxy_configured()
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
