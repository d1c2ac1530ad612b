//! MLflow 3 logged models in MLflow's `logged_models`, `logged_model_params`,
//! `logged_model_tags` and `logged_model_metrics` tables, written as MLflow 3.18's SQL store
//! writes them (status as its integer code, `lifecycle_stage` `active`/`deleted`, NaN as 0.0
//! in `logged_model_metrics`, which has no `is_nan` column).

use rusqlite::{params, Connection, OptionalExtension};

use super::models_search::{info_from_row, with_data, INFO_COLUMNS};
use super::{experiment_id, experiments, SqlStore};
use crate::model::{DatasetInput, ModelInput, ModelOutput};
use crate::model::{LoggedModel, Metric, ModelStatus, Param, Tag, ACTIVE, DELETED};
use crate::store::models::{
    check_model_name, chosen_model_id, model_artifact_location, model_id_taken, model_not_found,
    CreateModel,
};
use crate::store::{names, now_ms, validate, Kind, Result, StoreError};

/// Creates a logged model (`PENDING`) with its params and tags and returns its id.
pub(super) fn create(store: &SqlStore, conn: &Connection, req: &CreateModel) -> Result<String> {
    if let Some(name) = &req.name {
        check_model_name(name)?;
    }
    let exp = experiments::get(store, conn, experiment_id(&req.experiment_id)?)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{}` is deleted; logged models can only be created in active experiments",
            exp.experiment_id
        )));
    }
    let exp_id: i64 = experiment_id(&exp.experiment_id)?;
    let model_id = chosen_model_id(req)?;
    if req.model_id.is_some() && record(conn, &model_id).is_ok() {
        return Err(model_id_taken(&model_id));
    }
    let name = req.name.clone().unwrap_or_else(names::random_run_name);
    let now = now_ms();
    conn.execute(
        "INSERT INTO logged_models (model_id, experiment_id, name, artifact_location, \
         creation_timestamp_ms, last_updated_timestamp_ms, status, lifecycle_stage, model_type, \
         source_run_id, status_message) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, 'active', ?7, ?8, NULL)",
        params![
            model_id,
            exp_id,
            name,
            model_artifact_location(&exp.artifact_location, &model_id),
            now,
            ModelStatus::Pending.code(),
            req.model_type,
            req.source_run_id,
        ],
    )?;
    log_params(conn, &model_id, &req.params)?;
    set_tags(conn, &model_id, &req.tags)?;
    Ok(model_id)
}

/// Returns `(experiment_id, lifecycle_stage)` of a model, or not found.
fn record(conn: &Connection, model_id: &str) -> Result<(i64, String)> {
    conn.query_row(
        "SELECT experiment_id, lifecycle_stage FROM logged_models WHERE model_id = ?1",
        [model_id],
        |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?
                    .unwrap_or_else(|| ACTIVE.into()),
            ))
        },
    )
    .optional()?
    .ok_or_else(|| model_not_found(model_id))
}

/// Returns a logged model with its params, tags and every metric point logged against it;
/// a deleted one only when `allow_deleted`.
pub(super) fn get(conn: &Connection, model_id: &str, allow_deleted: bool) -> Result<LoggedModel> {
    let found = conn
        .query_row(
            &format!(
                "SELECT {INFO_COLUMNS}, lifecycle_stage FROM logged_models WHERE model_id = ?1"
            ),
            [model_id],
            |r| {
                let stage: Option<String> = r.get(10)?;
                Ok((info_from_row(r)?, stage))
            },
        )
        .optional()?;
    let Some((info, _)) =
        found.filter(|(_, stage)| allow_deleted || stage.as_deref() != Some(DELETED))
    else {
        return Err(model_not_found(model_id));
    };
    with_data(conn, vec![info])?
        .pop()
        .ok_or_else(|| model_not_found(model_id))
}

/// Sets a model's status (deleted models too, as MLflow's SQL store allows).
pub(super) fn finalize(conn: &Connection, model_id: &str, status: ModelStatus) -> Result<()> {
    record(conn, model_id)?;
    conn.execute(
        "UPDATE logged_models SET status = ?1, last_updated_timestamp_ms = ?2 WHERE model_id = ?3",
        params![status.code(), now_ms(), model_id],
    )?;
    Ok(())
}

/// Soft-deletes a model (again is not an error, as in MLflow's SQL store).
pub(super) fn delete(conn: &Connection, model_id: &str) -> Result<()> {
    record(conn, model_id)?;
    conn.execute(
        "UPDATE logged_models SET lifecycle_stage = ?1, last_updated_timestamp_ms = ?2 \
         WHERE model_id = ?3",
        params![DELETED, now_ms(), model_id],
    )?;
    Ok(())
}

/// Sets (inserts or replaces) tags of a model.
pub(super) fn set_tags(conn: &Connection, model_id: &str, tags: &[Tag]) -> Result<()> {
    let (exp_id, _) = record(conn, model_id)?;
    let mut upsert = conn.prepare_cached(
        "INSERT INTO logged_model_tags (model_id, experiment_id, tag_key, tag_value) \
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT (model_id, tag_key) DO UPDATE SET \
         tag_value = excluded.tag_value",
    )?;
    for tag in tags {
        validate::key("tag", &tag.key)?;
        upsert.execute(params![model_id, exp_id, tag.key, tag.value])?;
    }
    Ok(())
}

/// Deletes one tag of a model; it must exist.
pub(super) fn delete_tag(conn: &Connection, model_id: &str, key: &str) -> Result<()> {
    record(conn, model_id)?;
    let n = conn.execute(
        "DELETE FROM logged_model_tags WHERE model_id = ?1 AND tag_key = ?2",
        params![model_id, key],
    )?;
    if n == 0 {
        return Err(StoreError::not_found(
            Kind::Tag,
            format!("logged model `{model_id}` has no tag `{key}`"),
        ));
    }
    Ok(())
}

/// Logs params of a model: the same value again is skipped, a different value is refused
/// (MLflow's SQL store refuses any second write of a key).
pub(super) fn log_params(conn: &Connection, model_id: &str, params: &[Param]) -> Result<()> {
    let (exp_id, _) = record(conn, model_id)?;
    let batch = crate::store::rules::param_batch(params)?;
    let mut existing = conn.prepare_cached(
        "SELECT param_value FROM logged_model_params WHERE model_id = ?1 AND param_key = ?2",
    )?;
    let new = crate::store::rules::new_params(model_id, batch, |key| {
        Ok(existing
            .query_row(params![model_id, key], |r| r.get(0))
            .optional()?)
    })?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO logged_model_params (model_id, experiment_id, param_key, param_value) \
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for p in &new {
        insert.execute(params![model_id, exp_id, p.key, p.value])?;
    }
    Ok(())
}

/// Also records metric points that name a logged model in `logged_model_metrics`, as
/// MLflow's `log_batch` does (NaN as 0.0, ±Inf as ±max double; a point logged twice once).
pub(super) fn log_model_metrics(conn: &Connection, run_id: &str, metrics: &[Metric]) -> Result<()> {
    if metrics.iter().all(|m| m.model_id.is_none()) {
        return Ok(());
    }
    let exp_id: i64 = conn.query_row(
        "SELECT experiment_id FROM runs WHERE run_uuid = ?1",
        [run_id],
        |r| r.get(0),
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO logged_model_metrics (model_id, metric_name, metric_timestamp_ms, \
         metric_step, metric_value, experiment_id, run_id, dataset_uuid, dataset_name, \
         dataset_digest) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9)",
    )?;
    let mut checked: Option<&str> = None;
    for m in metrics {
        let Some(model_id) = &m.model_id else {
            continue;
        };
        if checked != Some(model_id.as_str()) {
            record(conn, model_id)?;
            checked = Some(model_id);
        }
        let value = if m.value.is_nan() {
            0.0
        } else if m.value.is_infinite() {
            f64::MAX.copysign(m.value)
        } else {
            m.value
        };
        insert.execute(params![
            model_id,
            m.key,
            m.timestamp,
            m.step,
            value,
            exp_id,
            run_id,
            m.dataset_name,
            m.dataset_digest
        ])?;
    }
    Ok(())
}

impl crate::store::ModelStore for SqlStore {
    fn search_logged_models(
        &self,
        query: &crate::store::models::ModelQuery,
    ) -> Result<crate::model::Page<LoggedModel>> {
        let tx = self.read()?;
        super::models_search::search(&tx, query)
    }

    fn create_logged_model(&self, req: &CreateModel) -> Result<LoggedModel> {
        let tx = self.write()?;
        let id = create(self, &tx, req)?;
        let model = get(&tx, &id, false)?;
        tx.commit()?;
        Ok(model)
    }

    fn get_logged_model(&self, model_id: &str) -> Result<LoggedModel> {
        let tx = self.read()?;
        get(&tx, model_id, false)
    }

    fn finalize_logged_model(&self, model_id: &str, status: ModelStatus) -> Result<LoggedModel> {
        let tx = self.write()?;
        finalize(&tx, model_id, status)?;
        let model = get(&tx, model_id, true)?;
        tx.commit()?;
        Ok(model)
    }

    fn delete_logged_model(&self, model_id: &str) -> Result<()> {
        let tx = self.write()?;
        delete(&tx, model_id)?;
        tx.commit()
    }

    fn set_logged_model_tags(&self, model_id: &str, tags: &[Tag]) -> Result<()> {
        let tx = self.write()?;
        set_tags(&tx, model_id, tags)?;
        tx.commit()
    }

    fn delete_logged_model_tag(&self, model_id: &str, key: &str) -> Result<()> {
        let tx = self.write()?;
        delete_tag(&tx, model_id, key)?;
        tx.commit()
    }

    fn log_logged_model_params(&self, model_id: &str, params: &[Param]) -> Result<()> {
        let tx = self.write()?;
        log_params(&tx, model_id, params)?;
        tx.commit()
    }

    fn log_logged_model_points(&self, model_id: &str, points: &[Metric]) -> Result<()> {
        let tx = self.write()?;
        record(&tx, model_id)?;
        for (run_id, points) in crate::store::models::points_by_run(model_id, points)? {
            log_model_metrics(&tx, &run_id, &points)?;
        }
        tx.commit()
    }

    fn log_run_inputs(
        &self,
        run_id: &str,
        datasets: &[DatasetInput],
        models: &[ModelInput],
    ) -> Result<()> {
        let tx = self.write()?;
        super::runs::check_active(&tx, run_id)?;
        super::inputs::log_inputs(&tx, run_id, datasets, models)?;
        tx.commit()
    }

    fn log_run_outputs(&self, run_id: &str, models: &[ModelOutput]) -> Result<()> {
        let tx = self.write()?;
        super::runs::check_active(&tx, run_id)?;
        super::inputs::log_outputs(&tx, run_id, models)?;
        tx.commit()
    }
}
