//! Artifact files of a run copied from one repository to another: the files the destination
//! lacks, or holds with another size, each streamed through a temporary file (never whole in
//! memory), several at once.

use std::collections::HashMap;

use crate::ops::transfer::{self, list_recursive};
use crate::store::artifacts::{ArtifactRepo, FileInfo};
use crate::store::{Progress, Result, StoreError};

impl super::Syncer<'_> {
    /// Copies the files at `from` (a source artifact URI) that `to` (the destination's) lacks
    /// or holds with another size, counting them (a dry run only counts); `fresh`: `to` is
    /// known to be empty and is not listed. Returns whether there was any.
    pub(super) fn sync_artifacts(&self, from: &str, to: &str, fresh: bool) -> Result<bool> {
        let from = self.src.artifact_repo(from)?;
        let to = self.dst.artifact_repo(to)?;
        let files = plan(from.as_ref(), (!fresh).then_some(to.as_ref()))?;
        if files.is_empty() {
            return Ok(false);
        }
        if self.opts.dry_run {
            self.count_files(&files);
            return Ok(true);
        }
        let progress: Progress = std::sync::Arc::new(|_| {});
        copy(from.as_ref(), to.as_ref(), &files, &progress, &|n| {
            self.count(|c| {
                c.artifact_files += 1;
                c.artifact_bytes += n;
            });
            (self.events)(super::Event::Bytes(n));
        })?;
        Ok(true)
    }
}

/// Files copied at once within one run.
const FILES_AT_ONCE: usize = 4;

/// Returns the files of `src` that `dst` lacks or holds with another size.
pub fn plan(src: &dyn ArtifactRepo, dst: Option<&dyn ArtifactRepo>) -> Result<Vec<FileInfo>> {
    let have: HashMap<String, Option<u64>> = match dst {
        Some(dst) => list_recursive(dst, "")?
            .into_iter()
            .filter(|f| !f.is_dir)
            .map(|f| (f.path, f.file_size))
            .collect(),
        None => HashMap::new(),
    };
    Ok(list_recursive(src, "")?
        .into_iter()
        .filter(|f| !f.is_dir)
        .filter(|f| match have.get(&f.path) {
            None => true,
            // A size either side does not know: the file is taken as the same.
            Some(size) => size.is_some() && f.file_size.is_some() && *size != f.file_size,
        })
        .collect())
}

/// Copies `files` from `src` to `dst`; `on_file` gets each file's size once it is stored.
pub fn copy(
    src: &dyn ArtifactRepo,
    dst: &dyn ArtifactRepo,
    files: &[FileInfo],
    progress: &Progress,
    on_file: &(dyn Fn(u64) + Sync),
) -> Result<()> {
    transfer::parallel_n(files, FILES_AT_ONCE, |f| {
        let tmp = tempfile::NamedTempFile::new().map_err(StoreError::Io)?;
        src.download_file(&f.path, tmp.as_file(), progress)?;
        let size = tmp.as_file().metadata().map_err(StoreError::Io)?.len();
        let (_file, path) = tmp.keep().map_err(|e| StoreError::Io(e.error))?;
        let stored = dst.upload_owned(&path, &f.path, progress);
        // A local repository moves the file into place; anything left is ours to remove.
        let _ = std::fs::remove_file(&path);
        stored?;
        on_file(size);
        Ok(())
    })
}
