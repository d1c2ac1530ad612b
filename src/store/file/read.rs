//! Reading runs of the file store: finding a run's folder, its info, latest metrics,
//! params, tags and dataset inputs, metric histories, and whole runs for copying.

use std::path::{Path, PathBuf};

use super::meta::{self, io_error, META};
use super::yaml::{self, Doc};
use super::{folder_name, journal, metric_file, FileStore, RunDir};
use crate::model::{
    Dataset, DatasetInput, Metric, Param, Run, RunData, RunInfo, RunInputs, Tag, ViewType,
};
use crate::store::{validate, Kind, Result, StoreError};

/// Folders of an experiment that are not runs.
const RESERVED: [&str; 4] = ["tags", "datasets", "traces", "models"];

impl FileStore {
    /// Finds a run's folder by id, in active and deleted experiments.
    pub(crate) fn run_dir(&self, run_id: &str) -> Result<RunDir> {
        validate::run_id(run_id)?;
        for (exp_id, exp_dir) in self.experiment_dirs(ViewType::All)? {
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

    /// Reads a run's latest metrics, params and tags.
    pub(crate) fn run_data(dir: &Path) -> Result<RunData> {
        let mut metrics = Vec::new();
        for (key, path) in meta::list_keys(&dir.join("metrics"))? {
            let Some(text) = journal::read_metric(dir, &key)? else {
                continue;
            };
            let mut m = metric_file::latest_point(&key, &text, &path)?;
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
                model_inputs: Self::model_inputs(dir),
            },
            outputs: crate::model::RunOutputs {
                model_outputs: Self::model_outputs(dir),
            },
        })
    }

    /// Every point of one metric of the run in `dir`, in file order.
    pub(crate) fn history_in(dir: &Path, key: &str) -> Result<Vec<Metric>> {
        let path = dir.join("metrics").join(key);
        match journal::read_metric(dir, key)? {
            Some(text) => {
                let mut points = metric_file::parse_metric(key, &text, &path)?;
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
            Some(text) => Ok(Some(metric_file::latest_point(key, &text, &path)?)),
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
}

/// Returns a run with its latest metrics, params, tags and dataset inputs.
pub(super) fn get(store: &FileStore, run_id: &str) -> Result<Run> {
    let (rd, info, _) = store.run_info(run_id)?;
    FileStore::read_run(info, &rd.dir)
}

/// Returns every point of one metric of a run, in file order.
pub(super) fn metric_history(store: &FileStore, run_id: &str, key: &str) -> Result<Vec<Metric>> {
    let rd = store.run_dir(run_id)?;
    validate::key("metric", key)?;
    FileStore::history_in(&rd.dir, key)
}

/// Reads a whole run to copy it, with what the file store keeps beyond the REST shape.
pub(super) fn export(store: &FileStore, run_id: &str) -> Result<crate::store::copy::RunCopy> {
    let mut copy = crate::store::export_run(store, run_id)?;
    // What MLflow's file store keeps beyond the REST shape: when a run was deleted and
    // its source type (a quoted name; the numbers MLflow writes mean LOCAL).
    let (_, _, doc) = store.run_info(run_id)?;
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
