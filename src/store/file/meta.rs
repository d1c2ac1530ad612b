//! Reading and writing the `meta.yaml` of experiments and runs, and the one-file-per-key
//! folders (`params/`, `tags/`, `metrics/`) of the file store (local-stores.md section 2).
//! The lines inside a metric file are read by `metric_file`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::yaml::{self, Doc, Out};
use crate::model::{Experiment, RunInfo, RunStatus, Tag, ACTIVE};
use crate::store::Kind;
use crate::store::{Result, StoreError};

/// The name of every metadata file.
pub const META: &str = "meta.yaml";

/// Reads and parses the `meta.yaml` in `dir`.
pub fn read_doc(dir: &Path) -> Result<Doc> {
    let path = dir.join(META);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            StoreError::not_found(Kind::Other, format!("`{}` does not exist", path.display()))
        } else {
            io_error(&path, e)
        }
    })?;
    let doc = yaml::parse(&text)
        .map_err(|e| StoreError::Corrupt(format!("`{}` is malformed: {e}", path.display())))?;
    if doc.render().is_empty() {
        return Err(StoreError::Corrupt(format!(
            "`{}` is empty",
            path.display()
        )));
    }
    Ok(doc)
}

/// Writes `doc` as the `meta.yaml` of `dir`: to a temporary file beside it, then renamed, so
/// a reader never sees half a file.
pub fn write_doc(dir: &Path, doc: &Doc) -> Result<()> {
    write_atomic(dir, &dir.join(META), doc.render().as_bytes())
}

/// Writes `bytes` to `dest` through a temporary file in `tmp_dir` (same file system).
pub fn write_atomic(tmp_dir: &Path, dest: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = tmp_dir.join(format!(".mlf-{}.tmp", uuid::Uuid::new_v4().simple()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()?;
        // Keep the mode of the file being replaced, as MLflow does.
        if let Ok(old) = std::fs::metadata(dest) {
            std::fs::set_permissions(&tmp, old.permissions())?;
        }
        std::fs::rename(&tmp, dest)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        if dest.is_dir() {
            return Err(key_conflict(dest));
        }
        return Err(io_error(dest, e));
    }
    Ok(())
}

/// An I/O error naming the path.
pub fn io_error(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Io(std::io::Error::new(
        e.kind(),
        format!("`{}`: {e}", path.display()),
    ))
}

/// A key that is both a file and a folder (`a` and `a/b`), which a file store cannot hold.
pub fn key_conflict(path: &Path) -> StoreError {
    StoreError::Conflict(format!(
        "`{}` cannot be written: the file store keeps keys as files, and a key `a` cannot \
         coexist with a key `a/b`",
        path.display()
    ))
}

/// Returns the experiment described by the `meta.yaml` in `dir`, whose name is its id.
pub fn experiment(dir: &Path, id: &str) -> Result<(Experiment, Doc)> {
    let doc = read_doc(dir)?;
    let path = || dir.join(META).display().to_string();
    let stored = doc.str("experiment_id").map(str::to_string);
    if stored.as_deref() != Some(id) {
        return Err(StoreError::Corrupt(format!(
            "`{}` names experiment {:?}, but its folder is `{id}`",
            path(),
            stored.unwrap_or_default()
        )));
    }
    let Some(name) = doc.str("name") else {
        return Err(StoreError::Corrupt(format!("`{}` has no name", path())));
    };
    let exp = Experiment {
        experiment_id: id.to_string(),
        name: name.to_string(),
        artifact_location: doc.str("artifact_location").unwrap_or_default().to_string(),
        lifecycle_stage: doc.str("lifecycle_stage").unwrap_or(ACTIVE).to_string(),
        last_update_time: doc.int("last_update_time"),
        creation_time: doc.int("creation_time"),
        tags: read_values(&dir.join("tags"))?
            .into_iter()
            .map(|(k, v)| Tag::new(k, v))
            .collect(),
        // MLflow 3.18's file store answers `default` also for folders older MLflows wrote.
        workspace: Some(doc.str("workspace").unwrap_or("default").to_string()),
    };
    Ok((exp, doc))
}

/// A fresh experiment `meta.yaml`, with the keys MLflow 3.18 writes.
pub fn new_experiment_doc(id: &str, name: &str, location: &str, now: i64) -> Doc {
    let mut doc = Doc::default();
    doc.set("artifact_location", Some(Out::Str(location)));
    doc.set("creation_time", Some(Out::Int(now)));
    doc.set("effective_trace_archival_retention", Some(Out::Null));
    doc.set("experiment_id", Some(Out::Str(id)));
    doc.set("last_update_time", Some(Out::Int(now)));
    doc.set("lifecycle_stage", Some(Out::Str(ACTIVE)));
    doc.set("name", Some(Out::Str(name)));
    doc.set("trace_location", Some(Out::Null));
    doc.set("workspace", Some(Out::Str("default")));
    doc
}

/// Returns the info of the run in `dir` (a folder of experiment `exp_id`). The run name
/// falls back to the `mlflow.runName` tag when the meta file lacks it, as MLflow reads it.
pub fn run_info(dir: &Path, exp_id: &str) -> Result<(RunInfo, Doc)> {
    let doc = read_doc(dir)?;
    let path = || dir.join(META).display().to_string();
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let run_id = doc
        .str("run_id")
        .or_else(|| doc.str("run_uuid"))
        .unwrap_or_default()
        .to_string();
    if run_id != folder {
        return Err(StoreError::Corrupt(format!(
            "`{}` names run {run_id:?}, but its folder is `{folder}`",
            path()
        )));
    }
    let stored_exp = doc.str("experiment_id").unwrap_or_default();
    if stored_exp != exp_id {
        return Err(StoreError::Corrupt(format!(
            "`{}` records experiment {stored_exp:?}, but the run is in experiment `{exp_id}`",
            path()
        )));
    }
    let status = match doc.get("status") {
        Some(s) => s
            .as_str()
            .and_then(RunStatus::parse)
            .ok_or_else(|| StoreError::Corrupt(format!("`{}` has an invalid status", path())))?,
        None => RunStatus::Running,
    };
    let mut run_name = doc.str("run_name").unwrap_or_default().to_string();
    if run_name.is_empty() {
        if let Ok(tag) = std::fs::read(dir.join("tags").join(super::RUN_NAME_TAG)) {
            run_name = String::from_utf8_lossy(&tag).into_owned();
        }
    }
    let info = RunInfo {
        run_uuid: run_id.clone(),
        experiment_id: exp_id.to_string(),
        run_name,
        user_id: doc.str("user_id").unwrap_or_default().to_string(),
        status,
        start_time: doc.int("start_time"),
        end_time: doc.int("end_time"),
        artifact_uri: doc.str("artifact_uri").unwrap_or_default().to_string(),
        lifecycle_stage: doc.str("lifecycle_stage").unwrap_or(ACTIVE).to_string(),
        run_id,
    };
    Ok((info, doc))
}

/// A fresh run `meta.yaml`, with the keys MLflow 3.18 writes.
pub fn new_run_doc(info: &RunInfo) -> Doc {
    let mut doc = Doc::default();
    doc.set("artifact_uri", Some(Out::Str(&info.artifact_uri)));
    doc.set("end_time", Some(Out::Null));
    doc.set("entry_point_name", Some(Out::Str("")));
    doc.set("experiment_id", Some(Out::Str(&info.experiment_id)));
    doc.set("lifecycle_stage", Some(Out::Str(ACTIVE)));
    doc.set("run_id", Some(Out::Str(&info.run_id)));
    doc.set("run_name", Some(Out::Str(&info.run_name)));
    doc.set("source_name", Some(Out::Str("")));
    doc.set("source_type", Some(Out::Int(4)));
    doc.set("source_version", Some(Out::Str("")));
    doc.set("start_time", info.start_time.map(Out::Int));
    doc.set("status", Some(Out::Int(status_code(info.status))));
    doc.set("tags", Some(Out::EmptyList));
    doc.set("user_id", Some(Out::Str(&info.user_id)));
    doc
}

/// MLflow's numeric code of a run status (RUNNING=1 … KILLED=5).
pub fn status_code(status: RunStatus) -> i64 {
    RunStatus::ALL
        .iter()
        .position(|s| *s == status)
        .map(|i| i as i64 + 1)
        .unwrap_or(1)
}

/// Reads every file under `folder` as `(key, value)`, the key being the `/`-separated path
/// relative to the folder, sorted by key. A missing folder holds nothing.
pub fn read_values(folder: &Path) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for (key, path) in list_keys(folder)? {
        let bytes = std::fs::read(&path).map_err(|e| io_error(&path, e))?;
        out.push((key, String::from_utf8_lossy(&bytes).into_owned()));
    }
    Ok(out)
}

/// Lists the files under `folder` recursively as `(key, path)`, sorted by key; a missing
/// folder lists as empty.
pub fn list_keys(folder: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), folder.to_path_buf())];
    while let Some((prefix, dir)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && prefix.is_empty() => {
                return Ok(out)
            }
            Err(e) => return Err(io_error(&dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            let ft = entry.file_type().map_err(|e| io_error(&entry.path(), e))?;
            if ft.is_dir() {
                stack.push((key, entry.path()));
            } else {
                out.push((key, entry.path()));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads one value file (a param, a tag, a metric's lines); `None` when the key was never
/// written.
pub fn read_value(path: &Path) -> Result<Option<String>> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(String::from_utf8_lossy(&b).into_owned())),
        Err(e) if matches!(e.kind(), std::io::ErrorKind::NotFound) => Ok(None),
        // `a` asked for where `a/b` exists (a folder), or `a/b` where `a` is a file.
        Err(_) if path.is_dir() => Ok(None),
        Err(e) if e.raw_os_error() == Some(20) => Ok(None),
        Err(e) => Err(io_error(path, e)),
    }
}

/// Writes one value file (a param or tag) atomically, creating folders for `/` in the key.
pub fn write_value(tmp_dir: &Path, path: &Path, value: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|_| key_conflict(path))?;
    }
    write_atomic(tmp_dir, path, value.as_bytes())
}
