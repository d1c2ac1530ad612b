//! MLflow 3 logged models in the file store: `<experiment>/models/<model id>/` with
//! `meta.yaml` (status as its integer code; `lifecycle_stage` written at creation and on
//! delete, dropped by other rewrites, as MLflow 3.18 does), `params/<key>`, `tags/<key>` and
//! `metrics/<key>` (one `<timestamp> <value> <step> <run id> [<dataset name> <dataset
//! digest>]` line per point). A model reads with the latest point per metric and dataset.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::meta::{self, io_error, META};
use super::yaml::{Doc, Out};
use super::{new_folder, FileStore};
use crate::model::{
    LoggedModel, LoggedModelData, LoggedModelInfo, Metric, ModelStatus, Param, Tag, ACTIVE, DELETED,
};
use crate::store::models::{
    check_model_id, check_model_name, chosen_model_id, model_artifact_location, model_id_taken,
    model_not_found, CreateModel,
};
use crate::store::{names, now_ms, rules, validate, Kind, Result, StoreError};

/// Where a model lives, with its `meta.yaml`.
pub(super) struct ModelDir {
    pub dir: PathBuf,
    pub doc: Doc,
}

impl FileStore {
    /// Finds a model's folder in any experiment (active or deleted); a deleted model only
    /// when `allow_deleted`.
    pub(super) fn model_dir(&self, model_id: &str, allow_deleted: bool) -> Result<ModelDir> {
        check_model_id(model_id)?;
        for (_, exp_dir) in self.experiment_dirs(crate::model::ViewType::All)? {
            let dir = exp_dir.join("models").join(model_id);
            if dir.join(META).is_file() {
                let doc = meta::read_doc(&dir)?;
                if !allow_deleted && doc.str("lifecycle_stage") == Some(DELETED) {
                    break;
                }
                return Ok(ModelDir { dir, doc });
            }
        }
        Err(model_not_found(model_id))
    }
}

/// Creates a logged model (`PENDING`) with its params and tags and returns it.
pub(super) fn create(store: &FileStore, req: &CreateModel) -> Result<LoggedModel> {
    if let Some(name) = &req.name {
        check_model_name(name)?;
    }
    let exp = super::experiments::get(store, &req.experiment_id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{}` is deleted; logged models can only be created in active experiments",
            exp.experiment_id
        )));
    }
    let batch = rules::param_batch(&req.params)?;
    for tag in &req.tags {
        validate::key("tag", &tag.key)?;
    }
    let model_id = chosen_model_id(req)?;
    if req.model_id.is_some() && store.model_dir(&model_id, true).is_ok() {
        return Err(model_id_taken(&model_id));
    }
    let name = req.name.clone().unwrap_or_else(names::random_run_name);
    let now = now_ms();
    let models = store.experiment_dir(&exp.experiment_id)?.join("models");
    std::fs::create_dir_all(&models).map_err(|e| io_error(&models, e))?;
    // Filled in under a hidden name and renamed into place once complete.
    let tmp = new_folder(&models)?;
    let result = (|| {
        let location = model_artifact_location(&exp.artifact_location, &model_id);
        let mut doc = Doc::default();
        doc.set("artifact_location", Some(Out::Str(&location)));
        doc.set("creation_timestamp", Some(Out::Int(now)));
        doc.set("experiment_id", Some(Out::Str(&exp.experiment_id)));
        doc.set("last_updated_timestamp", Some(Out::Int(now)));
        doc.set("lifecycle_stage", Some(Out::Str(ACTIVE)));
        doc.set("model_id", Some(Out::Str(&model_id)));
        doc.set("model_type", Some(opt(req.model_type.as_deref())));
        doc.set("name", Some(Out::Str(&name)));
        doc.set("source_run_id", Some(opt(req.source_run_id.as_deref())));
        doc.set("status", Some(Out::Int(ModelStatus::Pending.code())));
        doc.set("status_message", Some(Out::Null));
        meta::write_doc(&tmp, &doc)?;
        for sub in ["metrics", "params"] {
            std::fs::create_dir_all(tmp.join(sub)).map_err(|e| io_error(&tmp, e))?;
        }
        for p in &batch {
            meta::write_value(&tmp, &tmp.join("params").join(&p.key), &p.value)?;
        }
        for t in &req.tags {
            meta::write_value(&tmp, &tmp.join("tags").join(&t.key), &t.value)?;
        }
        let dest = models.join(&model_id);
        std::fs::rename(&tmp, &dest).map_err(|e| io_error(&dest, e))
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    get(store, &model_id, false)
}

fn opt(v: Option<&str>) -> Out<'_> {
    v.map_or(Out::Null, Out::Str)
}

/// Reads a model's `meta.yaml`, params, tags and latest metrics.
pub(super) fn get(store: &FileStore, model_id: &str, allow_deleted: bool) -> Result<LoggedModel> {
    let ModelDir { dir, doc } = store.model_dir(model_id, allow_deleted)?;
    read(&dir, &doc)
}

fn read(dir: &Path, doc: &Doc) -> Result<LoggedModel> {
    let text = |k: &str| doc.str(k).map(str::to_string);
    let status = doc
        .int("status")
        .and_then(|c| ModelStatus::parse(&c.to_string()))
        .unwrap_or(ModelStatus::Unspecified);
    let model_id = text("model_id").unwrap_or_default();
    let info = LoggedModelInfo {
        model_id: model_id.clone(),
        experiment_id: text("experiment_id").unwrap_or_default(),
        name: text("name").unwrap_or_default(),
        creation_timestamp_ms: doc.int("creation_timestamp").unwrap_or(0),
        last_updated_timestamp_ms: doc.int("last_updated_timestamp").unwrap_or(0),
        artifact_uri: text("artifact_location").unwrap_or_default(),
        status,
        creator_id: None,
        model_type: text("model_type"),
        source_run_id: text("source_run_id"),
        status_message: text("status_message"),
        tags: meta::read_values(&dir.join("tags"))?
            .into_iter()
            .map(|(k, v)| Tag::new(k, v))
            .collect(),
    };
    let params = meta::read_values(&dir.join("params"))?
        .into_iter()
        .map(|(key, value)| Param { key, value })
        .collect();
    let mut metrics = Vec::new();
    for (key, path) in meta::list_keys(&dir.join("metrics"))? {
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
        metrics.extend(latest_points(&key, &model_id, &text, &path)?);
    }
    Ok(LoggedModel {
        info,
        data: LoggedModelData { params, metrics },
    })
}

/// Every point of a model metric file, in file order.
fn parse_points(key: &str, model_id: &str, text: &str, path: &Path) -> Result<Vec<Metric>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.trim().split(' ').collect();
        let bad = || {
            StoreError::Corrupt(format!(
                "model metric file `{}` line {}: expected `<timestamp> <value> <step> <run id> \
                 [<dataset name> <dataset digest>]`",
                path.display(),
                i + 1
            ))
        };
        if fields.len() != 4 && fields.len() != 6 {
            return Err(bad());
        }
        out.push(Metric {
            key: key.to_string(),
            timestamp: fields[0].parse().map_err(|_| bad())?,
            value: crate::float::parse(fields[1]).ok_or_else(bad)?,
            step: fields[2].parse().map_err(|_| bad())?,
            run_id: Some(fields[3].to_string()),
            dataset_name: fields.get(4).map(|s| s.to_string()),
            dataset_digest: fields.get(5).map(|s| s.to_string()),
            model_id: Some(model_id.to_string()),
        });
    }
    Ok(out)
}

/// The points of a model metric file, one per (dataset name, dataset digest) in order of
/// first appearance: the greatest (step, timestamp, value), the first winning ties, as
/// Python's `max` does.
fn latest_points(key: &str, model_id: &str, text: &str, path: &Path) -> Result<Vec<Metric>> {
    let mut groups: Vec<Metric> = Vec::new();
    for point in parse_points(key, model_id, text, path)? {
        let same = |m: &Metric| {
            m.dataset_name == point.dataset_name && m.dataset_digest == point.dataset_digest
        };
        match groups.iter_mut().find(|m| same(m)) {
            None => groups.push(point),
            Some(best) => {
                let greater = if point.step != best.step {
                    point.step > best.step
                } else if point.timestamp != best.timestamp {
                    point.timestamp > best.timestamp
                } else {
                    point.value > best.value
                };
                if greater {
                    *best = point;
                }
            }
        }
    }
    Ok(groups)
}

/// Every metric point of a model, file by file.
pub(super) fn all_points(store: &FileStore, model_id: &str) -> Result<Vec<Metric>> {
    let ModelDir { dir, .. } = store.model_dir(model_id, false)?;
    let mut out = Vec::new();
    for (key, path) in meta::list_keys(&dir.join("metrics"))? {
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
        out.extend(parse_points(&key, model_id, &text, &path)?);
    }
    Ok(out)
}

/// Appends points (each naming its run) to a model's metric files only.
pub(super) fn log_points(store: &FileStore, model_id: &str, points: &[Metric]) -> Result<()> {
    let dir = store.model_dir(model_id, false)?.dir;
    let dirs = [(model_id.to_string(), dir)];
    for (run_id, points) in crate::store::models::points_by_run(model_id, points)? {
        append_model_metrics(&dirs, &run_id, &points)?;
    }
    Ok(())
}

/// Rewrites a model's `meta.yaml` with `change` applied and a new `last_updated_timestamp`;
/// like MLflow, the rewrite keeps `lifecycle_stage` only when `change` sets it.
fn rewrite(m: ModelDir, change: impl FnOnce(&mut Doc)) -> Result<()> {
    let ModelDir { dir, mut doc } = m;
    doc.set("lifecycle_stage", None);
    doc.set("last_updated_timestamp", Some(Out::Int(now_ms())));
    change(&mut doc);
    meta::write_doc(&dir, &doc)
}

/// Sets a model's final status.
pub(super) fn finalize(store: &FileStore, model_id: &str, status: ModelStatus) -> Result<()> {
    let m = store.model_dir(model_id, false)?;
    rewrite(m, |doc| doc.set("status", Some(Out::Int(status.code()))))
}

/// Soft-deletes a model.
pub(super) fn delete(store: &FileStore, model_id: &str) -> Result<()> {
    let m = store.model_dir(model_id, false)?;
    rewrite(m, |doc| doc.set("lifecycle_stage", Some(Out::Str(DELETED))))
}

/// Sets tags of a model.
pub(super) fn set_tags(store: &FileStore, model_id: &str, tags: &[Tag]) -> Result<()> {
    let m = store.model_dir(model_id, false)?;
    for tag in tags {
        validate::key("tag", &tag.key)?;
    }
    for tag in tags {
        meta::write_value(&m.dir, &m.dir.join("tags").join(&tag.key), &tag.value)?;
    }
    Ok(())
}

/// Deletes one tag of a model; it must exist.
pub(super) fn delete_tag(store: &FileStore, model_id: &str, key: &str) -> Result<()> {
    let m = store.model_dir(model_id, false)?;
    validate::key("tag", key)?;
    let path = m.dir.join("tags").join(key);
    if !path.is_file() {
        return Err(StoreError::not_found(
            Kind::Tag,
            format!("logged model `{model_id}` has no tag `{key}`"),
        ));
    }
    std::fs::remove_file(&path).map_err(|e| io_error(&path, e))
}

/// Logs params of a model: the same value again is fine, a different value is refused.
pub(super) fn log_params(store: &FileStore, model_id: &str, params: &[Param]) -> Result<()> {
    let m = store.model_dir(model_id, false)?;
    let batch = rules::param_batch(params)?;
    let new = rules::new_params(model_id, batch, |key| {
        meta::read_value(&m.dir.join("params").join(key))
    })?;
    for p in &new {
        meta::write_value(&m.dir, &m.dir.join("params").join(&p.key), &p.value)?;
    }
    Ok(())
}

/// Checks that every model the points name exists, before anything is written.
pub(super) fn check_models(
    store: &FileStore,
    metrics: &[Metric],
) -> Result<Vec<(String, PathBuf)>> {
    let mut dirs: Vec<(String, PathBuf)> = Vec::new();
    for id in metrics.iter().filter_map(|m| m.model_id.as_ref()) {
        if !dirs.iter().any(|(d, _)| d == id) {
            dirs.push((id.clone(), store.model_dir(id, true)?.dir));
        }
    }
    Ok(dirs)
}

/// Appends the points that name a model to `<model>/metrics/<key>` with the run id.
pub(super) fn append_model_metrics(
    dirs: &[(String, PathBuf)],
    run_id: &str,
    metrics: &[Metric],
) -> Result<()> {
    for m in metrics {
        let Some((_, dir)) = m
            .model_id
            .as_ref()
            .and_then(|id| dirs.iter().find(|(d, _)| d == id))
        else {
            continue;
        };
        let mut line = format!(
            "{} {} {} {run_id}",
            m.timestamp,
            crate::float::repr(m.value),
            m.step
        );
        if let (Some(n), Some(d)) = (&m.dataset_name, &m.dataset_digest) {
            line.push_str(&format!(" {n} {d}"));
        }
        line.push('\n');
        let path = dir.join("metrics").join(&m.key);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|_| meta::key_conflict(&path))?;
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| io_error(&path, e))?;
        f.write_all(line.as_bytes())
            .map_err(|e| io_error(&path, e))?;
    }
    Ok(())
}
