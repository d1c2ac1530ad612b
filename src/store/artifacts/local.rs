//! Artifacts in a local folder (`file:` URIs and plain paths), as MLflow's local stores keep
//! them: plain files under the run's `artifacts/` folder.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::paths as transfer;
use super::{join, ArtifactRepo, FileInfo};
use crate::store::Kind;
use crate::store::{Progress, Result, StoreError};

/// A local artifact folder.
pub struct LocalRepo {
    uri: String,
    root: PathBuf,
}

impl LocalRepo {
    /// Returns the repository rooted at `root`, named `uri`.
    pub fn new(uri: &str, root: PathBuf) -> LocalRepo {
        LocalRepo {
            uri: uri.to_string(),
            root,
        }
    }

    fn path(&self, rel: &str) -> Result<PathBuf> {
        if rel.is_empty() {
            return Ok(self.root.clone());
        }
        transfer::check_relative(rel)?;
        Ok(self.root.join(rel))
    }
}

impl ArtifactRepo for LocalRepo {
    fn root_uri(&self) -> &str {
        &self.uri
    }

    fn list(&self, path: &str) -> Result<Vec<FileInfo>> {
        let dir = self.path(path)?;
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(Vec::new())
            }
            Err(e) => return Err(io_err(&dir, e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_err(&dir, e))?;
            let meta = std::fs::metadata(entry.path()).map_err(|e| io_err(&entry.path(), e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            out.push(FileInfo {
                path: join(path, &name),
                is_dir: meta.is_dir(),
                file_size: (!meta.is_dir()).then_some(meta.len()),
            });
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    fn upload(&self, local: &Path, dest: &str, progress: &Progress) -> Result<()> {
        let target = self.path(dest)?;
        let mut input = std::fs::File::open(local).map_err(|e| io_err(local, e))?;
        transfer::write_atomically(&target, |out| {
            copy_with_progress(&mut input, out, progress).map_err(|e| io_err(local, e))
        })
    }

    fn upload_owned(&self, local: &Path, dest: &str, progress: &Progress) -> Result<()> {
        let target = self.path(dest)?;
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io_err(parent, e))?;
        }
        let size = std::fs::metadata(local).map(|m| m.len()).unwrap_or(0);
        match std::fs::rename(local, &target) {
            Ok(()) => {
                // A temporary file is private (0600); an artifact is not.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let _ =
                        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644));
                }
                progress(size);
                Ok(())
            }
            // Another file system: copy.
            Err(_) => self.upload(local, dest, progress),
        }
    }

    fn download(&self, src: &str, out: &mut dyn Write, progress: &Progress) -> Result<()> {
        let path = self.path(src)?;
        let mut input = match std::fs::File::open(&path) {
            Ok(f) if f.metadata().map(|m| m.is_file()).unwrap_or(false) => f,
            Ok(_) => {
                return Err(StoreError::Invalid(format!(
                    "artifact `{src}` is a folder, not a file"
                )))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::not_found(
                    Kind::Artifact,
                    format!("artifact `{src}` does not exist in `{}`", self.uri),
                ))
            }
            Err(e) => return Err(io_err(&path, e)),
        };
        copy_with_progress(&mut input, out, progress).map_err(|e| io_err(&path, e))
    }
}

fn io_err(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Io(std::io::Error::new(
        e.kind(),
        format!("`{}`: {e}", path.display()),
    ))
}

/// Copies with a 256 KiB buffer, reporting bytes.
pub fn copy_with_progress(
    input: &mut dyn std::io::Read,
    out: &mut dyn Write,
    progress: &Progress,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = input.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        out.write_all(&buf[..n])?;
        progress(n as u64);
    }
}
