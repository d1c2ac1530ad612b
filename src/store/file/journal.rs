//! Crash safety of a run folder: a lock around every read-modify-write, and a journal that
//! makes metric appends all or nothing, even when mlf is killed with SIGKILL.
//!
//! - `<run>/.mlf.lock` is held (an exclusive `flock`) by every mlf writer of the run while it
//!   reads and rewrites `meta.yaml`, params, tags or metric files, so that two processes
//!   cannot both "win" a changed param or lose each other's `meta.yaml` changes.
//! - Before a writer appends to a metric file, it records the file's length (or its absence)
//!   in `<run>/.mlf-journal`; when every append is done, it removes the journal: that is the
//!   commit. A journal left behind by a killed writer is rolled back (each file cut back to
//!   its recorded length, files that did not exist removed) by the next mlf that opens the
//!   run, reader or writer; a reader that finds a live writer's journal reads each journaled
//!   file only up to its recorded length, so it never sees half an ingest.
//! - A last line without its newline (a write cut short outside mlf) is not a point: readers
//!   skip it and the next writer cuts it off before appending.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::meta::{io_error, key_conflict};
use crate::store::Result;

/// The lock file of a run folder.
pub const RUN_LOCK: &str = ".mlf.lock";
/// The journal of an unfinished metric append.
pub const JOURNAL: &str = ".mlf-journal";

/// An exclusive hold on a run folder, released when dropped.
pub struct RunLock {
    _file: File,
}

/// Takes the run's lock, waiting for other writers, and rolls back what a killed writer left.
pub fn lock_run(dir: &Path) -> Result<RunLock> {
    let file = open_lock(dir)?;
    let path = dir.join(RUN_LOCK);
    file.lock().map_err(|e| io_error(&path, e))?;
    // Holding the lock, any journal is a dead writer's.
    roll_back(dir)?;
    Ok(RunLock { _file: file })
}

fn open_lock(dir: &Path) -> Result<File> {
    let path = dir.join(RUN_LOCK);
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io_error(&path, e))
}

/// A journal entry: the length a metric file had before the append, `None` if it did not
/// exist.
type Entries = HashMap<String, Option<u64>>;

/// Reads the journal of `dir`; a torn last entry is ignored (its file was not touched yet).
fn read_journal(dir: &Path) -> Result<Option<Entries>> {
    let path = dir.join(JOURNAL);
    let text = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error(&path, e)),
    };
    let text = String::from_utf8_lossy(&text);
    let mut entries = Entries::new();
    for line in text.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
        let line = line.trim_end_matches('\n');
        let Some((len, key)) = line.split_once(' ') else {
            continue;
        };
        let len = match len {
            "-" => None,
            n => match n.parse() {
                Ok(n) => Some(n),
                Err(_) => continue,
            },
        };
        // The first entry of a key is its length before the append.
        entries.entry(key.to_string()).or_insert(len);
    }
    Ok(Some(entries))
}

/// Undoes the appends a journal records and removes it. The caller holds the run lock.
fn roll_back(dir: &Path) -> Result<()> {
    let Some(entries) = read_journal(dir)? else {
        return Ok(());
    };
    for (key, len) in &entries {
        let path = dir.join("metrics").join(key);
        match len {
            None => match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(io_error(&path, e))
                }
                _ => {}
            },
            Some(len) => match OpenOptions::new().write(true).open(&path) {
                Ok(f) => f.set_len(*len).map_err(|e| io_error(&path, e))?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error(&path, e)),
            },
        }
    }
    let path = dir.join(JOURNAL);
    std::fs::remove_file(&path).map_err(|e| io_error(&path, e))
}

/// Reads the text of one metric file as it stands between commits: `None` when the key has
/// no points. Recovers a dead writer's journal first, or reads around a live writer's.
pub fn read_metric(dir: &Path, key: &str) -> Result<Option<String>> {
    let path = dir.join("metrics").join(key);
    let mut limit = None;
    if dir.join(JOURNAL).exists() {
        match open_lock(dir).ok().filter(|f| f.try_lock().is_ok()) {
            // Nobody holds the lock: the writer is gone; undo its appends.
            Some(_held) => roll_back(dir)?,
            // A writer is at work: read what was there before it began.
            None => match read_journal(dir)?.and_then(|e| e.get(key).copied()) {
                Some(None) => return Ok(None),
                Some(Some(len)) => limit = Some(len),
                None => {}
            },
        }
    }
    let mut bytes = Vec::new();
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        // `a` asked for where `a/b` exists (a folder), or `a/b` where `a` is a file.
        Err(_) if path.is_dir() => return Ok(None),
        Err(e) if e.raw_os_error() == Some(20) => return Ok(None),
        Err(e) => return Err(io_error(&path, e)),
    };
    let read = match limit {
        Some(n) => file.take(n).read_to_end(&mut bytes),
        None => (&file).read_to_end(&mut bytes),
    };
    if let Err(e) = read {
        if path.is_dir() {
            return Ok(None);
        }
        return Err(io_error(&path, e));
    }
    // A last line without its newline was cut short: not a point.
    let whole = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    bytes.truncate(whole);
    if bytes.is_empty() {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Appends metric lines to the files of one run, all or nothing: every file's length is
/// journaled before its first append, and [`MetricAppend::commit`] removes the journal.
/// Dropped without a commit (an error), the appends are rolled back.
pub struct MetricAppend<'a> {
    dir: &'a Path,
    _lock: &'a RunLock,
    journal: Option<File>,
    files: HashMap<String, File>,
    committed: bool,
}

impl<'a> MetricAppend<'a> {
    /// Starts an append to the run in `dir`, whose lock the caller holds.
    pub fn begin(dir: &'a Path, lock: &'a RunLock) -> MetricAppend<'a> {
        MetricAppend {
            dir,
            _lock: lock,
            journal: None,
            files: HashMap::new(),
            committed: false,
        }
    }

    /// Appends `lines` (whole lines, each ending in `\n`) to the metric file of `key`.
    pub fn append(&mut self, key: &str, lines: &[u8]) -> Result<()> {
        if !self.files.contains_key(key) {
            let file = self.open(key)?;
            self.files.insert(key.to_string(), file);
        }
        let path = self.metric_path(key);
        let file = self.files.get_mut(key).expect("opened above");
        file.write_all(lines).map_err(|e| io_error(&path, e))
    }

    fn metric_path(&self, key: &str) -> PathBuf {
        self.dir.join("metrics").join(key)
    }

    /// Opens a metric file for appending, after journaling its length and cutting off a torn
    /// last line.
    fn open(&mut self, key: &str) -> Result<File> {
        let path = self.metric_path(key);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|_| key_conflict(&path))?;
        }
        let len = match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => return Err(key_conflict(&path)),
            Ok(m) => Some(m.len()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(_) => return Err(key_conflict(&path)),
        };
        let entry = match len {
            Some(n) => format!("{n} {key}\n"),
            None => format!("- {key}\n"),
        };
        let journal_path = self.dir.join(JOURNAL);
        let journal = match &mut self.journal {
            Some(j) => j,
            None => self.journal.insert(
                OpenOptions::new()
                    .create(true)
                    .truncate(true)
                    .write(true)
                    .open(&journal_path)
                    .map_err(|e| io_error(&journal_path, e))?,
            ),
        };
        journal
            .write_all(entry.as_bytes())
            .map_err(|e| io_error(&journal_path, e))?;
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| {
                if path.is_dir() {
                    key_conflict(&path)
                } else {
                    io_error(&path, e)
                }
            })?;
        if let Some(n) = len.filter(|n| *n > 0) {
            let keep = whole_lines(&mut file, n).map_err(|e| io_error(&path, e))?;
            if keep < n {
                file.set_len(keep).map_err(|e| io_error(&path, e))?;
            }
        }
        file.seek(SeekFrom::End(0))
            .map_err(|e| io_error(&path, e))?;
        Ok(file)
    }

    /// Makes every append visible for good.
    pub fn commit(mut self) -> Result<()> {
        self.files.clear();
        if self.journal.take().is_some() {
            let path = self.dir.join(JOURNAL);
            std::fs::remove_file(&path).map_err(|e| io_error(&path, e))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for MetricAppend<'_> {
    fn drop(&mut self) {
        if !self.committed && self.journal.take().is_some() {
            self.files.clear();
            let _ = roll_back(self.dir);
        }
    }
}

/// Returns the length of the whole lines of a file of length `len`: up to its last newline.
fn whole_lines(file: &mut File, len: u64) -> std::io::Result<u64> {
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    if last[0] == b'\n' {
        return Ok(len);
    }
    // Walk back to the last newline, in blocks.
    let mut end = len;
    let mut buf = vec![0u8; 8192];
    while end > 0 {
        let start = end.saturating_sub(buf.len() as u64);
        let n = (end - start) as usize;
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut buf[..n])?;
        if let Some(i) = buf[..n].iter().rposition(|b| *b == b'\n') {
            return Ok(start + i as u64 + 1);
        }
        end = start;
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_dir() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("metrics")).unwrap();
        d
    }

    #[test]
    fn commit_keeps_and_drop_rolls_back() {
        let d = run_dir();
        let dir = d.path();
        std::fs::write(dir.join("metrics/a"), "1 1.0 0\n").unwrap();
        let lock = lock_run(dir).unwrap();
        let mut w = MetricAppend::begin(dir, &lock);
        w.append("a", b"2 2.0 1\n").unwrap();
        w.append("b/c", b"3 3.0 0\n").unwrap();
        drop(w);
        assert_eq!(
            std::fs::read_to_string(dir.join("metrics/a")).unwrap(),
            "1 1.0 0\n"
        );
        assert!(!dir.join("metrics/b/c").exists());
        assert!(!dir.join(JOURNAL).exists());
        let mut w = MetricAppend::begin(dir, &lock);
        w.append("a", b"2 2.0 1\n").unwrap();
        w.commit().unwrap();
        assert_eq!(
            read_metric(dir, "a").unwrap().unwrap(),
            "1 1.0 0\n2 2.0 1\n"
        );
    }

    #[test]
    fn a_dead_writers_journal_is_rolled_back_by_a_reader() {
        let d = run_dir();
        let dir = d.path();
        std::fs::write(dir.join("metrics/a"), "1 1.0 0\n2 2.0 1\n3 3.").unwrap();
        std::fs::write(dir.join("metrics/new"), "5 5.0 0\n").unwrap();
        // The journal a writer killed mid-append leaves: `a` had 16 bytes, `new` did not exist;
        // its last entry is torn.
        std::fs::write(dir.join(JOURNAL), "16 a\n- new\n12 x").unwrap();
        assert_eq!(read_metric(dir, "new").unwrap(), None);
        assert!(!dir.join(JOURNAL).exists());
        assert!(!dir.join("metrics/new").exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("metrics/a")).unwrap(),
            "1 1.0 0\n2 2.0 1\n"
        );
    }

    #[test]
    fn a_live_writer_is_read_around() {
        let d = run_dir();
        let dir = d.path();
        std::fs::write(dir.join("metrics/a"), "1 1.0 0\n").unwrap();
        let lock = lock_run(dir).unwrap();
        let mut w = MetricAppend::begin(dir, &lock);
        w.append("a", b"2 2.0 1\n").unwrap();
        w.append("b", b"3 3.0 1\n").unwrap();
        // Another reader (the lock is held by `lock`, so `read_metric` cannot take it).
        assert_eq!(read_metric(dir, "a").unwrap().unwrap(), "1 1.0 0\n");
        assert_eq!(read_metric(dir, "b").unwrap(), None);
        w.commit().unwrap();
        assert_eq!(read_metric(dir, "b").unwrap().unwrap(), "3 3.0 1\n");
    }

    #[test]
    fn torn_last_lines_are_skipped_and_cut_by_the_next_writer() {
        let d = run_dir();
        let dir = d.path();
        std::fs::write(dir.join("metrics/a"), "1 1.0 0\n2 2.").unwrap();
        assert_eq!(read_metric(dir, "a").unwrap().unwrap(), "1 1.0 0\n");
        std::fs::write(dir.join("metrics/b"), "2 2.").unwrap();
        assert_eq!(read_metric(dir, "b").unwrap(), None);
        let lock = lock_run(dir).unwrap();
        let mut w = MetricAppend::begin(dir, &lock);
        w.append("a", b"3 3.0 2\n").unwrap();
        w.append("b", b"4 4.0 0\n").unwrap();
        w.commit().unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("metrics/a")).unwrap(),
            "1 1.0 0\n3 3.0 2\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("metrics/b")).unwrap(),
            "4 4.0 0\n"
        );
    }
}
