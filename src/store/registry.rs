//! The part of the store seam for the model registry's essentials (registered models, their
//! versions, aliases and tags). Every store implements it (SQLite: `registered_models`,
//! `model_versions`, …; file stores: `<root>/models/`; servers: the registry routes); a store
//! that cannot answers `Unsupported`.

use crate::model::{ModelVersion, Page, RegisteredModel, Tag};

use super::{Result, StoreError};

/// Arguments of [`RegistryStore::create_model_version`].
#[derive(Debug, Clone, Default)]
pub struct CreateVersion {
    pub name: String,
    /// Where the model's files are: `models:/<model_id>`, `runs:/<run>/<path>`, a URI.
    pub source: String,
    pub run_id: Option<String>,
    pub model_id: Option<String>,
    pub tags: Vec<Tag>,
    pub description: Option<String>,
}

/// One page request of a registry search.
#[derive(Debug, Clone, Default)]
pub struct RegistryQuery {
    pub filter: Option<String>,
    pub max_results: usize,
    pub page_token: Option<String>,
}

fn unsupported<T>() -> Result<T> {
    Err(StoreError::Unsupported(
        "this store does not support the model registry".into(),
    ))
}

/// The model registry.
pub trait RegistryStore {
    /// Creates a registered model; fails with `AlreadyExists` when the name is taken.
    fn create_registered_model(
        &self,
        _name: &str,
        _tags: &[Tag],
        _description: Option<&str>,
    ) -> Result<RegisteredModel> {
        unsupported()
    }
    /// Returns a registered model with its latest versions, tags and aliases.
    fn get_registered_model(&self, _name: &str) -> Result<RegisteredModel> {
        unsupported()
    }
    /// Returns one page of registered models, by name.
    fn search_registered_models(&self, _query: &RegistryQuery) -> Result<Page<RegisteredModel>> {
        unsupported()
    }
    /// Creates the next version of a registered model.
    fn create_model_version(&self, _req: &CreateVersion) -> Result<ModelVersion> {
        unsupported()
    }
    /// Returns one version.
    fn get_model_version(&self, _name: &str, _version: &str) -> Result<ModelVersion> {
        unsupported()
    }
    /// Returns one page of model versions (`search_model_versions`).
    fn search_model_versions(&self, _query: &RegistryQuery) -> Result<Page<ModelVersion>> {
        unsupported()
    }
    /// Points an alias at a version.
    fn set_registered_model_alias(&self, _name: &str, _alias: &str, _version: &str) -> Result<()> {
        unsupported()
    }
    /// Removes an alias (a missing one is no error, as in MLflow).
    fn delete_registered_model_alias(&self, _name: &str, _alias: &str) -> Result<()> {
        unsupported()
    }
    /// Returns the version an alias names.
    fn get_model_version_by_alias(&self, _name: &str, _alias: &str) -> Result<ModelVersion> {
        unsupported()
    }
    /// Sets a tag of a registered model.
    fn set_registered_model_tag(&self, _name: &str, _tag: &Tag) -> Result<()> {
        unsupported()
    }
    /// Deletes a tag of a registered model (a missing one is no error).
    fn delete_registered_model_tag(&self, _name: &str, _key: &str) -> Result<()> {
        unsupported()
    }
    /// Sets a tag of a model version.
    fn set_model_version_tag(&self, _name: &str, _version: &str, _tag: &Tag) -> Result<()> {
        unsupported()
    }
    /// Deletes a tag of a model version (a missing one is no error).
    fn delete_model_version_tag(&self, _name: &str, _version: &str, _key: &str) -> Result<()> {
        unsupported()
    }
    /// Returns where a version's files are (its artifact location), to download them.
    fn get_model_version_download_uri(&self, _name: &str, _version: &str) -> Result<String> {
        unsupported()
    }
}
