//! The part of the store seam for MLflow 3 logged models and the model links of runs. Every
//! store implements it (SQLite: the `logged_models*` tables; file stores:
//! `<experiment>/models/<model_id>/`; servers: the `logged-models` routes); a store that
//! cannot answers `Unsupported`.

use crate::model::{
    DatasetInput, LoggedModel, Metric, ModelInput, ModelOutput, ModelStatus, Page, Param, Tag,
};

use super::{Result, StoreError};

/// Arguments of [`ModelStore::create_logged_model`].
#[derive(Debug, Clone, Default)]
pub struct CreateModel {
    pub experiment_id: String,
    /// `None`: a generated name, as MLflow gives.
    pub name: Option<String>,
    pub model_type: Option<String>,
    pub source_run_id: Option<String>,
    pub params: Vec<Param>,
    pub tags: Vec<Tag>,
    /// The id to give it (a copy keeping its id); `None`: a new one. Only stores that choose
    /// ids themselves take one (SQLite, file stores); servers answer `Unsupported`.
    pub model_id: Option<String>,
}

pub use crate::search::models::ModelOrder;

/// A dataset a logged-model search restricts metrics to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetFilter {
    pub name: String,
    pub digest: Option<String>,
}

/// One page request of [`ModelStore::search_logged_models`].
#[derive(Debug, Clone, Default)]
pub struct ModelQuery {
    pub experiment_ids: Vec<String>,
    pub filter: Option<String>,
    pub datasets: Vec<DatasetFilter>,
    pub order_by: Vec<ModelOrder>,
    pub max_results: usize,
    pub page_token: Option<String>,
}

fn unsupported<T>(what: &str) -> Result<T> {
    Err(StoreError::Unsupported(format!(
        "this store does not support {what}"
    )))
}

/// Logged models, and the models and datasets runs use and produce.
pub trait ModelStore {
    /// Creates a logged model, `PENDING`, and returns it.
    fn create_logged_model(&self, _req: &CreateModel) -> Result<LoggedModel> {
        unsupported("logged models")
    }
    /// Returns a logged model (not a deleted one).
    fn get_logged_model(&self, _model_id: &str) -> Result<LoggedModel> {
        unsupported("logged models")
    }
    /// Sets a logged model's final status and returns it.
    fn finalize_logged_model(&self, _model_id: &str, _status: ModelStatus) -> Result<LoggedModel> {
        unsupported("logged models")
    }
    /// Deletes a logged model (soft, as MLflow).
    fn delete_logged_model(&self, _model_id: &str) -> Result<()> {
        unsupported("logged models")
    }
    /// Sets tags on a logged model.
    fn set_logged_model_tags(&self, _model_id: &str, _tags: &[Tag]) -> Result<()> {
        unsupported("logged models")
    }
    /// Deletes one tag of a logged model; it must exist.
    fn delete_logged_model_tag(&self, _model_id: &str, _key: &str) -> Result<()> {
        unsupported("logged models")
    }
    /// Returns every metric point logged against a logged model, each naming its run
    /// (`get_logged_model` of a file store gives only the latest per key and dataset).
    fn logged_model_points(&self, model_id: &str) -> Result<Vec<Metric>> {
        Ok(self.get_logged_model(model_id)?.data.metrics)
    }
    /// Records points, each naming the run it was logged in (`run_id`), as metrics of a
    /// logged model, for a copy whose runs hold the points already: local stores write only
    /// the model's side; a server takes them as `log_batch` with the model id, which its
    /// SQL store does not record twice in the run.
    fn log_logged_model_points(&self, _model_id: &str, _points: &[Metric]) -> Result<()> {
        unsupported("logged models")
    }
    /// Logs params of a logged model.
    fn log_logged_model_params(&self, _model_id: &str, _params: &[Param]) -> Result<()> {
        unsupported("logged models")
    }
    /// Returns one page of logged models, searched as `search_logged_models` does.
    fn search_logged_models(&self, _query: &ModelQuery) -> Result<Page<LoggedModel>> {
        unsupported("searching logged models")
    }
    /// Records datasets and logged models a run used (`log_inputs`).
    fn log_run_inputs(
        &self,
        _run_id: &str,
        _datasets: &[DatasetInput],
        _models: &[ModelInput],
    ) -> Result<()> {
        unsupported("logging run inputs")
    }
    /// Records logged models a run produced (`log_outputs`).
    fn log_run_outputs(&self, _run_id: &str, _models: &[ModelOutput]) -> Result<()> {
        unsupported("logging run outputs")
    }
}

/// Checks a logged model's name as MLflow does: non-empty, none of `/ : . % " '`.
pub fn check_model_name(name: &str) -> Result<()> {
    const BAD: [char; 6] = ['/', ':', '.', '%', '"', '\''];
    if name.is_empty() || name.contains(BAD) {
        return Err(StoreError::Invalid(format!(
            "invalid model name `{name}`: it must be non-empty and cannot contain any of / : . % \" '"
        )));
    }
    Ok(())
}

/// Checks that a model id is safe as a path component (`m-<hex>` as MLflow makes them, or
/// any id of letters, digits, `-` and `_`).
pub fn check_model_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        return Err(StoreError::Invalid(format!("invalid model id `{id}`")));
    }
    Ok(())
}

/// Returns a new logged-model id as MLflow makes them: `m-` and 32 hex digits.
pub fn new_model_id() -> String {
    format!("m-{}", uuid::Uuid::new_v4().simple())
}

/// The id of a new logged model: the one asked for (checked), else a new one.
pub fn chosen_model_id(req: &CreateModel) -> Result<String> {
    match &req.model_id {
        Some(id) => {
            check_model_id(id)?;
            Ok(id.clone())
        }
        None => Ok(new_model_id()),
    }
}

/// Groups points by the run each names, setting their model id; a point naming no run is
/// refused.
pub fn points_by_run(model_id: &str, points: &[Metric]) -> Result<Vec<(String, Vec<Metric>)>> {
    let mut out: Vec<(String, Vec<Metric>)> = Vec::new();
    for p in points {
        let Some(run_id) = p.run_id.clone() else {
            return Err(StoreError::Invalid(format!(
                "a point of metric `{}` for logged model `{model_id}` names no run",
                p.key
            )));
        };
        let mut p = p.clone();
        p.model_id = Some(model_id.to_string());
        p.run_id = None;
        match out.iter_mut().find(|(r, _)| *r == run_id) {
            Some((_, v)) => v.push(p),
            None => out.push((run_id, vec![p])),
        }
    }
    Ok(out)
}

/// The error for a logged model id that is taken (by a deleted model, too).
pub fn model_id_taken(model_id: &str) -> StoreError {
    StoreError::AlreadyExists {
        kind: super::Kind::Model,
        message: format!("a logged model with id `{model_id}` exists already"),
        id: Some(model_id.to_string()),
        deleted: false,
    }
}

/// The error for a logged model that does not exist (or is deleted).
pub fn model_not_found(model_id: &str) -> StoreError {
    StoreError::not_found(
        super::Kind::Model,
        format!("logged model `{model_id}` does not exist"),
    )
}

/// The artifact location of a new logged model: `<experiment location>/models/<id>/artifacts`.
pub fn model_artifact_location(experiment_location: &str, model_id: &str) -> String {
    format!(
        "{}/models/{model_id}/artifacts",
        experiment_location.trim_end_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_ids() {
        assert!(check_model_name("ckpt-1 best").is_ok());
        for bad in ["", "a/b", "a.b", "a:b", "50%", "it's", "\"q\""] {
            assert!(check_model_name(bad).is_err(), "{bad}");
        }
        let id = new_model_id();
        assert!(id.starts_with("m-") && id.len() == 34);
        assert!(check_model_id(&id).is_ok());
        assert!(check_model_id("../x").is_err());
        assert_eq!(
            model_artifact_location("/a/mlruns/1/", "m-1"),
            "/a/mlruns/1/models/m-1/artifacts"
        );
    }
}
