//! `FileStore`: MLflow's file store, the `mlruns/` folders (local-stores.md section 2).
//!
//! Layout: `<root>/<experiment id>/meta.yaml`, runs in `<root>/<experiment id>/<run id>/`
//! with `meta.yaml`, `metrics/<key>` (one `<timestamp> <value> <step>` line per point),
//! `params/<key>` and `tags/<key>` (the file content is the value), `artifacts/`; deleted
//! experiments in `<root>/.trash/`. Reading is tolerant: a run or experiment folder that
//! cannot be read is reported through the warning callback and skipped in listings. Writing
//! is safe: `meta.yaml`, params and tags go to a temporary file and are renamed into place;
//! metric lines are appended whole; experiment creation holds a lock file in the root so that
//! two processes cannot create the same name.
//!
//! This module holds the store, its opening, its locks and the [`Store`] implementation,
//! which delegates to `experiments` (experiment folders), `runs` (run writes), `read` (run
//! reads) and `search` (in-memory searches).

mod experiments;
mod inputs;
mod journal;
mod meta;
mod metric_file;
mod models;
mod models_search;
mod read;
mod registry;
mod runs;
mod search;
pub mod yaml;

use std::path::{Path, PathBuf};

use self::meta::io_error;
use self::yaml::Doc;
use super::{
    now_ms, validate, CreateRun, ExperimentQuery, MetricBatches, PartialWrite, Result, RunQuery,
    Store, StoreError, UpdateRun,
};
use crate::model::{
    DatasetInput, Experiment, LoggedModel, Metric, ModelInput, ModelOutput, ModelStatus, Page,
    Param, Run, RunInfo, Tag,
};
use crate::store::Kind;

pub use super::names::RUN_NAME_TAG;

/// The folder deleted experiments are moved to.
const TRASH: &str = ".trash";
/// The lock file that serialises experiment creation and renaming.
const LOCK: &str = ".mlf.lock";

/// An MLflow file store rooted at a folder.
pub struct FileStore {
    root: PathBuf,
    /// Whether artifact locations of new experiments are `file://` URIs (the store was named
    /// by a `file:` URI) or plain paths (a plain path), as MLflow does.
    file_uri: bool,
    warn: Box<dyn Fn(&str) + Send + Sync>,
    /// Folders reported unreadable so far, each once.
    skipped_dirs: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    skipped: std::sync::Mutex<super::copy::Skipped>,
}

/// A run whose lock is held, with its info and `meta.yaml` as read under the lock.
struct Locked {
    rd: RunDir,
    lock: journal::RunLock,
    info: RunInfo,
    doc: Doc,
}

/// Where a run lives.
#[derive(Debug, Clone)]
pub(crate) struct RunDir {
    pub exp_id: String,
    pub dir: PathBuf,
}

impl FileStore {
    /// Opens the store at `root`, creating it with the default experiment `0` when the folder
    /// does not exist or is empty.
    pub fn open(
        root: &Path,
        file_uri: bool,
        warn: Box<dyn Fn(&str) + Send + Sync>,
    ) -> Result<FileStore> {
        let store = FileStore {
            root: root.to_path_buf(),
            file_uri,
            warn,
            skipped_dirs: Default::default(),
            skipped: Default::default(),
        };
        if root.exists() && !root.is_dir() {
            return Err(StoreError::Invalid(format!(
                "`{}` is a file, not an `mlruns` folder",
                root.display()
            )));
        }
        let empty = match std::fs::read_dir(root) {
            Ok(mut entries) => entries.next().is_none(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
            Err(e) => return Err(io_error(root, e)),
        };
        if empty {
            store.create_default()?;
        }
        Ok(store)
    }

    /// Creates the root, its `.trash` and the default experiment `0`.
    fn create_default(&self) -> Result<()> {
        let dir = self.root.join("0");
        std::fs::create_dir_all(self.root.join(TRASH)).map_err(|e| io_error(&self.root, e))?;
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let doc = meta::new_experiment_doc("0", "Default", &self.location_of("0"), now_ms());
        meta::write_doc(&dir, &doc)
    }

    /// The artifact location of a new experiment: `<root>/<id>` as a URI or a path.
    fn location_of(&self, id: &str) -> String {
        let path = self.root.join(id);
        if self.file_uri {
            let p = path.to_string_lossy();
            format!("file://{}", crate::store::uri::encode_path(&p))
        } else {
            path.to_string_lossy().into_owned()
        }
    }

    /// Reports an unreadable experiment or run folder once, and counts it.
    pub(crate) fn skip(&self, dir: &Path, run: bool, e: &StoreError) {
        let new = self
            .skipped_dirs
            .lock()
            .map(|mut s| s.insert(dir.to_path_buf()))
            .unwrap_or(true);
        if new {
            let what = if run { "run" } else { "experiment" };
            (self.warn)(&format!("skipping {what} folder `{}`: {e}", dir.display()));
            if let Ok(mut n) = self.skipped.lock() {
                if run {
                    n.runs += 1;
                } else {
                    n.experiments += 1;
                }
            }
        }
    }

    /// Holds the store's lock file until dropped.
    fn lock(&self) -> Result<std::fs::File> {
        let path = self.root.join(LOCK);
        let f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| io_error(&path, e))?;
        f.lock().map_err(|e| io_error(&path, e))?;
        Ok(f)
    }

    /// Takes a run's lock, then reads its info and `meta.yaml` (so that what the caller
    /// writes back is based on the latest state).
    fn locked_run(&self, run_id: &str) -> Result<Locked> {
        let rd = self.run_dir(run_id)?;
        let lock = journal::lock_run(&rd.dir)?;
        let (info, doc) = meta::run_info(&rd.dir, &rd.exp_id)?;
        Ok(Locked {
            rd,
            lock,
            info,
            doc,
        })
    }

    /// As [`Self::locked_run`], failing unless the run is active (MLflow refuses writes to
    /// deleted runs).
    fn locked_active_run(&self, run_id: &str) -> Result<Locked> {
        let run = self.locked_run(run_id)?;
        super::rules::writable(run_id, &run.info.lifecycle_stage)?;
        Ok(run)
    }
}

impl Store for FileStore {
    fn kind(&self) -> &'static str {
        "file"
    }

    fn create_experiment(
        &self,
        name: &str,
        artifact_location: Option<&str>,
        tags: &[Tag],
    ) -> Result<String> {
        experiments::create(self, name, artifact_location, tags)
    }

    fn get_experiment(&self, id: &str) -> Result<Experiment> {
        experiments::get(self, id)
    }

    fn get_experiment_by_name(&self, name: &str) -> Result<Experiment> {
        experiments::get_by_name(self, name)
    }

    fn search_experiments(&self, query: &ExperimentQuery) -> Result<Page<Experiment>> {
        search::experiments(self, query)
    }

    fn rename_experiment(&self, id: &str, new_name: &str) -> Result<()> {
        experiments::rename(self, id, new_name)
    }

    fn delete_experiment(&self, id: &str) -> Result<()> {
        self.set_experiment_stage(id, true)
    }

    fn restore_experiment(&self, id: &str) -> Result<()> {
        self.set_experiment_stage(id, false)
    }

    fn set_experiment_tags(&self, id: &str, tags: &[Tag]) -> Result<()> {
        experiments::set_tags(self, id, tags)
    }

    fn delete_experiment_tags(&self, id: &str, keys: &[String]) -> Result<()> {
        experiments::delete_tags(self, id, keys)
    }

    fn create_run(&self, req: &CreateRun) -> Result<Run> {
        runs::create(self, req)
    }

    fn get_run(&self, run_id: &str) -> Result<Run> {
        read::get(self, run_id)
    }

    fn update_run(&self, run_id: &str, update: &UpdateRun) -> Result<RunInfo> {
        runs::update(self, run_id, update)
    }

    fn delete_run(&self, run_id: &str) -> Result<()> {
        runs::set_lifecycle(self, run_id, true)
    }

    fn restore_run(&self, run_id: &str) -> Result<()> {
        runs::set_lifecycle(self, run_id, false)
    }

    fn search_runs(&self, query: &RunQuery) -> Result<Page<Run>> {
        search::runs(self, query)
    }

    fn log_batch(
        &self,
        run_id: &str,
        metrics: &[Metric],
        params: &[Param],
        tags: &[Tag],
    ) -> Result<()> {
        runs::log_batch(self, run_id, metrics, params, tags)
    }

    fn log_metric_stream(
        &self,
        run_id: &str,
        batches: &mut MetricBatches<'_>,
    ) -> Result<u64, PartialWrite> {
        runs::log_metric_stream(self, run_id, batches)
    }

    fn delete_run_tags(&self, run_id: &str, keys: &[String]) -> Result<()> {
        runs::delete_tags(self, run_id, keys)
    }

    fn metric_history(&self, run_id: &str, key: &str) -> Result<Vec<Metric>> {
        read::metric_history(self, run_id, key)
    }

    fn export_run(&self, run_id: &str) -> Result<super::copy::RunCopy> {
        read::export(self, run_id)
    }

    fn skipped(&self) -> super::copy::Skipped {
        self.skipped.lock().map(|s| *s).unwrap_or_default()
    }

    fn uncopied(&self, experiment_id: &str) -> Vec<String> {
        experiments::uncopied(self, experiment_id)
    }
}

/// Deletes value files (tags); every key must exist.
fn delete_values(folder: &Path, keys: &[String], owner: &str) -> Result<()> {
    for key in keys {
        validate::key("tag", key)?;
        let path = folder.join(key);
        if !path.is_file() {
            return Err(StoreError::not_found(
                Kind::Tag,
                format!("{owner} has no tag `{key}`"),
            ));
        }
    }
    for key in keys {
        let path = folder.join(key);
        std::fs::remove_file(&path).map_err(|e| io_error(&path, e))?;
    }
    Ok(())
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStore")
            .field("root", &self.root)
            .finish()
    }
}

/// Returns the last part of a folder's path (a run folder's name is its run id).
fn folder_name(dir: &Path) -> Option<String> {
    dir.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// Creates an empty hidden folder in `parent`, to be filled in and renamed into place.
fn new_folder(parent: &Path) -> Result<PathBuf> {
    let dir = parent.join(format!(".mlf-new-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    Ok(dir)
}

impl crate::store::ModelStore for FileStore {
    fn search_logged_models(
        &self,
        query: &crate::store::models::ModelQuery,
    ) -> Result<crate::model::Page<crate::model::LoggedModel>> {
        models_search::search(self, query)
    }

    fn create_logged_model(&self, req: &super::models::CreateModel) -> Result<LoggedModel> {
        models::create(self, req)
    }

    fn get_logged_model(&self, model_id: &str) -> Result<LoggedModel> {
        models::get(self, model_id, false)
    }

    fn finalize_logged_model(&self, model_id: &str, status: ModelStatus) -> Result<LoggedModel> {
        models::finalize(self, model_id, status)?;
        models::get(self, model_id, false)
    }

    fn delete_logged_model(&self, model_id: &str) -> Result<()> {
        models::delete(self, model_id)
    }

    fn set_logged_model_tags(&self, model_id: &str, tags: &[Tag]) -> Result<()> {
        models::set_tags(self, model_id, tags)
    }

    fn delete_logged_model_tag(&self, model_id: &str, key: &str) -> Result<()> {
        models::delete_tag(self, model_id, key)
    }

    fn log_logged_model_params(&self, model_id: &str, params: &[Param]) -> Result<()> {
        models::log_params(self, model_id, params)
    }

    fn logged_model_points(&self, model_id: &str) -> Result<Vec<Metric>> {
        models::all_points(self, model_id)
    }

    fn log_logged_model_points(&self, model_id: &str, points: &[Metric]) -> Result<()> {
        models::log_points(self, model_id, points)
    }

    fn log_run_inputs(
        &self,
        run_id: &str,
        datasets: &[DatasetInput],
        models: &[ModelInput],
    ) -> Result<()> {
        let run = self.locked_active_run(run_id)?;
        inputs::log_inputs(&run.rd.dir, run_id, datasets, models)
    }

    fn log_run_outputs(&self, run_id: &str, models: &[ModelOutput]) -> Result<()> {
        let run = self.locked_active_run(run_id)?;
        inputs::log_outputs(&run.rd.dir, models)
    }
}
