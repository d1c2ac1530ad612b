//! Artifacts in object stores, as MLflow's own artifact repositories reach them: `s3://`
//! (AWS and S3-compatible servers), `gs://` (Google Cloud Storage) and `wasbs://`/`abfss://`
//! (Azure), through the `object_store` crate (its signing and credential chains), with the
//! settings MLflow reads (`MLFLOW_S3_ENDPOINT_URL`, `AWS_PROFILE`, `STORAGE_EMULATOR_HOST`,
//! `AZURE_STORAGE_CONNECTION_STRING`, …; see `super::cloud_config`).
//!
//! The stores are asynchronous; one small runtime, started on first use only, drives them, so
//! commands that never touch a bucket pay nothing for it.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use futures_util::StreamExt;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, WriteMultipart};

use super::cloud_config::{self, Location};
use super::paths;
use super::{ArtifactRepo, FileInfo};
use crate::store::{Kind, Progress, Result, StoreError};

/// Files of this size and more go up in parts, as boto3's default threshold.
pub const MULTIPART_THRESHOLD: u64 = 8 << 20;
/// The size of one part.
const PART_SIZE: usize = 8 << 20;
/// Objects of this size and more are downloaded in ranges, several at once.
const RANGED_DOWNLOAD: u64 = 16 << 20;
/// The size of one downloaded range.
const RANGE_SIZE: usize = 4 << 20;
/// Ranges of one file in flight at once (at most this × range size in memory).
const RANGES_IN_FLIGHT: usize = 8;
/// How much of a local file is read at once while it goes up in parts.
const READ_SIZE: usize = 1 << 20;
/// Parts of one file in flight at once.
const PARTS_IN_FLIGHT: usize = 3;
/// Files going up in parts at once (the rest wait), so that memory stays bounded however
/// many large files a folder holds: at most this × (parts in flight + 1) × part size.
const MULTIPART_FILES: usize = 2;

/// A counting gate for multipart uploads.
struct Gate {
    used: std::sync::Mutex<usize>,
    freed: std::sync::Condvar,
}

static MULTIPART_GATE: Gate = Gate {
    used: std::sync::Mutex::new(0),
    freed: std::sync::Condvar::new(),
};

/// A place in the gate, given back when dropped.
struct Pass;

impl Gate {
    fn enter(&'static self) -> Pass {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used >= MULTIPART_FILES {
            used = self.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += 1;
        Pass
    }
}

impl Drop for Pass {
    fn drop(&mut self) {
        let mut used = MULTIPART_GATE
            .used
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        *used -= 1;
        MULTIPART_GATE.freed.notify_one();
    }
}

/// The runtime every object store request runs on.
fn runtime() -> Result<&'static tokio::runtime::Runtime> {
    static RT: OnceLock<std::result::Result<tokio::runtime::Runtime, String>> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("mlf-cloud")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())
    })
    .as_ref()
    .map_err(|e| StoreError::Io(std::io::Error::other(format!("could not start I/O: {e}"))))
}

/// The artifacts under one object store URI.
pub struct CloudRepo {
    uri: String,
    location: Location,
    store: Arc<dyn ObjectStore>,
}

impl CloudRepo {
    /// Opens the repository of an `s3://`, `gs://`, `wasbs://` or `abfss://` URI.
    pub fn open(uri: &str) -> Result<CloudRepo> {
        let location = cloud_config::parse(uri)?;
        let store = cloud_config::build(&location)?;
        Ok(CloudRepo {
            uri: uri.trim_end_matches('/').to_string(),
            location,
            store,
        })
    }

    /// The object path of an artifact path relative to the root.
    fn object(&self, rel: &str) -> Result<ObjectPath> {
        if !rel.is_empty() {
            paths::check_relative(rel)?;
        }
        let full = super::join(&self.location.prefix, rel);
        ObjectPath::parse(&full)
            .map_err(|e| StoreError::Invalid(format!("`{rel}` cannot be an object name: {e}")))
    }

    /// Turns an object store error into a store error naming the bucket.
    fn error(&self, what: &str, e: object_store::Error) -> StoreError {
        let bucket = &self.location.bucket;
        match e {
            object_store::Error::NotFound { .. } => StoreError::not_found(
                Kind::Artifact,
                format!("artifact `{what}` does not exist in `{}`", self.uri),
            ),
            object_store::Error::PermissionDenied { .. }
            | object_store::Error::Unauthenticated { .. } => StoreError::Unauthorized(format!(
                "the credentials for bucket `{bucket}` were refused ({})",
                cloud_config::credential_source(&self.location)
            )),
            other => {
                let text = cloud_config::redact(&other.to_string());
                if refused(&text) {
                    StoreError::Unauthorized(format!(
                        "the credentials for bucket `{bucket}` were refused: {text}"
                    ))
                } else {
                    let what = if what.is_empty() {
                        "the artifact root"
                    } else {
                        what
                    };
                    StoreError::Transport(format!("`{what}` in bucket `{bucket}`: {text}"))
                }
            }
        }
    }
}

/// Whether an object store's message says the server refused the credentials: a 401 or
/// 403 status, or an S3 error code that means so. Only the status phrase is looked at, so a
/// 401 or 403 elsewhere in the message (a port, a key) is not taken for one.
fn refused(text: &str) -> bool {
    const STATUSES: [&str; 2] = ["status code: 401", "status code: 403"];
    const CODES: [&str; 4] = [
        "AccessDenied",
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "AuthenticationFailed",
    ];
    STATUSES.iter().chain(&CODES).any(|s| text.contains(s))
}

impl ArtifactRepo for CloudRepo {
    fn root_uri(&self) -> &str {
        &self.uri
    }

    fn list(&self, path: &str) -> Result<Vec<FileInfo>> {
        let prefix = self.object(path.trim_matches('/'))?;
        let root = ObjectPath::from(self.location.prefix.as_str());
        let listing = runtime()?
            .block_on(self.store.list_with_delimiter(Some(&prefix)))
            .map_err(|e| self.error(path, e))?;
        let relative = |p: &ObjectPath| -> Option<String> {
            let parts: Vec<_> = p
                .prefix_match(&root)?
                .map(|s| s.as_ref().to_string())
                .collect();
            (!parts.is_empty()).then(|| parts.join("/"))
        };
        let mut out: Vec<FileInfo> = listing
            .common_prefixes
            .iter()
            .filter_map(relative)
            .map(|path| FileInfo {
                path,
                is_dir: true,
                file_size: None,
            })
            .chain(listing.objects.iter().filter_map(|o| {
                Some(FileInfo {
                    path: relative(&o.location)?,
                    is_dir: false,
                    file_size: Some(o.size),
                })
            }))
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    fn upload(&self, local: &Path, dest: &str, progress: &Progress) -> Result<()> {
        let object = self.object(dest)?;
        let io = |e: std::io::Error| paths::io_err(local, e);
        let mut file = std::fs::File::open(local).map_err(io)?;
        let size = file.metadata().map_err(io)?.len();
        let rt = runtime()?;
        if size < MULTIPART_THRESHOLD {
            let mut bytes = Vec::with_capacity(size as usize);
            file.read_to_end(&mut bytes).map_err(io)?;
            let n = bytes.len() as u64;
            rt.block_on(self.store.put(&object, bytes.into()))
                .map_err(|e| self.error(dest, e))?;
            progress(n);
            return Ok(());
        }
        // Parts of 8 MiB, a few in flight; on any failure the upload is aborted, so no
        // half-written object is left behind.
        let _pass = MULTIPART_GATE.enter();
        rt.block_on(async {
            let upload = self
                .store
                .put_multipart(&object)
                .await
                .map_err(|e| self.error(dest, e))?;
            let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
            let mut buf = vec![0u8; READ_SIZE];
            loop {
                let n = match read_full(&mut file, &mut buf) {
                    Ok(n) => n,
                    Err(e) => {
                        let _ = writer.abort().await;
                        return Err(io(e));
                    }
                };
                if n == 0 {
                    break;
                }
                if let Err(e) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                    let _ = writer.abort().await;
                    return Err(self.error(dest, e));
                }
                writer.write(&buf[..n]);
                progress(n as u64);
            }
            writer.finish().await.map_err(|e| self.error(dest, e))?;
            Ok(())
        })
    }

    fn download_file(&self, src: &str, file: &std::fs::File, progress: &Progress) -> Result<()> {
        let object = self.object(src)?;
        runtime()?.block_on(async {
            let got = self.get(src, &object).await?;
            let size = got.meta.size;
            if size >= RANGED_DOWNLOAD {
                drop(got);
                return self.ranged(src, &object, size, file, progress).await;
            }
            let mut out = file;
            stream_into(self, src, got, &mut out, progress).await
        })
    }

    fn download(&self, src: &str, out: &mut dyn Write, progress: &Progress) -> Result<()> {
        let object = self.object(src)?;
        runtime()?.block_on(async {
            let got = self.get(src, &object).await?;
            stream_into(self, src, got, out, progress).await
        })
    }
}

impl CloudRepo {
    /// Starts reading an object.
    async fn get(&self, src: &str, object: &ObjectPath) -> Result<object_store::GetResult> {
        self.store.get(object).await.map_err(|e| self.error(src, e))
    }

    /// Downloads a large object in ranges, several at once, each streamed to its offset of
    /// `file` (as boto3's transfer manager does), so memory stays small whatever the size.
    async fn ranged(
        &self,
        src: &str,
        object: &ObjectPath,
        size: u64,
        file: &std::fs::File,
        progress: &Progress,
    ) -> Result<()> {
        use std::os::unix::fs::FileExt;
        let ranges = (0..size)
            .step_by(RANGE_SIZE)
            .map(|start| start..(start + RANGE_SIZE as u64).min(size));
        let mut parts = futures_util::stream::iter(ranges)
            .map(|range| async move {
                let opts = object_store::GetOptions {
                    range: Some(range.clone().into()),
                    ..Default::default()
                };
                let got = self
                    .store
                    .get_opts(object, opts)
                    .await
                    .map_err(|e| self.error(src, e))?;
                let mut stream = got.into_stream();
                let mut at = range.start;
                while let Some(chunk) = stream.next().await {
                    let chunk = chunk.map_err(|e| self.error(src, e))?;
                    file.write_all_at(&chunk, at).map_err(|e| {
                        StoreError::Io(std::io::Error::new(e.kind(), e.to_string()))
                    })?;
                    at += chunk.len() as u64;
                    progress(chunk.len() as u64);
                }
                if at != range.end {
                    return Err(StoreError::Transport(format!(
                        "`{src}` in bucket `{}` ended early",
                        self.location.bucket
                    )));
                }
                Ok(())
            })
            .buffer_unordered(RANGES_IN_FLIGHT);
        while let Some(part) = parts.next().await {
            part?;
        }
        Ok(())
    }
}

/// Writes the body of an answer into `out`.
async fn stream_into(
    repo: &CloudRepo,
    src: &str,
    got: object_store::GetResult,
    out: &mut dyn Write,
    progress: &Progress,
) -> Result<()> {
    let mut stream = got.into_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| repo.error(src, e))?;
        out.write_all(&chunk)
            .map_err(|e| StoreError::Io(std::io::Error::new(e.kind(), e.to_string())))?;
        progress(chunk.len() as u64);
    }
    Ok(())
}

/// Reads until `buf` is full or the file ends; returns the bytes read.
fn read_full(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::refused;

    #[test]
    fn refusals_are_read_from_the_status_not_from_any_401_in_the_message() {
        assert!(refused(
            "Error performing GET http://127.0.0.1:9000/b in 3ms - Server returned non-2xx \
             status code: 403 Forbidden: <Error><Code>AccessDenied</Code></Error>"
        ));
        assert!(refused(
            "Server returned non-2xx status code: 401 Unauthorized: "
        ));
        assert!(refused("<Code>SignatureDoesNotMatch</Code>"));
        // An unreachable endpoint on port 40149, a key with 403 in it: not a refusal.
        assert!(!refused(
            "Error performing GET http://127.0.0.1:40149/gone?prefix=x%2F4031 in 106ms, after \
             1 retries - HTTP error: error sending request"
        ));
    }
}
