//! Artifacts behind a tracking server's proxy (`mlflow-artifacts:` URIs): `GET`/`PUT
//! /api/2.0/mlflow-artifacts/artifacts/<path>` for files, `GET …/artifacts?path=` to list.

use std::io::Write;
use std::path::Path;

use serde_json::Value;

use super::http::Http;
use crate::store::artifacts::local::copy_with_progress;
use crate::store::artifacts::paths as transfer;
use crate::store::artifacts::{join, ArtifactRepo, FileInfo};
use crate::store::uri::encode_path;
use crate::store::{Progress, Result, StoreError};

const ARTIFACTS: &str = "/api/2.0/mlflow-artifacts/artifacts";

/// An `mlflow-artifacts:` root on a tracking server.
pub struct ProxyRepo<'a> {
    http: &'a Http,
    uri: String,
    /// `<server base>/api/2.0/mlflow-artifacts/artifacts`.
    endpoint: String,
    /// The root's path below the server's artifact root, without slashes around it.
    root: String,
}

impl<'a> ProxyRepo<'a> {
    /// Maps `mlflow-artifacts:/<path>` (or `mlflow-artifacts://host:port/<path>`) onto the
    /// tracking server `http` talks to, keeping its path prefix.
    pub fn new(http: &'a Http, uri: &str) -> Result<ProxyRepo<'a>> {
        let rest = uri.strip_prefix("mlflow-artifacts:").ok_or_else(|| {
            StoreError::Invalid(format!("`{uri}` is not an mlflow-artifacts URI"))
        })?;
        let base = http.base();
        let (server, path) = match rest.strip_prefix("//") {
            Some(authority_and_path) => {
                let (authority, path) = authority_and_path
                    .split_once('/')
                    .unwrap_or((authority_and_path, ""));
                if authority.is_empty() {
                    (base.to_string(), path)
                } else {
                    let scheme = base.split("://").next().unwrap_or("http");
                    (format!("{scheme}://{authority}"), path)
                }
            }
            None => (base.to_string(), rest),
        };
        Ok(ProxyRepo {
            http,
            uri: uri.trim_end_matches('/').to_string(),
            endpoint: format!("{server}{ARTIFACTS}"),
            root: path.trim_matches('/').to_string(),
        })
    }

    fn url(&self, rel: &str) -> Result<String> {
        transfer::check_relative(rel)?;
        Ok(format!(
            "{}/{}",
            self.endpoint,
            encode_path(&join(&self.root, rel))
        ))
    }
}

impl ArtifactRepo for ProxyRepo<'_> {
    fn root_uri(&self) -> &str {
        &self.uri
    }

    fn list(&self, path: &str) -> Result<Vec<FileInfo>> {
        if !path.is_empty() {
            transfer::check_relative(path)?;
        }
        let v = self
            .http
            .get_url(&self.endpoint, &[("path", join(&self.root, path))])?;
        let mut out = Vec::new();
        for f in v
            .get("files")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let name = f.get("path").and_then(Value::as_str).unwrap_or_default();
            // The server answers base names: anything with a separator, or `.`/`..`, is not
            // one, and would name a place outside the folder listed.
            if name.is_empty() || name.contains('/') || name == "." || name == ".." {
                return Err(StoreError::Server(format!(
                    "refusing an unsafe artifact path: the server listed `{name}` under `{path}`"
                )));
            }
            let is_dir = f.get("is_dir").and_then(Value::as_bool).unwrap_or(false);
            let size = f
                .get("file_size")
                .and_then(|s| s.as_u64().or_else(|| s.as_str()?.parse().ok()));
            out.push(FileInfo {
                path: join(path, name),
                is_dir,
                file_size: if is_dir { None } else { size },
            });
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    fn upload(&self, local: &Path, dest: &str, progress: &Progress) -> Result<()> {
        let url = self.url(dest)?;
        self.http.put_file(&url, local, progress)
    }

    fn download(&self, src: &str, out: &mut dyn Write, progress: &Progress) -> Result<()> {
        let url = self.url(src)?;
        let (mut resp, expected): (Box<dyn std::io::Read + Send>, Option<u64>) =
            match self.http.get_raw(&url)? {
                Some((body, len)) => (body, Some(len)),
                None => {
                    let resp = self.http.get_stream(&url)?;
                    let len = resp.content_length();
                    (Box::new(resp), len)
                }
            };
        let mut counted = CountingWriter { inner: out, n: 0 };
        copy_with_progress(&mut resp, &mut counted, progress).map_err(|e| {
            StoreError::Transport(format!(
                "download of {url} broke off after {} bytes: {e}",
                counted.n
            ))
        })?;
        if let Some(len) = expected.filter(|len| *len != counted.n) {
            return Err(StoreError::Transport(format!(
                "download of {url} ended after {} of {len} bytes",
                counted.n
            )));
        }
        Ok(())
    }
}

struct CountingWriter<'w> {
    inner: &'w mut dyn Write,
    n: u64,
}

impl Write for CountingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.n += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
