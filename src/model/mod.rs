//! Tracking entities as mlf sees them, whatever store they come from.
//!
//! Every type serializes to exactly the JSON shape of the MLflow REST API (field names, ids as
//! strings, times as integer milliseconds, NaN/±Inf as the strings `"NaN"`, `"Infinity"`,
//! `"-Infinity"` as MLflow's server writes them), except that list fields are always present.

use serde::{Serialize, Serializer};

mod logged;
mod registry;

pub use logged::{
    LoggedModel, LoggedModelData, LoggedModelInfo, ModelInput, ModelOutput, ModelStatus,
};
pub use registry::{Alias, ModelVersion, RegisteredModel};

/// Lifecycle stage of an active experiment or run.
pub const ACTIVE: &str = "active";
/// Lifecycle stage of a soft-deleted experiment or run.
pub const DELETED: &str = "deleted";

/// A key/value tag of a run or an experiment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// A run parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Param {
    pub key: String,
    pub value: String,
}

impl Tag {
    /// Returns a tag from anything string-like.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Tag {
            key: key.into(),
            value: value.into(),
        }
    }
}

/// One metric point.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Metric {
    pub key: String,
    #[serde(serialize_with = "serialize_f64")]
    pub value: f64,
    pub timestamp: i64,
    pub step: i64,
    /// The dataset the value was measured on (MLflow 3's `log_metric(dataset=…)`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_digest: Option<String>,
    /// The logged model the value belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_id: Option<String>,
    /// The run, where the store names it in each point (MLflow's file store does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
}

/// One point of a metric's history without its key: what charts and live views read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub step: i64,
    pub timestamp: i64,
    pub value: f64,
}

impl From<&Metric> for Point {
    fn from(m: &Metric) -> Point {
        Point {
            step: m.step,
            timestamp: m.timestamp,
            value: m.value,
        }
    }
}

/// Writes a double as MLflow's server does: finite numbers as JSON numbers, NaN and ±Inf as
/// the protobuf JSON strings, which `float()` in Python and `jq` both accept.
pub fn serialize_f64<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.is_nan() {
        s.serialize_str("NaN")
    } else if v.is_infinite() {
        s.serialize_str(if *v > 0.0 { "Infinity" } else { "-Infinity" })
    } else {
        s.serialize_f64(*v)
    }
}

/// An experiment.
#[derive(Debug, Clone, Serialize)]
pub struct Experiment {
    pub experiment_id: String,
    pub name: String,
    pub artifact_location: String,
    pub lifecycle_stage: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_update_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    pub tags: Vec<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
}

/// The status of a run, named as MLflow names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RunStatus {
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "SCHEDULED")]
    Scheduled,
    #[serde(rename = "FINISHED")]
    Finished,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "KILLED")]
    Killed,
}

impl RunStatus {
    /// Every status, in MLflow's numeric order.
    pub const ALL: [RunStatus; 5] = [
        RunStatus::Running,
        RunStatus::Scheduled,
        RunStatus::Finished,
        RunStatus::Failed,
        RunStatus::Killed,
    ];

    /// Returns the upper-case name MLflow stores and sends.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "RUNNING",
            RunStatus::Scheduled => "SCHEDULED",
            RunStatus::Finished => "FINISHED",
            RunStatus::Failed => "FAILED",
            RunStatus::Killed => "KILLED",
        }
    }

    /// Parses an upper-case status name (or MLflow's numeric code).
    pub fn parse(s: &str) -> Option<RunStatus> {
        let by_code = s.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
        Self::ALL
            .into_iter()
            .enumerate()
            .find(|(i, st)| st.as_str() == s || Some(*i) == by_code)
            .map(|(_, st)| st)
    }
}

/// Run metadata.
#[derive(Debug, Clone, Serialize)]
pub struct RunInfo {
    pub run_uuid: String,
    pub experiment_id: String,
    pub run_name: String,
    pub user_id: String,
    pub status: RunStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    pub artifact_uri: String,
    pub lifecycle_stage: String,
    pub run_id: String,
}

/// Latest metrics, params and tags of a run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RunData {
    pub metrics: Vec<Metric>,
    pub params: Vec<Param>,
    pub tags: Vec<Tag>,
}

/// The inputs of a run: the datasets logged with `log_input`, and logged models it used.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RunInputs {
    pub dataset_inputs: Vec<DatasetInput>,
    pub model_inputs: Vec<ModelInput>,
}

/// A dataset a run used, with the input's tags (such as `mlflow.data.context`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatasetInput {
    pub tags: Vec<Tag>,
    pub dataset: Dataset,
}

/// A dataset, as MLflow describes it (source, schema and profile are JSON text).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Dataset {
    pub name: String,
    pub digest: String,
    pub source_type: String,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}

/// The outputs of a run: the logged models it produced.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RunOutputs {
    pub model_outputs: Vec<ModelOutput>,
}

/// A run with its data.
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    pub info: RunInfo,
    pub data: RunData,
    pub inputs: RunInputs,
    pub outputs: RunOutputs,
}

impl Run {
    /// Returns an empty RUNNING run with this id and name, for tests.
    #[cfg(test)]
    pub fn for_test(id: &str, name: &str) -> Run {
        Run {
            info: RunInfo {
                run_uuid: id.into(),
                experiment_id: "0".into(),
                run_name: name.into(),
                user_id: String::new(),
                status: RunStatus::Running,
                start_time: Some(0),
                end_time: None,
                artifact_uri: String::new(),
                lifecycle_stage: ACTIVE.into(),
                run_id: id.into(),
            },
            data: RunData::default(),
            inputs: RunInputs::default(),
            outputs: RunOutputs::default(),
        }
    }

    /// Returns the value of a tag, if set.
    pub fn tag(&self, key: &str) -> Option<&str> {
        self.data
            .tags
            .iter()
            .find(|t| t.key == key)
            .map(|t| t.value.as_str())
    }
}

/// Which lifecycle stages a search returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ViewType {
    #[default]
    Active,
    Deleted,
    All,
}

impl ViewType {
    /// Returns the lifecycle stages this view selects.
    pub fn stages(self) -> &'static [&'static str] {
        match self {
            ViewType::Active => &[ACTIVE],
            ViewType::Deleted => &[DELETED],
            ViewType::All => &[ACTIVE, DELETED],
        }
    }

    /// Every view, by the name `--view` takes.
    pub const NAMES: [&'static str; 3] = ["active", "deleted", "all"];

    /// Parses a `--view` name.
    pub fn parse(name: &str) -> Option<ViewType> {
        match name.to_ascii_lowercase().as_str() {
            "active" => Some(ViewType::Active),
            "deleted" => Some(ViewType::Deleted),
            "all" => Some(ViewType::All),
            _ => None,
        }
    }

    /// Returns the REST API's enum name.
    pub fn api_name(self) -> &'static str {
        match self {
            ViewType::Active => "ACTIVE_ONLY",
            ViewType::Deleted => "DELETED_ONLY",
            ViewType::All => "ALL",
        }
    }
}

/// One page of search results.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_page_token: Option<String>,
}
