//! What the local stores (SQLite, file) share for the model registry: MLflow's validation of
//! names, versions, aliases and tags, and the in-memory search (filter, MLflow's orders, page
//! tokens) over entities each store loads its own way.

use crate::model::{ModelVersion, Page, RegisteredModel, Tag};
use crate::search::filter::{parse_registry, RegistryDialect};
use crate::search::{Clause, Entity, Value};

use super::registry::RegistryQuery;
use super::{validate, Kind, Result, StoreError};

/// The stage MLflow gives a deleted version (it keeps the row).
pub const STAGE_DELETED: &str = "Deleted_Internal";
/// Stages in MLflow's order.
pub const STAGES: [&str; 4] = ["None", "Staging", "Production", "Archived"];
/// The tag that marks a registered model as a prompt (searches leave prompts out).
const PROMPT_TAG: &str = "mlflow.prompt.is_prompt";
/// Defaults and limits of `max_results`, as MLflow's stores have them.
pub const MODELS_DEFAULT: usize = 100;
const MODELS_MAX: usize = 1000;
pub const VERSIONS_DEFAULT: usize = 10_000;
const VERSIONS_MAX: usize = 200_000;

/// Checks a registered model name as MLflow does: not blank, no `/`, `:` or `%`, unchanged by
/// path normalisation (the file store keeps it as a folder name).
pub fn model_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(StoreError::Invalid(
            "missing value for parameter `name`".into(),
        ));
    }
    if name.contains(['/', ':']) {
        return Err(StoreError::Invalid(format!(
            "invalid model name `{}`: names cannot contain `/` or `:`",
            crate::error::cut(name)
        )));
    }
    if name.contains('%') {
        return Err(StoreError::Invalid(format!(
            "invalid model name `{}`: names cannot contain `%`",
            crate::error::cut(name)
        )));
    }
    if validate::normpath(name) != name || name == "." || name == ".." {
        return Err(StoreError::Invalid(format!(
            "invalid model name `{}`: it must not resolve to another path",
            crate::error::cut(name)
        )));
    }
    Ok(())
}

/// Parses a version number.
pub fn version(v: &str) -> Result<i64> {
    v.trim().parse().map_err(|_| {
        StoreError::Invalid(format!(
            "invalid version `{}`: versions are integers",
            crate::error::cut(v)
        ))
    })
}

/// Checks an alias name: letters, digits, `_` and `-`, not empty.
pub fn alias(alias: &str) -> Result<()> {
    if alias.is_empty() {
        return Err(StoreError::Invalid(
            "registered model alias name cannot be empty".into(),
        ));
    }
    if !alias
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return Err(StoreError::Invalid(format!(
            "invalid alias name `{}`: names may only contain alphanumerics, underscores (_) \
             and dashes (-)",
            crate::error::cut(alias)
        )));
    }
    Ok(())
}

/// Checks an alias that is to be set: `latest` and `v<N>` are reserved.
pub fn new_alias(name: &str) -> Result<()> {
    alias(name)?;
    if name.eq_ignore_ascii_case("latest") {
        return Err(StoreError::Invalid(
            "the alias `latest` (in any case) is reserved".into(),
        ));
    }
    let mut chars = name.chars();
    if matches!(chars.next(), Some('v' | 'V'))
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_digit())
    {
        return Err(StoreError::Invalid(format!(
            "the version alias `{name}` is reserved"
        )));
    }
    Ok(())
}

/// Checks a registered model or version tag.
pub fn tag(t: &Tag) -> Result<()> {
    validate::key("tag", &t.key)
}

/// Whether `alias` is MLflow's reserved `latest` (the highest version).
pub fn is_latest(alias: &str) -> bool {
    alias.eq_ignore_ascii_case("latest")
}

pub fn model_not_found(name: &str) -> StoreError {
    StoreError::not_found(
        Kind::RegisteredModel,
        format!("registered model `{name}` does not exist"),
    )
}

pub fn version_not_found(name: &str, version: &str) -> StoreError {
    StoreError::not_found(
        Kind::ModelVersion,
        format!("model version {version} of `{name}` does not exist"),
    )
}

/// MLflow answers an unknown alias with INVALID_PARAMETER_VALUE; mlf says "not found" (exit 3).
pub fn alias_not_found(name: &str, alias: &str) -> StoreError {
    StoreError::not_found(
        Kind::ModelVersion,
        format!("registered model `{name}` has no alias `{alias}`"),
    )
}

pub fn model_exists(name: &str) -> StoreError {
    StoreError::AlreadyExists {
        kind: Kind::RegisteredModel,
        message: format!("registered model `{name}` already exists"),
        id: Some(name.to_string()),
        deleted: false,
    }
}

/// The newest version of each stage, in MLflow's stage order.
pub fn latest_versions(versions: &[ModelVersion]) -> Vec<ModelVersion> {
    let mut out = Vec::new();
    for stage in STAGES {
        let newest = versions
            .iter()
            .filter(|v| v.current_stage == stage)
            .max_by_key(|v| v.version.parse::<i64>().unwrap_or(0));
        out.extend(newest.cloned());
    }
    out
}

/// The version `latest` names: the highest among the latest versions.
pub fn highest(versions: &[ModelVersion]) -> Option<&ModelVersion> {
    versions
        .iter()
        .filter(|v| v.current_stage != STAGE_DELETED)
        .max_by_key(|v| v.version.parse::<i64>().unwrap_or(0))
}

fn tag_value<'a>(tags: &'a [Tag], key: &str) -> Option<&'a str> {
    tags.iter().find(|t| t.key == key).map(|t| t.value.as_str())
}

fn filter_for(query: &RegistryQuery, dialect: RegistryDialect) -> Result<Vec<Clause>> {
    let f = query.filter.as_deref().unwrap_or("");
    Ok(parse_registry(f, dialect)
        .map_err(|e| StoreError::Invalid(format!("invalid filter: {e}")))?
        .clauses)
}

/// Whether the filter asks for prompts (`tags.mlflow.prompt.is_prompt = 'true'`); otherwise
/// prompts are left out, as MLflow does.
fn wants_prompts(clauses: &[Clause]) -> bool {
    clauses.iter().any(|c| {
        c.entity == Entity::Tag
            && c.key == PROMPT_TAG
            && match (&c.comparator, &c.value) {
                (crate::search::Comparator::Eq, Value::String(v)) => v.eq_ignore_ascii_case("true"),
                (crate::search::Comparator::Ne, Value::String(v)) => {
                    v.eq_ignore_ascii_case("false")
                }
                _ => false,
            }
    })
}

fn tag_matches(c: &Clause, tags: &[Tag]) -> bool {
    let v = tag_value(tags, &c.key);
    if c.key == PROMPT_TAG && v.is_none() {
        // Models are not prompts: `!= 'true'` and `= 'false'` keep them.
        return match (&c.comparator, &c.value) {
            (crate::search::Comparator::Eq, Value::String(s)) => s == "false",
            (crate::search::Comparator::Ne, Value::String(s)) => s == "true",
            _ => false,
        };
    }
    c.matches_str(v)
}

fn page_of<T>(items: Vec<T>, query: &RegistryQuery, default: usize, max: usize) -> Result<Page<T>> {
    let n = if query.max_results == 0 {
        default
    } else {
        query.max_results
    };
    if n > max {
        return Err(StoreError::Invalid(format!(
            "invalid max_results {n}: it must be at most {max}"
        )));
    }
    let offset = crate::search::decode_page_token(query.page_token.as_deref())
        .map_err(StoreError::Invalid)?;
    let total = items.len();
    let page: Vec<T> = items.into_iter().skip(offset).take(n).collect();
    let end = offset + n;
    Ok(Page {
        items: page,
        next_page_token: (end < total).then(|| crate::search::encode_page_token(end)),
    })
}

/// Filters, orders (by name) and pages registered models.
pub fn search_models(
    models: Vec<RegisteredModel>,
    query: &RegistryQuery,
) -> Result<Page<RegisteredModel>> {
    let clauses = filter_for(query, RegistryDialect::RegisteredModels)?;
    let prompts = wants_prompts(&clauses);
    let mut keep: Vec<RegisteredModel> = models
        .into_iter()
        .filter(|m| prompts || tag_value(&m.tags, PROMPT_TAG) != Some("true"))
        .filter(|m| {
            clauses.iter().all(|c| match c.entity {
                Entity::Tag => tag_matches(c, &m.tags),
                _ => c.matches_str(Some(&m.name)),
            })
        })
        .collect();
    keep.sort_by(|a, b| a.name.cmp(&b.name));
    page_of(keep, query, MODELS_DEFAULT, MODELS_MAX)
}

/// Filters, orders (newest update first, then name, then highest version) and pages model
/// versions. Deleted versions are left out; so are prompts unless the filter asks for them.
pub fn search_versions(
    versions: Vec<ModelVersion>,
    query: &RegistryQuery,
) -> Result<Page<ModelVersion>> {
    let clauses = filter_for(query, RegistryDialect::ModelVersions)?;
    let prompts = wants_prompts(&clauses);
    let prompt_names: std::collections::HashSet<String> = versions
        .iter()
        .filter(|v| tag_value(&v.tags, PROMPT_TAG) == Some("true"))
        .map(|v| v.name.clone())
        .collect();
    let num = |v: &ModelVersion| v.version.parse::<i64>().unwrap_or(0);
    let mut keep: Vec<ModelVersion> = versions
        .into_iter()
        .filter(|v| v.current_stage != STAGE_DELETED)
        .filter(|v| prompts || !prompt_names.contains(&v.name))
        .filter(|v| {
            clauses.iter().all(|c| match (c.entity, c.key.as_str()) {
                (Entity::Tag, _) => tag_matches(c, &v.tags),
                (_, "name") => c.matches_str(Some(&v.name)),
                (_, "run_id") => c.matches_str(v.run_id.as_deref()),
                (_, "source_path") => c.matches_str(Some(&v.source)),
                (_, _) => c.matches_num(Some(num(v) as f64)),
            })
        })
        .collect();
    keep.sort_by(|a, b| {
        b.last_updated_timestamp
            .cmp(&a.last_updated_timestamp)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| num(b).cmp(&num(a)))
    });
    page_of(keep, query, VERSIONS_DEFAULT, VERSIONS_MAX)
}

/// Where a version's files are: its storage location, else its source.
pub fn download_uri(v: &ModelVersion) -> String {
    v.storage_location
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| v.source.clone())
}

pub use super::registry_uri::{storage_of_new_version, ModelUri};
