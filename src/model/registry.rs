//! The model registry's entities, in the REST API's JSON shapes.

use serde::Serialize;

use super::Tag;

/// A registered model: a name whose versions point at models.
#[derive(Debug, Clone, Serialize)]
pub struct RegisteredModel {
    pub name: String,
    pub creation_timestamp: i64,
    pub last_updated_timestamp: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The newest version of each stage.
    pub latest_versions: Vec<ModelVersion>,
    pub tags: Vec<Tag>,
    pub aliases: Vec<Alias>,
}

/// An alias of a registered model, naming one of its versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alias {
    pub alias: String,
    pub version: String,
}

/// One version of a registered model.
#[derive(Debug, Clone, Serialize)]
pub struct ModelVersion {
    pub name: String,
    /// A number, as a string (the REST API's shape).
    pub version: String,
    pub creation_timestamp: i64,
    pub last_updated_timestamp: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    pub current_stage: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    pub tags: Vec<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_link: Option<String>,
    pub aliases: Vec<String>,
    /// The logged model it was registered from, where the store keeps it (MLflow's file
    /// store does; the REST API never sends it, so it is not in the JSON).
    #[serde(skip)]
    pub model_id: Option<String>,
    /// Where the version's files are, where the store keeps it (`storage_location`): the
    /// download URI when set, else `source`. Not in the REST API's JSON.
    #[serde(skip)]
    pub storage_location: Option<String>,
}
