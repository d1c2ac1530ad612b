//! Artifact repositories: where a run's files live, behind one interface chosen from the
//! run's `artifact_uri` (local paths and `file:` URIs here, `mlflow-artifacts:` through a
//! tracking server's proxy in `store::rest`). The transfers built on them (parallel, whole
//! folders) are in `ops::transfer`.

pub mod cloud;
pub mod cloud_config;
pub mod local;
pub mod paths;

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::store::{Progress, Result, StoreError};

/// One entry of an artifact listing, as the REST API's FileInfo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileInfo {
    /// Path relative to the artifact root, `/`-separated.
    pub path: String,
    pub is_dir: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_size: Option<u64>,
}

/// A place artifacts are stored.
pub trait ArtifactRepo: Sync {
    /// Returns the URI of the root.
    fn root_uri(&self) -> &str;
    /// Lists the entries directly under `path` (relative to the root; empty for the root),
    /// with paths relative to the root, sorted. A missing folder or a file lists as empty.
    fn list(&self, path: &str) -> Result<Vec<FileInfo>>;
    /// Stores the local file at `dest` (relative to the root), replacing any file there.
    fn upload(&self, local: &Path, dest: &str, progress: &Progress) -> Result<()>;
    /// Streams the file at `src` (relative to the root) into `out`.
    fn download(&self, src: &str, out: &mut dyn Write, progress: &Progress) -> Result<()>;
    /// Stores a file mlf made itself and will not touch again (a temporary file) at `dest`;
    /// a local repository on the same file system moves it into place instead of copying.
    fn upload_owned(&self, local: &Path, dest: &str, progress: &Progress) -> Result<()> {
        self.upload(local, dest, progress)
    }
    /// Writes the file at `src` into the empty local `file`; repositories that can fetch
    /// parts of a file at once write them at their offsets.
    fn download_file(&self, src: &str, file: &std::fs::File, progress: &Progress) -> Result<()> {
        let mut out = file;
        self.download(src, &mut out, progress)
    }
}

/// Opens the repository of an artifact URI that needs no tracking server: local paths and
/// `file:` URIs. Other schemes get an error naming them.
pub fn open_direct(uri: &str) -> Result<Box<dyn ArtifactRepo>> {
    if uri.trim().is_empty() {
        // An empty location would resolve to the current folder: refuse to guess.
        return Err(StoreError::Corrupt(
            "the run's artifact location (artifact_uri) is empty; mlf will not guess where its \
             artifacts are"
                .into(),
        ));
    }
    if let Some(path) = local_path(uri) {
        return Ok(Box::new(local::LocalRepo::new(uri, path)));
    }
    let scheme = uri.split(':').next().unwrap_or(uri);
    if cloud_config::SCHEMES.contains(&scheme) {
        return Ok(Box::new(cloud::CloudRepo::open(uri)?));
    }
    Err(match scheme {
        "mlflow-artifacts" => StoreError::Unsupported(format!(
            "artifact URI `{uri}` goes through a tracking server's artifact proxy, but the tracking \
             URI is not an http(s) server"
        )),
        _ => StoreError::Unsupported(format!(
            "unsupported artifact URI scheme `{scheme}:` in `{uri}`; mlf reaches file paths, \
             `file:`, `mlflow-artifacts:` (through a server), `s3://`, `gs://`, `wasbs://` and \
             `abfss://`"
        )),
    })
}

/// Returns the local path of a `file:` URI or a plain path.
pub fn local_path(uri: &str) -> Option<std::path::PathBuf> {
    if let Some(rest) = uri.strip_prefix("file://") {
        let rest = rest.strip_prefix("localhost").unwrap_or(rest);
        return Some(crate::store::uri::percent_decode(rest).into());
    }
    if let Some(rest) = uri.strip_prefix("file:") {
        return Some(crate::store::uri::percent_decode(rest).into());
    }
    let has_scheme = uri.split_once(':').is_some_and(|(s, _)| {
        s.len() > 1
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    (!has_scheme).then(|| uri.into())
}

/// Joins artifact path parts with `/`, ignoring empty ones.
pub fn join(a: &str, b: &str) -> String {
    let a = a.trim_matches('/');
    let b = b.trim_matches('/');
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a}/{b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_encoding() {
        assert_eq!(join("", "a/b"), "a/b");
        assert_eq!(join("x/", "/y"), "x/y");
        assert_eq!(
            crate::store::uri::encode_path("my dir/a+b.txt"),
            "my%20dir/a%2Bb.txt"
        );
        assert_eq!(
            local_path("file:///tmp/a%20b").unwrap(),
            std::path::PathBuf::from("/tmp/a b")
        );
        assert_eq!(
            local_path("/abs/x").unwrap(),
            std::path::PathBuf::from("/abs/x")
        );
        assert!(local_path("s3://bucket/x").is_none());
        let err = open_direct("hdfs://namenode/x").err().unwrap().to_string();
        assert!(err.contains("`hdfs:`") && err.contains("`s3://`"), "{err}");
        assert!(open_direct("mlflow-artifacts:/1/x").is_err());
        assert!(open_direct("  ").is_err());
    }
}
