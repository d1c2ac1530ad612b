//! Transfers on top of an [`ArtifactRepo`]: recursive listing, uploads of files and folders,
//! downloads into a destination folder. Several files move at once; every file is written to
//! a temporary name beside its destination and renamed when complete; no path from a server
//! or a store may land outside the destination.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::store::artifacts::paths::{
    check_relative, hostile, io_err, remove_stale_partials, safe_join, write_atomically, MAX_DEPTH,
};
use crate::store::artifacts::{join, ArtifactRepo, FileInfo};
use crate::store::{Progress, Result, StoreError};

/// Files moved at once.
const WORKERS: usize = 8;

/// One local file to upload and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub local: PathBuf,
    pub dest: String,
    pub size: u64,
}

/// Lists every entry below `path`, folders included, depth first.
pub fn list_recursive(repo: &dyn ArtifactRepo, path: &str) -> Result<Vec<FileInfo>> {
    let mut out = Vec::new();
    walk(repo, path, 0, &mut out)?;
    Ok(out)
}

fn walk(repo: &dyn ArtifactRepo, path: &str, depth: usize, out: &mut Vec<FileInfo>) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(hostile(format!(
            "folders nested deeper than {MAX_DEPTH} levels at `{path}`"
        )));
    }
    for entry in repo.list(path)? {
        check_relative(&entry.path)?;
        let inside = path.is_empty()
            || entry
                .path
                .strip_prefix(path)
                .is_some_and(|r| r.starts_with('/') && r.len() > 1);
        if !inside {
            return Err(hostile(format!("`{}` listed under `{path}`", entry.path)));
        }
        let is_dir = entry.is_dir;
        let sub = entry.path.clone();
        out.push(entry);
        if is_dir {
            walk(repo, &sub, depth + 1, out)?;
        }
    }
    Ok(())
}

/// Runs `f` on every item with a few threads; stops at the first error and returns it.
fn parallel<T: Sync>(items: &[T], f: impl Fn(&T) -> Result<()> + Sync) -> Result<()> {
    parallel_n(items, WORKERS, f)
}

/// Runs `f` on every item with `workers` threads; stops at the first error and returns it.
pub fn parallel_n<T: Sync>(
    items: &[T],
    workers: usize,
    f: impl Fn(&T) -> Result<()> + Sync,
) -> Result<()> {
    let next = AtomicUsize::new(0);
    let failed: Mutex<Option<StoreError>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..workers.max(1).min(items.len()) {
            s.spawn(|| loop {
                if failed.lock().map(|f| f.is_some()).unwrap_or(true) {
                    return;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { return };
                if let Err(e) = f(item) {
                    if let Ok(mut slot) = failed.lock() {
                        slot.get_or_insert(e);
                    }
                    return;
                }
            });
        }
    });
    match failed.into_inner() {
        Ok(Some(e)) => Err(e),
        _ => Ok(()),
    }
}

/// Lists the local files to upload: a file goes to `<artifact_path>/<file name>`, a folder's
/// contents under `<artifact_path>/`. Symlinks pointing outside a logged folder are skipped
/// (with a warning) unless `follow_symlinks`.
pub fn collect_uploads(
    paths: &[PathBuf],
    artifact_path: &str,
    follow_symlinks: bool,
    warn: &dyn Fn(&str),
) -> Result<Vec<Upload>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| StoreError::Invalid(format!("cannot log `{}`: {e}", p.display())))?;
        if meta.is_dir() {
            let root = std::fs::canonicalize(p).map_err(|e| io_err(p, e))?;
            walk_local(&root, p, artifact_path, follow_symlinks, warn, 0, &mut out)?;
        } else {
            let name = p.file_name().ok_or_else(|| {
                StoreError::Invalid(format!("cannot log `{}`: no file name", p.display()))
            })?;
            let name = utf8_name(name, p)?;
            out.push(Upload {
                local: p.clone(),
                dest: join(artifact_path, &name),
                size: meta.len(),
            });
        }
    }
    Ok(out)
}

/// Returns a file name as text; a name that is not valid UTF-8 cannot be an artifact path
/// (two such names could collapse into one and overwrite each other), so it is refused.
fn utf8_name(name: &std::ffi::OsStr, path: &Path) -> Result<String> {
    name.to_str().map(str::to_string).ok_or_else(|| {
        StoreError::Invalid(format!(
            "cannot log `{}`: its name is not valid UTF-8; rename it first",
            path.display()
        ))
    })
}

fn walk_local(
    root: &Path,
    dir: &Path,
    dest: &str,
    follow: bool,
    warn: &dyn Fn(&str),
    depth: usize,
    out: &mut Vec<Upload>,
) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(StoreError::Invalid(format!(
            "`{}` is nested too deep (symlink loop?)",
            dir.display()
        )));
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io_err(dir, e))?
        .collect::<std::io::Result<_>>()
        .map_err(|e| io_err(dir, e))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = utf8_name(&entry.file_name(), &path)?;
        let link = entry
            .file_type()
            .map_err(|e| io_err(&path, e))?
            .is_symlink();
        if link && !follow {
            let inside = std::fs::canonicalize(&path)
                .map(|t| t.starts_with(root))
                .unwrap_or(false);
            if !inside {
                warn(&format!(
                    "skipping `{}`: a symlink out of the folder (use --follow-symlinks)",
                    path.display()
                ));
                continue;
            }
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                warn(&format!("skipping `{}`: {e}", path.display()));
                continue;
            }
        };
        if meta.is_dir() {
            if link && !follow {
                warn(&format!(
                    "skipping `{}`: a symlinked folder (use --follow-symlinks)",
                    path.display()
                ));
                continue;
            }
            walk_local(
                root,
                &path,
                &join(dest, &name),
                follow,
                warn,
                depth + 1,
                out,
            )?;
        } else if meta.is_file() {
            out.push(Upload {
                local: path,
                dest: join(dest, &name),
                size: meta.len(),
            });
        }
    }
    Ok(())
}

/// Uploads files, several at once; `on_file` is called after each one.
pub fn upload_all(
    repo: &dyn ArtifactRepo,
    uploads: &[Upload],
    progress: &Progress,
    on_file: &(dyn Fn() + Sync),
) -> Result<()> {
    parallel(uploads, |u| {
        repo.upload(&u.local, &u.dest, progress)?;
        on_file();
        Ok(())
    })
}

/// Downloads the file or folder `path` (empty: the whole root) into `dst`, laid out as
/// `dst/<path>`, and returns the local path. `on_total` gets the files and bytes to expect.
pub fn download(
    repo: &dyn ArtifactRepo,
    path: &str,
    dst: &Path,
    progress: &Progress,
    on_total: &dyn Fn(u64, u64),
    on_file: &(dyn Fn() + Sync),
) -> Result<PathBuf> {
    let path = path.trim_matches('/');
    std::fs::create_dir_all(dst).map_err(|e| io_err(dst, e))?;
    let entries = list_recursive(repo, path)?;
    if entries.is_empty() {
        if path.is_empty() {
            return Ok(dst.to_path_buf());
        }
        // Not a folder: a single file, or nothing at all (NotFound from the repository).
        let target = safe_join(dst, path)?;
        if let Some(parent) = target.parent() {
            remove_stale_partials(parent);
        }
        on_total(1, 0);
        write_atomically(&target, |f| repo.download_file(path, f, progress))?;
        on_file();
        return Ok(target);
    }
    let files: Vec<&FileInfo> = entries.iter().filter(|e| !e.is_dir).collect();
    on_total(
        files.len() as u64,
        files.iter().filter_map(|f| f.file_size).sum(),
    );
    let mut targets = Vec::with_capacity(files.len());
    let mut folders = std::collections::HashSet::new();
    for e in &entries {
        let target = safe_join(dst, &e.path)?;
        if e.is_dir {
            std::fs::create_dir_all(&target).map_err(|err| io_err(&target, err))?;
        } else {
            if let Some(parent) = target.parent() {
                if folders.insert(parent.to_path_buf()) {
                    remove_stale_partials(parent);
                }
            }
            targets.push((e.path.as_str(), target));
        }
    }
    parallel(&targets, |(src, target)| {
        write_atomically(target, |f| repo.download_file(src, f, progress))?;
        on_file();
        Ok(())
    })?;
    Ok(if path.is_empty() {
        dst.to_path_buf()
    } else {
        safe_join(dst, path)?
    })
}
