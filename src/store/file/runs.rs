//! Writing runs of the file store: creating a run, updating it, deleting and restoring it,
//! logging batches (params and tags as files, metric lines appended through the journal)
//! and deleting its tags. Every write holds the run's lock.

use std::path::Path;

use super::meta::{self, io_error, META};
use super::yaml::{Doc, Out};
use super::{delete_values, journal, new_folder, FileStore, Locked, RunDir, RUN_NAME_TAG};
use crate::model::{Metric, Param, Run, RunInfo, Tag, ACTIVE, DELETED};
use crate::store::{
    names, now_ms, rules, validate, CreateRun, MetricBatches, PartialWrite, Result, StoreError,
    UpdateRun,
};

/// The most metric text a bulk upload buffers before appending it (the appends are
/// journaled, so what is written before the end is still all or nothing).
const STREAM_BUFFER: usize = 8 << 20;

impl FileStore {
    /// Sets a run's lifecycle stage in its `meta.yaml` (with `deleted_time` while deleted).
    pub(super) fn set_run_stage(dir: &Path, mut doc: Doc, delete: bool, now: i64) -> Result<()> {
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
        let batch = rules::param_batch(params)?;
        rules::new_params(run_id, batch, |key| {
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
            let mut line = format!("{} {} {}", m.timestamp, crate::float::repr(m.value), m.step);
            if let (Some(name), Some(digest)) = (&m.dataset_name, &m.dataset_digest) {
                // Fields of a line are separated by single spaces.
                for v in [name, digest] {
                    if v.is_empty() || v.contains(char::is_whitespace) {
                        return Err(StoreError::Invalid(format!(
                            "invalid dataset name or digest `{v}`: a file store cannot keep \
                             an empty one or one with spaces"
                        )));
                    }
                }
                line.push_str(&format!(" {name} {digest}"));
            }
            line.push('\n');
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
}

/// Creates a run in state RUNNING in an active experiment and returns it.
pub(super) fn create(store: &FileStore, req: &CreateRun) -> Result<Run> {
    let exp = super::experiments::get(store, &req.experiment_id)?;
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
    let exp_dir = store.experiment_dir(&exp.experiment_id)?;
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
        store.write_tags(&rd, &mut doc, &names::tags_of_new_run(req, &name))?;
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
    super::read::get(store, &run_id)
}

/// Updates an active run's status, end time or name and returns its info.
pub(super) fn update(store: &FileStore, run_id: &str, update: &UpdateRun) -> Result<RunInfo> {
    let Locked {
        rd,
        lock: _lock,
        mut doc,
        ..
    } = store.locked_active_run(run_id)?;
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

/// Soft-deletes (`delete`) or restores a run.
pub(super) fn set_lifecycle(store: &FileStore, run_id: &str, delete: bool) -> Result<()> {
    let run = store.locked_run(run_id)?;
    FileStore::set_run_stage(&run.rd.dir, run.doc, delete, now_ms())
}

/// Logs metrics, params and tags to an active run, checking everything before writing.
pub(super) fn log_batch(
    store: &FileStore,
    run_id: &str,
    metrics: &[Metric],
    params: &[Param],
    tags: &[Tag],
) -> Result<()> {
    // Check everything before writing anything.
    for tag in tags {
        validate::key("tag", &tag.key)?;
    }
    let lines = FileStore::metric_lines(metrics)?;
    let model_dirs = super::models::check_models(store, metrics)?;
    let mut run = store.locked_active_run(run_id)?;
    let new_params = store.check_params(&run.rd, run_id, params)?;
    for p in &new_params {
        meta::write_value(
            &run.rd.dir,
            &run.rd.dir.join("params").join(&p.key),
            &p.value,
        )?;
    }
    FileStore::append_metrics(&run, &lines)?;
    super::models::append_model_metrics(&model_dirs, run_id, metrics)?;
    store.write_tags(&run.rd, &mut run.doc, tags)
}

/// Logs a stream of metric batches, all or nothing, and returns how many points it stored.
pub(super) fn log_metric_stream(
    store: &FileStore,
    run_id: &str,
    batches: &mut MetricBatches<'_>,
) -> Result<u64, PartialWrite> {
    let run = store.locked_active_run(run_id)?;
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
    let mut model_points: Vec<Metric> = Vec::new();
    for batch in batches {
        let batch = batch?;
        model_points.extend(batch.iter().filter(|m| m.model_id.is_some()).cloned());
        for (key, lines) in FileStore::metric_lines(&batch)? {
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
    let model_dirs = super::models::check_models(store, &model_points)?;
    append.commit()?;
    super::models::append_model_metrics(&model_dirs, run_id, &model_points)?;
    Ok(count)
}

/// Deletes tags of an active run; every key must exist.
pub(super) fn delete_tags(store: &FileStore, run_id: &str, keys: &[String]) -> Result<()> {
    let run = store.locked_active_run(run_id)?;
    delete_values(&run.rd.dir.join("tags"), keys, &format!("run `{run_id}`"))
}
