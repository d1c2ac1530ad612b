//! `search_logged_models` of MLflow's file store, in memory: every model folder of the
//! experiments (`<exp>/models/<model_id>/`, deleted ones skipped), read as MLflow reads it
//! (metrics: one point per key and dataset, the max by step, timestamp, value), filtered with
//! the runs grammar's logged-model rules, sorted as Python sorts its key tuples, and cut into
//! pages with `{"offset": N}` tokens. The sort and filter follow MLflow's file store even
//! where it differs from its SQL store (see `sort`).

mod sort;

use std::path::Path;

use super::meta::{self, io_error};
use super::FileStore;
use crate::model::{LoggedModel, LoggedModelData, LoggedModelInfo, Metric, ModelStatus, Page};
use crate::search::filter::{self, like_matches};
use crate::search::{self, Clause, Comparator, Dialect, Entity, Value};
use crate::store::models::{DatasetFilter, ModelQuery};
use crate::store::{Result, StoreError};

/// MLflow's store default page size.
const DEFAULT_MAX: usize = 100;

/// Reads one model folder; `None` when it has no `meta.yaml` (MLflow skips it).
fn read_model(dir: &Path) -> Result<Option<(LoggedModel, bool)>> {
    if !dir.join("meta.yaml").is_file() {
        return Ok(None);
    }
    let doc = meta::read_doc(dir)?;
    let deleted = doc.str("lifecycle_stage") == Some("deleted");
    let code = doc.int("status").unwrap_or(0);
    let text = |k: &str| doc.str(k).map(String::from);
    let model_id = text("model_id").unwrap_or_default();
    let mut metrics = Vec::new();
    let metrics_dir = dir.join("metrics");
    for (key, path) in walk_files(&metrics_dir)? {
        let body = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
        metrics.extend(latest_per_dataset(&key, &body, &model_id, &path)?);
    }
    let info = LoggedModelInfo {
        model_id: model_id.clone(),
        experiment_id: text("experiment_id").unwrap_or_default(),
        name: text("name").unwrap_or_default(),
        creation_timestamp_ms: doc.int("creation_timestamp").unwrap_or(0),
        last_updated_timestamp_ms: doc.int("last_updated_timestamp").unwrap_or(0),
        artifact_uri: text("artifact_location").unwrap_or_default(),
        status: ModelStatus::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or(ModelStatus::Unspecified),
        creator_id: None,
        model_type: text("model_type"),
        source_run_id: text("source_run_id"),
        status_message: text("status_message"),
        tags: meta::read_values(&dir.join("tags"))?
            .into_iter()
            .map(|(key, value)| crate::model::Tag { key, value })
            .collect(),
    };
    let params = meta::read_values(&dir.join("params"))?
        .into_iter()
        .map(|(key, value)| crate::model::Param { key, value })
        .collect();
    Ok(Some((
        LoggedModel {
            info,
            data: LoggedModelData { params, metrics },
        },
        deleted,
    )))
}

/// The files under a folder as `(key, path)`, in directory order (as `os.walk` lists them).
fn walk_files(folder: &Path) -> Result<Vec<(String, std::path::PathBuf)>> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), folder.to_path_buf())];
    while let Some((prefix, dir)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_error(&dir, e)),
        };
        let mut subdirs = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            if entry.path().is_dir() {
                subdirs.push((key, entry.path()));
            } else {
                out.push((key, entry.path()));
            }
        }
        subdirs.reverse();
        stack.extend(subdirs);
    }
    Ok(out)
}

/// A model's metric file: per `(dataset_name, dataset_digest)`, in order of first appearance,
/// the point with the greatest `(step, timestamp, value)` (the first of equals, as `max`).
fn latest_per_dataset(key: &str, body: &str, model_id: &str, path: &Path) -> Result<Vec<Metric>> {
    let mut groups: Vec<Metric> = Vec::new();
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.trim().split(' ').collect();
        let bad = || {
            StoreError::Corrupt(format!(
                "metric file `{}` is malformed: `{line}`",
                path.display()
            ))
        };
        if parts.len() != 4 && parts.len() != 6 {
            return Err(bad());
        }
        let m = Metric {
            key: key.to_string(),
            timestamp: parts[0].parse().map_err(|_| bad())?,
            value: crate::float::parse(parts[1]).ok_or_else(bad)?,
            step: parts[2].parse().map_err(|_| bad())?,
            run_id: Some(parts[3].to_string()),
            dataset_name: parts.get(4).map(|s| s.to_string()),
            dataset_digest: parts.get(5).map(|s| s.to_string()),
            model_id: Some(model_id.to_string()),
        };
        match groups
            .iter_mut()
            .find(|g| g.dataset_name == m.dataset_name && g.dataset_digest == m.dataset_digest)
        {
            Some(g) => {
                let greater = (m.step, m.timestamp) > (g.step, g.timestamp)
                    || ((m.step, m.timestamp) == (g.step, g.timestamp) && m.value > g.value);
                if greater {
                    *g = m;
                }
            }
            None => groups.push(m),
        }
    }
    Ok(groups)
}

fn on_dataset(m: &Metric, d: &DatasetFilter) -> bool {
    m.dataset_name.as_deref() == Some(d.name.as_str())
        && d.digest
            .as_deref()
            .is_none_or(|digest| m.dataset_digest.as_deref() == Some(digest))
}

fn compare_f64(op: Comparator, l: f64, r: f64) -> bool {
    match op {
        Comparator::Eq => l == r,
        Comparator::Ne => l != r,
        Comparator::Lt => l < r,
        Comparator::Le => l <= r,
        Comparator::Gt => l > r,
        Comparator::Ge => l >= r,
        _ => false,
    }
}

fn compare_str(op: Comparator, l: &str, v: &Value) -> bool {
    match (op, v) {
        (Comparator::Eq, Value::String(s)) => l == s,
        (Comparator::Ne, Value::String(s)) => l != s,
        (Comparator::Lt, Value::String(s)) => l < s.as_str(),
        (Comparator::Le, Value::String(s)) => l <= s.as_str(),
        (Comparator::Gt, Value::String(s)) => l > s.as_str(),
        (Comparator::Ge, Value::String(s)) => l >= s.as_str(),
        (Comparator::Like, Value::String(s)) => like_matches(s, l, false),
        (Comparator::ILike, Value::String(s)) => like_matches(s, l, true),
        (Comparator::In, Value::List(items)) => items.iter().any(|i| i == l),
        (Comparator::NotIn, Value::List(items)) => !items.iter().any(|i| i == l),
        _ => false,
    }
}

/// Whether a model matches one clause, as MLflow's `_does_logged_model_match_clause`.
fn matches(m: &LoggedModel, c: &Clause, datasets: &[DatasetFilter]) -> bool {
    match c.entity {
        Entity::Metric => {
            let first = m
                .data
                .metrics
                .iter()
                .filter(|p| p.key == c.key)
                .find(|p| datasets.is_empty() || datasets.iter().any(|d| on_dataset(p, d)));
            match (first, &c.value) {
                (Some(p), Value::Number(n)) => compare_f64(c.comparator, p.value, *n),
                _ => false,
            }
        }
        Entity::Param | Entity::Tag => {
            let found = if c.entity == Entity::Param {
                m.data
                    .params
                    .iter()
                    .find(|p| p.key == c.key)
                    .map(|p| &p.value)
            } else {
                m.info
                    .tags
                    .iter()
                    .find(|t| t.key == c.key)
                    .map(|t| &t.value)
            };
            found.is_some_and(|v| compare_str(c.comparator, v, &c.value))
        }
        _ => {
            let i = &m.info;
            let number = match c.key.as_str() {
                "creation_timestamp" => Some(i.creation_timestamp_ms),
                "last_updated_timestamp" => Some(i.last_updated_timestamp_ms),
                _ => None,
            };
            if let (Some(n), Value::Number(v)) = (number, &c.value) {
                return compare_f64(c.comparator, n as f64, *v);
            }
            let text = match c.key.as_str() {
                "name" => Some(i.name.as_str()),
                "model_id" => Some(i.model_id.as_str()),
                "model_type" => i.model_type.as_deref(),
                "status" => Some(i.status.filter_name()),
                "source_run_id" => i.source_run_id.as_deref(),
                _ => None,
            };
            text.is_some_and(|t| compare_str(c.comparator, t, &c.value))
        }
    }
}

/// One page of `search_logged_models`.
pub(super) fn search(store: &FileStore, q: &ModelQuery) -> Result<Page<LoggedModel>> {
    let mut models = Vec::new();
    for id in &q.experiment_ids {
        let Ok(exp_dir) = store.experiment_dir(id) else {
            continue;
        };
        let models_dir = exp_dir.join("models");
        let entries = match std::fs::read_dir(&models_dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_error(&models_dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&models_dir, e))?;
            let dir = entry.path();
            if !dir.is_dir() {
                continue;
            }
            match read_model(&dir) {
                Ok(Some((m, false))) if m.info.experiment_id == *id => models.push(m),
                Ok(_) => {}
                Err(e) => store.skip(&dir, false, &e),
            }
        }
    }
    let filter = q.filter.as_deref().filter(|f| !f.is_empty());
    if filter.is_some() || !q.datasets.is_empty() {
        let parsed = filter::parse(filter.unwrap_or(""), Dialect::LoggedModels)
            .map_err(|e| StoreError::Invalid(format!("{}\n{}", e.message, e.caret())))?;
        if !q.datasets.is_empty() && !parsed.clauses.iter().any(|c| c.entity == Entity::Metric) {
            models.retain(|m| {
                m.data
                    .metrics
                    .iter()
                    .any(|p| q.datasets.iter().any(|d| on_dataset(p, d)))
            });
        }
        models.retain(|m| parsed.clauses.iter().all(|c| matches(m, c, &q.datasets)));
    }
    let models = sort::sort(models, &q.order_by)?;
    let offset = search::decode_page_token(q.page_token.as_deref()).map_err(StoreError::Invalid)?;
    let max = if q.max_results == 0 {
        DEFAULT_MAX
    } else {
        q.max_results
    };
    let end = offset.saturating_add(max);
    let next_page_token = (end < models.len()).then(|| search::encode_page_token(end));
    Ok(Page {
        items: models.into_iter().skip(offset).take(max).collect(),
        next_page_token,
    })
}
