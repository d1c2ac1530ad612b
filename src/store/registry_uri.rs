//! `models:/` URIs as MLflow parses them, and where a new version's files are when its
//! source is one (shared by the local stores).

use super::{Result, StoreError};

/// A `models:/` URI, parsed as MLflow parses one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelUri {
    /// `models:/<model_id>`: a logged model.
    LoggedModel(String),
    /// `models:/<name>/<version>`.
    Version { name: String, version: String },
    /// `models:/<name>/<stage>` (the newest version in that stage) or `models:/<name>/latest`
    /// (`stage` is `None`: the newest of all).
    Latest { name: String, stage: Option<String> },
    /// `models:/<name>@<alias>`.
    Alias { name: String, alias: String },
}

impl ModelUri {
    /// Parses a `models:/…` URI; `None` when it is not one (another scheme).
    pub fn parse(uri: &str) -> Option<Result<ModelUri>> {
        let path = uri.strip_prefix("models:")?;
        let bad = || {
            Err(StoreError::Invalid(format!(
                "invalid model URI `{}`: expected models:/<model_id>, models:/<name>/<version>, \
                 models:/<name>/<stage> or models:/<name>@<alias>",
                crate::error::cut(uri)
            )))
        };
        // `models://x` has a network location, which MLflow reads as no path.
        if !path.starts_with('/') || path.len() <= 1 || path.starts_with("//") {
            return Some(bad());
        }
        let parts: Vec<&str> = path[1..].split('/').collect();
        if parts.len() > 2 || parts[0].trim().is_empty() {
            return Some(bad());
        }
        Some(Ok(if let [name, suffix] = parts[..] {
            if suffix.trim().is_empty() {
                return Some(bad());
            }
            if suffix.chars().all(|c| c.is_ascii_digit()) {
                ModelUri::Version {
                    name: name.into(),
                    version: suffix.into(),
                }
            } else if suffix.eq_ignore_ascii_case("latest") {
                ModelUri::Latest {
                    name: name.into(),
                    stage: None,
                }
            } else {
                ModelUri::Latest {
                    name: name.into(),
                    stage: Some(suffix.into()),
                }
            }
        } else if let Some((name, alias)) = parts[0].rsplit_once('@') {
            if alias.trim().is_empty() {
                return Some(bad());
            }
            ModelUri::Alias {
                name: name.into(),
                alias: alias.into(),
            }
        } else {
            ModelUri::LoggedModel(parts[0].into())
        }))
    }
}

/// Where a new version's files are and which run made them, as MLflow's SQL and file stores
/// work them out at registration: a `models:/<id>` source is the logged model's artifact
/// location (and its source run, unless a run is given); `models:/<name>/<version>` is that
/// version's download URI; anything else is itself.
pub fn storage_of_new_version<S>(
    store: &S,
    req: &super::registry::CreateVersion,
) -> Result<(String, Option<String>)>
where
    S: super::ModelStore + super::RegistryStore + ?Sized,
{
    let mut run_id = req.run_id.clone().filter(|r| !r.is_empty());
    let storage = match ModelUri::parse(&req.source) {
        None => req.source.clone(),
        Some(parsed) => {
            let resolved = parsed.and_then(|p| match p {
                ModelUri::LoggedModel(id) => {
                    let m = store.get_logged_model(&id)?;
                    if run_id.is_none() {
                        run_id = m.info.source_run_id.clone().filter(|r| !r.is_empty());
                    }
                    Ok(m.info.artifact_uri)
                }
                ModelUri::Version { name, version } => {
                    store.get_model_version_download_uri(&name, &version)
                }
                other => Err(StoreError::Invalid(format!(
                    "a version's source must name a logged model or a version, not {other:?}"
                ))),
            });
            resolved.map_err(|e| match e {
                StoreError::Unsupported(m) => StoreError::Unsupported(m),
                e => StoreError::Invalid(format!(
                    "unable to fetch the model of source `{}`: {e}",
                    req.source
                )),
            })?
        }
    };
    if run_id.is_none() {
        if let Some(id) = req.model_id.as_deref() {
            run_id = store
                .get_logged_model(id)?
                .info
                .source_run_id
                .filter(|r| !r.is_empty());
        }
    }
    Ok((storage, run_id))
}
