//! MLflow 3 logged models, in the REST API's JSON shape (`LoggedModel`), and the model links
//! of runs (`model_inputs`, `model_outputs`).

use serde::Serialize;

use super::{Metric, Param, Tag};

/// The status of a logged model, named as the REST API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ModelStatus {
    #[serde(rename = "LOGGED_MODEL_STATUS_UNSPECIFIED")]
    Unspecified,
    #[serde(rename = "LOGGED_MODEL_PENDING")]
    Pending,
    #[serde(rename = "LOGGED_MODEL_READY")]
    Ready,
    #[serde(rename = "LOGGED_MODEL_UPLOAD_FAILED")]
    Failed,
}

impl ModelStatus {
    /// Every status, in MLflow's numeric order (0 to 3).
    pub const ALL: [ModelStatus; 4] = [
        ModelStatus::Unspecified,
        ModelStatus::Pending,
        ModelStatus::Ready,
        ModelStatus::Failed,
    ];

    /// The REST API's name (`LOGGED_MODEL_READY`).
    pub fn api_name(self) -> &'static str {
        match self {
            ModelStatus::Unspecified => "LOGGED_MODEL_STATUS_UNSPECIFIED",
            ModelStatus::Pending => "LOGGED_MODEL_PENDING",
            ModelStatus::Ready => "LOGGED_MODEL_READY",
            ModelStatus::Failed => "LOGGED_MODEL_UPLOAD_FAILED",
        }
    }

    /// The name search filters use (`READY`).
    pub fn filter_name(self) -> &'static str {
        match self {
            ModelStatus::Unspecified => "UNSPECIFIED",
            ModelStatus::Pending => "PENDING",
            ModelStatus::Ready => "READY",
            ModelStatus::Failed => "FAILED",
        }
    }

    /// The number the REST API and SQL store use.
    pub fn code(self) -> i64 {
        match self {
            ModelStatus::Unspecified => 0,
            ModelStatus::Pending => 1,
            ModelStatus::Ready => 2,
            ModelStatus::Failed => 3,
        }
    }

    /// Parses an API name, a filter name or a number.
    pub fn parse(s: &str) -> Option<ModelStatus> {
        Self::ALL.into_iter().find(|st| {
            st.api_name() == s || st.filter_name() == s || s.parse::<i64>() == Ok(st.code())
        })
    }
}

/// A logged model.
#[derive(Debug, Clone, Serialize)]
pub struct LoggedModel {
    pub info: LoggedModelInfo,
    pub data: LoggedModelData,
}

/// What a logged model is.
#[derive(Debug, Clone, Serialize)]
pub struct LoggedModelInfo {
    pub model_id: String,
    pub experiment_id: String,
    pub name: String,
    pub creation_timestamp_ms: i64,
    pub last_updated_timestamp_ms: i64,
    pub artifact_uri: String,
    pub status: ModelStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_run_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    pub tags: Vec<Tag>,
}

/// A logged model's params and metrics (SQL stores: every point; file stores: the latest
/// per key and dataset, as MLflow returns them).
#[derive(Debug, Clone, Default, Serialize)]
pub struct LoggedModelData {
    pub params: Vec<Param>,
    pub metrics: Vec<Metric>,
}

/// A logged model a run used (`inputs.model_inputs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelInput {
    pub model_id: String,
}

/// A logged model a run produced at a step (`outputs.model_outputs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelOutput {
    pub model_id: String,
    pub step: i64,
}
