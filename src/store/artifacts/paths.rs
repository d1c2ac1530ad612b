//! Artifact paths made safe: relative paths checked, joins that cannot leave a destination
//! folder, files written to a temporary name and renamed when complete (removed when mlf is
//! interrupted), and the leftovers of killed downloads cleaned up.

use std::path::{Component, Path, PathBuf};

use crate::store::{Result, StoreError};

/// How deep a listing may nest.
pub const MAX_DEPTH: usize = 64;

/// An artifact path a server or a store sent that mlf refuses to use.
pub fn hostile(msg: String) -> StoreError {
    StoreError::Server(format!("refusing an unsafe artifact path: {msg}"))
}

/// Checks that an artifact path is relative and stays inside its root: no `..`, no absolute
/// path, no empty or `.` components, no NUL.
pub fn check_relative(rel: &str) -> Result<()> {
    if rel.is_empty() || rel.starts_with('/') || rel.contains('\0') {
        return Err(hostile(format!("`{rel}`")));
    }
    for part in rel.split('/') {
        if part.is_empty() || part == "." || part == ".." {
            return Err(hostile(format!("`{rel}`")));
        }
    }
    Ok(())
}

/// Joins a relative artifact path to a destination folder, refusing anything that would land
/// outside it, including through a symlink already present under the destination.
pub fn safe_join(dst: &Path, rel: &str) -> Result<PathBuf> {
    check_relative(rel)?;
    let mut path = dst.to_path_buf();
    for part in rel.split('/') {
        path.push(part);
        if !matches!(
            Path::new(part).components().next(),
            Some(Component::Normal(_))
        ) {
            return Err(hostile(format!("`{rel}`")));
        }
        if let Ok(meta) = std::fs::symlink_metadata(&path) {
            if meta.file_type().is_symlink() {
                return Err(hostile(format!(
                    "`{rel}` goes through the symlink `{}`",
                    path.display()
                )));
            }
        }
    }
    Ok(path)
}

/// Writes `target` through a temporary file beside it, renamed into place only when `write`
/// succeeds; on failure the temporary file is removed and `target` is untouched.
pub fn write_atomically(
    target: &Path,
    write: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    let parent = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| io_err(parent, e))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = parent.join(format!(
        ".{name}.{}.{}{PARTIAL_SUFFIX}",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    // Removed on Ctrl-C and other interruptions too, not only on errors.
    let _partial = crate::signals::partial(&tmp);
    let result = (|| {
        let mut file = std::fs::File::create(&tmp).map_err(|e| io_err(&tmp, e))?;
        write(&mut file)?;
        std::io::Write::flush(&mut file).map_err(|e| io_err(&tmp, e))?;
        drop(file);
        std::fs::rename(&tmp, target).map_err(|e| io_err(target, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// How the temporary files of downloads end: `.<name>.<pid>.<uuid>.mlf-partial`.
const PARTIAL_SUFFIX: &str = ".mlf-partial";

/// Removes what downloads killed hard (SIGKILL, a crash) left in `dir`: partial files of
/// mlf's own naming whose process is gone. Those of a live download are kept.
pub fn remove_stale_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(stem) = name.strip_suffix(PARTIAL_SUFFIX) else {
            continue;
        };
        let mut parts = stem.rsplitn(3, '.');
        let (Some(uuid), Some(pid), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let ours = name.starts_with('.')
            && rest.len() > 1
            && uuid.len() == 32
            && uuid.bytes().all(|b| b.is_ascii_hexdigit());
        match pid.parse::<i32>() {
            Ok(pid) if ours && !crate::signals::alive(pid) => {
                let _ = std::fs::remove_file(entry.path());
            }
            _ => {}
        }
    }
}

pub fn io_err(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Io(std::io::Error::new(
        e.kind(),
        format!("`{}`: {e}", path.display()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_out_of_the_destination() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["../x", "a/../../x", "/etc/passwd", "a//b", "./a", "", "a/."] {
            assert!(safe_join(dir.path(), bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            safe_join(dir.path(), "a/b.txt").unwrap(),
            dir.path().join("a/b.txt")
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/tmp", dir.path().join("link")).unwrap();
            assert!(safe_join(dir.path(), "link/x").is_err());
        }
    }

    #[test]
    fn atomic_writes_leave_nothing_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("sub/f.bin");
        let r = write_atomically(&target, |f| {
            std::io::Write::write_all(f, b"half").unwrap();
            Err(StoreError::Transport("cut".into()))
        });
        assert!(r.is_err());
        assert!(!target.exists());
        assert_eq!(
            std::fs::read_dir(dir.path().join("sub")).unwrap().count(),
            0
        );
        write_atomically(&target, |f| {
            std::io::Write::write_all(f, b"whole").unwrap();
            Ok(())
        })
        .unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"whole");
    }

    #[test]
    fn stale_partials_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let uuid = "0123456789abcdef0123456789abcdef";
        // A pid that cannot be alive (beyond Linux's limit), ours (alive), and foreign names.
        let dead = dir
            .path()
            .join(format!(".f.bin.2147483600.{uuid}.mlf-partial"));
        let live = dir
            .path()
            .join(format!(".f.bin.{}.{uuid}.mlf-partial", std::process::id()));
        let foreign = dir.path().join("notes.mlf-partial");
        for f in [&dead, &live, &foreign] {
            std::fs::write(f, "x").unwrap();
        }
        remove_stale_partials(dir.path());
        assert!(!dead.exists());
        assert!(live.exists() && foreign.exists());
    }
}
