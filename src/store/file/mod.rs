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

mod journal;
mod meta;
mod search;
pub mod yaml;

use std::path::{Path, PathBuf};

use self::meta::{io_error, META};
use self::yaml::{Doc, Out};
use super::{
    names, now_ms, validate, CreateRun, ExperimentQuery, MetricBatches, PartialWrite, Result,
    RunQuery, Store, StoreError, UpdateRun,
};
use crate::model::{
    Dataset, DatasetInput, Experiment, Metric, Page, Param, Run, RunData, RunInfo, RunInputs, Tag,
    ACTIVE, DELETED,
};
use crate::store::Kind;

pub use super::names::RUN_NAME_TAG;

/// The folder deleted experiments are moved to.
const TRASH: &str = ".trash";
/// The lock file that serialises experiment creation and renaming.
const LOCK: &str = ".mlf.lock";
/// Folders of an experiment that are not runs.
const RESERVED: [&str; 4] = ["tags", "datasets", "traces", "models"];
/// The most metric text a bulk upload buffers before appending it (the appends are
/// journaled, so what is written before the end is still all or nothing).
const STREAM_BUFFER: usize = 8 << 20;

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

    /// Lists experiment folders of a view as `(id, folder)`.
    pub(crate) fn experiment_dirs(
        &self,
        view: crate::model::ViewType,
    ) -> Result<Vec<(String, PathBuf)>> {
        let mut out = Vec::new();
        for stage in view.stages() {
            let parent = if *stage == ACTIVE {
                self.root.clone()
            } else {
                self.root.join(TRASH)
            };
            let entries = match std::fs::read_dir(&parent) {
                Ok(e) => e,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(io_error(&parent, e)),
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                // `.trash`, the registry's `models`, and folders mlf is still filling in
                // (`.mlf-new-…`, renamed into place when complete).
                if name.starts_with('.') || (*stage == ACTIVE && name == "models") {
                    continue;
                }
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    out.push((name, entry.path()));
                }
            }
        }
        Ok(out)
    }

    /// Returns the folder of an experiment, active or deleted.
    fn experiment_dir(&self, id: &str) -> Result<PathBuf> {
        validate::id("experiment", id, 64)?;
        for parent in [self.root.clone(), self.root.join(TRASH)] {
            let dir = parent.join(id);
            if dir.join(META).is_file() {
                return Ok(dir);
            }
        }
        Err(StoreError::not_found(
            Kind::Experiment,
            format!("experiment `{id}` does not exist"),
        ))
    }

    /// Reads every experiment of a view, warning about and skipping unreadable ones.
    fn experiments(&self, view: crate::model::ViewType) -> Result<Vec<Experiment>> {
        let mut out = Vec::new();
        for (id, dir) in self.experiment_dirs(view)? {
            match meta::experiment(&dir, &id) {
                Ok((exp, _)) => out.push(exp),
                Err(e) => self.skip(&dir, false, &e),
            }
        }
        Ok(out)
    }

    /// Returns the experiment with this name, if any (active or deleted).
    fn find_by_name(&self, name: &str) -> Result<Option<Experiment>> {
        Ok(self
            .experiments(crate::model::ViewType::All)?
            .into_iter()
            .find(|e| e.name == name))
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

    /// Finds a run's folder by id, in active and deleted experiments.
    pub(crate) fn run_dir(&self, run_id: &str) -> Result<RunDir> {
        validate::run_id(run_id)?;
        for (exp_id, exp_dir) in self.experiment_dirs(crate::model::ViewType::All)? {
            let dir = exp_dir.join(run_id);
            if dir.join(META).is_file() {
                return Ok(RunDir { exp_id, dir });
            }
        }
        Err(StoreError::not_found(
            Kind::Run,
            format!("run `{run_id}` does not exist"),
        ))
    }

    /// Reads a run's info and its `meta.yaml`.
    fn run_info(&self, run_id: &str) -> Result<(RunDir, RunInfo, Doc)> {
        let rd = self.run_dir(run_id)?;
        let (info, doc) = meta::run_info(&rd.dir, &rd.exp_id)?;
        Ok((rd, info, doc))
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

    /// Sets a run's lifecycle stage in its `meta.yaml` (with `deleted_time` while deleted).
    fn set_run_stage(dir: &Path, mut doc: Doc, delete: bool, now: i64) -> Result<()> {
        doc.set(
            "lifecycle_stage",
            Some(Out::Str(if delete { DELETED } else { ACTIVE })),
        );
        doc.set("deleted_time", delete.then_some(Out::Int(now)));
        meta::write_doc(dir, &doc)
    }

    /// Writes run tags (values over 8000 characters truncated); `mlflow.runName` also renames.
    fn write_tags(&self, rd: &RunDir, doc: &mut Doc, tags: &[Tag]) -> Result<()> {
        let mut renamed = false;
        for tag in tags {
            let value = validate::truncate(&tag.value, validate::MAX_TAG_VALUE_LEN);
            meta::write_value(&rd.dir, &rd.dir.join("tags").join(&tag.key), &value)?;
            if tag.key == RUN_NAME_TAG {
                doc.set("run_name", Some(Out::Str(&value)));
                renamed = true;
            }
        }
        if renamed {
            meta::write_doc(&rd.dir, doc)?;
        }
        Ok(())
    }

    /// Checks params against each other and what is stored; returns those to write.
    fn check_params(&self, rd: &RunDir, run_id: &str, params: &[Param]) -> Result<Vec<Param>> {
        let batch = super::rules::param_batch(params)?;
        super::rules::new_params(run_id, batch, |key| {
            meta::read_value(&rd.dir.join("params").join(key))
        })
    }

    /// Checks metric points and renders them as file lines, grouped by key in first-seen order.
    fn metric_lines(metrics: &[Metric]) -> Result<Vec<(String, String)>> {
        let mut groups: Vec<(String, String)> = Vec::new();
        for m in metrics {
            validate::timestamp(m.timestamp)?;
            let idx = match groups.iter().position(|(k, _)| *k == m.key) {
                Some(i) => i,
                None => {
                    validate::key("metric", &m.key)?;
                    groups.push((m.key.clone(), String::new()));
                    groups.len() - 1
                }
            };
            let line = format!(
                "{} {} {}\n",
                m.timestamp,
                crate::float::repr(m.value),
                m.step
            );
            groups[idx].1.push_str(&line);
        }
        Ok(groups)
    }

    /// Appends rendered metric lines, one write per key, all or nothing (journaled).
    fn append_metrics(run: &Locked, groups: &[(String, String)]) -> Result<()> {
        let mut append = journal::MetricAppend::begin(&run.rd.dir, &run.lock);
        for (key, lines) in groups {
            append.append(key, lines.as_bytes())?;
        }
        append.commit()
    }

    /// Reads a run's latest metrics, params and tags.
    pub(crate) fn run_data(dir: &Path) -> Result<RunData> {
        let mut metrics = Vec::new();
        for (key, path) in meta::list_keys(&dir.join("metrics"))? {
            let Some(text) = journal::read_metric(dir, &key)? else {
                continue;
            };
            let mut m = meta::latest_point(&key, &text, &path)?;
            m.run_id = folder_name(dir);
            metrics.push(m);
        }
        let pairs = |sub: &str| meta::read_values(&dir.join(sub));
        Ok(RunData {
            metrics,
            params: pairs("params")?
                .into_iter()
                .map(|(key, value)| Param { key, value })
                .collect(),
            tags: pairs("tags")?
                .into_iter()
                .map(|(k, v)| Tag::new(k, v))
                .collect(),
        })
    }

    /// The dataset inputs of the run in `dir` (`inputs/*/meta.yaml`, datasets in the
    /// experiment's `datasets/`), in folder-name order; unreadable ones are left out.
    pub(crate) fn dataset_inputs(dir: &Path) -> Vec<DatasetInput> {
        let Some(exp_dir) = dir.parent() else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir.join("inputs")) else {
            return Vec::new();
        };
        let mut folders: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        folders.sort();
        folders
            .iter()
            .filter_map(|folder| {
                let doc = meta::read_doc(folder).ok()?;
                if doc.str("source_type") != Some("DATASET") {
                    return None;
                }
                let ds =
                    meta::read_doc(&exp_dir.join("datasets").join(doc.str("source_id")?)).ok()?;
                let text = |k: &str| ds.str(k).unwrap_or_default().to_string();
                Some(DatasetInput {
                    tags: doc
                        .nested("tags")
                        .map(|t| t.pairs().into_iter().map(|(k, v)| Tag::new(k, v)).collect())
                        .unwrap_or_default(),
                    dataset: Dataset {
                        name: text("name"),
                        digest: text("digest"),
                        source_type: text("source_type"),
                        source: text("source"),
                        schema: ds.str("schema").map(str::to_string),
                        profile: ds.str("profile").map(str::to_string),
                    },
                })
            })
            .collect()
    }

    /// Reads the whole run in `dir`: info, latest metrics, params, tags and dataset inputs.
    pub(crate) fn read_run(info: RunInfo, dir: &Path) -> Result<Run> {
        Ok(Run {
            info,
            data: Self::run_data(dir)?,
            inputs: RunInputs {
                dataset_inputs: Self::dataset_inputs(dir),
            },
            outputs: Default::default(),
        })
    }

    /// Every point of one metric of the run in `dir`, in file order.
    pub(crate) fn history_in(dir: &Path, key: &str) -> Result<Vec<Metric>> {
        let path = dir.join("metrics").join(key);
        match journal::read_metric(dir, key)? {
            Some(text) => {
                let mut points = meta::parse_metric(key, &text, &path)?;
                // MLflow's file store names the run in every point.
                let run_id = folder_name(dir);
                for p in &mut points {
                    p.run_id.clone_from(&run_id);
                }
                Ok(points)
            }
            None => Ok(Vec::new()),
        }
    }

    /// The latest point of one metric of the run in `dir`, if it was logged.
    pub(crate) fn latest_in(dir: &Path, key: &str) -> Result<Option<Metric>> {
        let path = dir.join("metrics").join(key);
        match journal::read_metric(dir, key)? {
            Some(text) => Ok(Some(meta::latest_point(key, &text, &path)?)),
            None => Ok(None),
        }
    }

    /// Lists every run folder of an experiment folder (reserved folders excluded).
    pub(crate) fn run_dirs_in(exp_dir: &Path) -> Result<Vec<PathBuf>> {
        let entries = match std::fs::read_dir(exp_dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_error(exp_dir, e)),
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if RESERVED.contains(&name.as_ref()) || name.starts_with('.') {
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                out.push(entry.path());
            }
        }
        Ok(out)
    }

    /// Sets the lifecycle stage of an experiment, moving its folder to or from `.trash`.
    fn set_experiment_stage(&self, id: &str, delete: bool) -> Result<()> {
        let dir = self.experiment_dir(id)?;
        let (exp, mut doc) = meta::experiment(&dir, id)?;
        let to = super::experiment_stage_change(&exp, delete)?;
        let from = if delete { ACTIVE } else { DELETED };
        if delete && id == "0" {
            return Err(StoreError::Invalid(
                "the default experiment `0` of a file store cannot be deleted (MLflow refuses it)"
                    .into(),
            ));
        }
        let now = now_ms();
        let _lock = self.lock()?;
        // Runs first: every active run becomes deleted, or every deleted run active.
        for run in Self::run_dirs_in(&dir)? {
            let Ok((info, rdoc)) = meta::run_info(&run, id) else {
                continue;
            };
            if info.lifecycle_stage == from {
                Self::set_run_stage(&run, rdoc, delete, now)?;
            }
        }
        doc.set("lifecycle_stage", Some(Out::Str(to)));
        doc.set("last_update_time", Some(Out::Int(now)));
        meta::write_doc(&dir, &doc)?;
        let target = if delete {
            let trash = self.root.join(TRASH);
            std::fs::create_dir_all(&trash).map_err(|e| io_error(&trash, e))?;
            trash.join(id)
        } else {
            self.root.join(id)
        };
        if target.exists() {
            return Err(StoreError::Conflict(format!(
                "cannot move experiment `{id}`: `{}` already exists",
                target.display()
            )));
        }
        std::fs::rename(&dir, &target).map_err(|e| io_error(&dir, e))
    }

    /// Returns a fresh experiment id: 18 random digits, not starting with 0, not in use.
    fn new_experiment_id(&self) -> String {
        loop {
            let n = uuid::Uuid::new_v4().as_u128();
            let digits = format!("{:018}", n % 1_000_000_000_000_000_000);
            let first = (b'1' + ((n >> 100) % 9) as u8) as char;
            let id = format!("{first}{}", &digits[1..]);
            if !self.root.join(&id).exists() && !self.root.join(TRASH).join(&id).exists() {
                return id;
            }
        }
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
        let location = validate::new_experiment(name, artifact_location, tags)?;
        std::fs::create_dir_all(&self.root).map_err(|e| io_error(&self.root, e))?;
        let _lock = self.lock()?;
        if let Some(existing) = self.find_by_name(name)? {
            return Err(super::name_taken(&existing));
        }
        let id = self.new_experiment_id();
        let location = location.unwrap_or_else(|| self.location_of(&id));
        // Filled in under a hidden name and renamed into place: a reader never sees a
        // folder without its meta.yaml.
        let dir = new_folder(&self.root)?;
        let result = (|| {
            for tag in tags {
                meta::write_value(&dir, &dir.join("tags").join(&tag.key), &tag.value)?;
            }
            meta::write_doc(
                &dir,
                &meta::new_experiment_doc(&id, name, &location, now_ms()),
            )?;
            let target = self.root.join(&id);
            std::fs::rename(&dir, &target).map_err(|e| io_error(&target, e))
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(e);
        }
        Ok(id)
    }

    fn get_experiment(&self, id: &str) -> Result<Experiment> {
        let dir = self.experiment_dir(id)?;
        Ok(meta::experiment(&dir, id)?.0)
    }

    fn get_experiment_by_name(&self, name: &str) -> Result<Experiment> {
        self.find_by_name(name)?.ok_or_else(|| {
            StoreError::not_found(
                Kind::Experiment,
                format!("experiment `{name}` does not exist"),
            )
        })
    }

    fn search_experiments(&self, query: &ExperimentQuery) -> Result<Page<Experiment>> {
        search::experiments(self, query)
    }

    fn rename_experiment(&self, id: &str, new_name: &str) -> Result<()> {
        validate::experiment_name(new_name)?;
        let dir = self.experiment_dir(id)?;
        let _lock = self.lock()?;
        let (exp, mut doc) = meta::experiment(&dir, id)?;
        if exp.lifecycle_stage != ACTIVE {
            return Err(StoreError::Conflict(format!(
                "experiment `{id}` is deleted; restore it before renaming it"
            )));
        }
        if exp.name == new_name {
            return Ok(());
        }
        if let Some(existing) = self.find_by_name(new_name)? {
            return Err(super::name_taken(&existing));
        }
        doc.set("name", Some(Out::Str(new_name)));
        doc.set("last_update_time", Some(Out::Int(now_ms())));
        meta::write_doc(&dir, &doc)
    }

    fn delete_experiment(&self, id: &str) -> Result<()> {
        self.set_experiment_stage(id, true)
    }

    fn restore_experiment(&self, id: &str) -> Result<()> {
        self.set_experiment_stage(id, false)
    }

    fn set_experiment_tags(&self, id: &str, tags: &[Tag]) -> Result<()> {
        for tag in tags {
            validate::experiment_tag(&tag.key, &tag.value)?;
        }
        let dir = self.experiment_dir(id)?;
        let (exp, _) = meta::experiment(&dir, id)?;
        if exp.lifecycle_stage != ACTIVE {
            return Err(StoreError::Conflict(format!(
                "experiment `{id}` must be active to change its tags; it is deleted"
            )));
        }
        for tag in tags {
            meta::write_value(&dir, &dir.join("tags").join(&tag.key), &tag.value)?;
        }
        Ok(())
    }

    fn delete_experiment_tags(&self, id: &str, keys: &[String]) -> Result<()> {
        let dir = self.experiment_dir(id)?;
        let (exp, _) = meta::experiment(&dir, id)?;
        if exp.lifecycle_stage != ACTIVE {
            return Err(StoreError::Conflict(format!(
                "experiment `{id}` must be active to change its tags; it is deleted"
            )));
        }
        delete_values(&dir.join("tags"), keys, &format!("experiment `{id}`"))
    }

    fn create_run(&self, req: &CreateRun) -> Result<Run> {
        let exp = self.get_experiment(&req.experiment_id)?;
        if exp.lifecycle_stage != ACTIVE {
            return Err(StoreError::Conflict(format!(
                "experiment `{}` is deleted; runs can only be created in active experiments",
                exp.experiment_id
            )));
        }
        validate::timestamp(req.start_time)?;
        for tag in &req.tags {
            validate::key("tag", &tag.key)?;
        }
        let name = names::for_new_run(req)?;
        let run_id = uuid::Uuid::new_v4().simple().to_string();
        let exp_dir = self.experiment_dir(&exp.experiment_id)?;
        let dir = exp_dir.join(&run_id);
        let info = RunInfo {
            run_uuid: run_id.clone(),
            experiment_id: exp.experiment_id.clone(),
            run_name: name.clone(),
            user_id: names::user_of_new_run(req),
            status: crate::model::RunStatus::Running,
            start_time: Some(req.start_time),
            end_time: None,
            artifact_uri: format!(
                "{}/{run_id}/artifacts",
                exp.artifact_location.trim_end_matches('/')
            ),
            lifecycle_stage: ACTIVE.into(),
            run_id: run_id.clone(),
        };
        // Filled in under a hidden name and renamed into place once complete.
        let tmp = new_folder(&exp_dir)?;
        let result = (|| {
            for sub in ["metrics", "params", "artifacts", "tags"] {
                std::fs::create_dir_all(tmp.join(sub)).map_err(|e| io_error(&tmp, e))?;
            }
            let rd = RunDir {
                exp_id: exp.experiment_id.clone(),
                dir: tmp.clone(),
            };
            let mut doc = meta::new_run_doc(&info);
            self.write_tags(&rd, &mut doc, &names::tags_of_new_run(req, &name))?;
            // The run-name tag writes meta.yaml; without one, write it here.
            if !rd.dir.join(META).exists() {
                meta::write_doc(&rd.dir, &doc)?;
            }
            std::fs::rename(&tmp, &dir).map_err(|e| io_error(&dir, e))
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
        self.get_run(&run_id)
    }

    fn get_run(&self, run_id: &str) -> Result<Run> {
        let (rd, info, _) = self.run_info(run_id)?;
        Self::read_run(info, &rd.dir)
    }

    fn update_run(&self, run_id: &str, update: &UpdateRun) -> Result<RunInfo> {
        let Locked {
            rd,
            lock: _lock,
            mut doc,
            ..
        } = self.locked_active_run(run_id)?;
        if let Some(end) = update.end_time {
            validate::timestamp(end)?;
        }
        if let Some(status) = update.status {
            doc.set("status", Some(Out::Int(meta::status_code(status))));
        }
        if let Some(end) = update.end_time {
            doc.set("end_time", Some(Out::Int(end)));
        }
        if let Some(name) = &update.run_name {
            meta::write_value(&rd.dir, &rd.dir.join("tags").join(RUN_NAME_TAG), name)?;
            doc.set("run_name", Some(Out::Str(name)));
        }
        meta::write_doc(&rd.dir, &doc)?;
        Ok(meta::run_info(&rd.dir, &rd.exp_id)?.0)
    }

    fn delete_run(&self, run_id: &str) -> Result<()> {
        let run = self.locked_run(run_id)?;
        Self::set_run_stage(&run.rd.dir, run.doc, true, now_ms())
    }

    fn restore_run(&self, run_id: &str) -> Result<()> {
        let run = self.locked_run(run_id)?;
        Self::set_run_stage(&run.rd.dir, run.doc, false, now_ms())
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
        // Check everything before writing anything.
        for tag in tags {
            validate::key("tag", &tag.key)?;
        }
        let lines = Self::metric_lines(metrics)?;
        let mut run = self.locked_active_run(run_id)?;
        let new_params = self.check_params(&run.rd, run_id, params)?;
        for p in &new_params {
            meta::write_value(
                &run.rd.dir,
                &run.rd.dir.join("params").join(&p.key),
                &p.value,
            )?;
        }
        Self::append_metrics(&run, &lines)?;
        self.write_tags(&run.rd, &mut run.doc, tags)
    }

    fn log_metric_stream(
        &self,
        run_id: &str,
        batches: &mut MetricBatches<'_>,
    ) -> Result<u64, PartialWrite> {
        let run = self.locked_active_run(run_id)?;
        // The caller has read and checked the whole input (`ops::ingest`); the appends are
        // journaled, so a failure or a kill part way leaves nothing written. Lines are
        // buffered per key and written in large appends.
        let mut append = journal::MetricAppend::begin(&run.rd.dir, &run.lock);
        let mut pending: Vec<(String, String)> = Vec::new();
        let (mut size, mut count) = (0usize, 0u64);
        let mut flush = |pending: &mut Vec<(String, String)>| -> Result<()> {
            for (key, lines) in pending.drain(..) {
                append.append(&key, lines.as_bytes())?;
            }
            Ok(())
        };
        for batch in batches {
            let batch = batch?;
            for (key, lines) in Self::metric_lines(&batch)? {
                size += lines.len();
                match pending.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, l)) => l.push_str(&lines),
                    None => pending.push((key, lines)),
                }
            }
            count += batch.len() as u64;
            if size > STREAM_BUFFER {
                flush(&mut pending)?;
                size = 0;
            }
        }
        flush(&mut pending)?;
        append.commit()?;
        Ok(count)
    }

    fn delete_run_tags(&self, run_id: &str, keys: &[String]) -> Result<()> {
        let run = self.locked_active_run(run_id)?;
        delete_values(&run.rd.dir.join("tags"), keys, &format!("run `{run_id}`"))
    }

    fn metric_history(&self, run_id: &str, key: &str) -> Result<Vec<Metric>> {
        let rd = self.run_dir(run_id)?;
        validate::key("metric", key)?;
        Self::history_in(&rd.dir, key)
    }

    fn export_run(&self, run_id: &str) -> Result<super::copy::RunCopy> {
        let mut copy = super::export_run(self, run_id)?;
        // What MLflow's file store keeps beyond the REST shape: when a run was deleted and
        // its source type (a quoted name; the numbers MLflow writes mean LOCAL).
        let (_, _, doc) = self.run_info(run_id)?;
        copy.deleted_time = doc.int("deleted_time");
        copy.source_type = Some(
            doc.get("source_type")
                .filter(|s| matches!(s, yaml::Scalar::Quoted(_)))
                .and_then(|s| s.as_str())
                .unwrap_or("LOCAL")
                .to_string(),
        );
        Ok(copy)
    }

    fn skipped(&self) -> super::copy::Skipped {
        self.skipped.lock().map(|s| *s).unwrap_or_default()
    }

    fn uncopied(&self, experiment_id: &str) -> Vec<String> {
        let Ok(dir) = self.experiment_dir(experiment_id) else {
            return Vec::new();
        };
        [("traces", "traces"), ("logged models", "models")]
            .into_iter()
            .filter(|(_, sub)| {
                std::fs::read_dir(dir.join(sub)).is_ok_and(|mut d| d.next().is_some())
            })
            .map(|(what, sub)| format!("{what} (`{}`)", dir.join(sub).display()))
            .collect()
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
