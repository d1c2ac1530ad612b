//! `models:/` URIs resolved to where the files are, as `mlflow.artifacts.download_artifacts`
//! resolves them: `models:/<model_id>` is the logged model's artifact location;
//! `models:/<name>/<version>`, `models:/<name>@<alias>`, `models:/<name>/<stage>` and
//! `models:/<name>/latest` are the version's download URI (its storage location, else its
//! source), itself resolved again when it is a `runs:/` or `models:/` URI. The model's files
//! are the contents of the folder returned (MLmodel on top).

use crate::store::registry_local::{ModelUri, STAGES};
use crate::store::{Kind, Result, Store, StoreError};

/// How many `models:/` or `runs:/` indirections are followed before giving up.
const MAX_HOPS: usize = 8;

/// Returns the version a `models:/<name>/…` or `@alias` URI names.
fn version_of(store: &dyn Store, uri: &ModelUri) -> Result<Option<(String, String)>> {
    Ok(Some(match uri {
        ModelUri::LoggedModel(_) => return Ok(None),
        ModelUri::Version { name, version } => (name.clone(), version.clone()),
        ModelUri::Alias { name, alias } => {
            let v = store.get_model_version_by_alias(name, alias)?;
            (name.clone(), v.version)
        }
        ModelUri::Latest { name, stage } => {
            let stage = match stage {
                None => None,
                Some(s) => Some(
                    STAGES
                        .iter()
                        .find(|st| st.eq_ignore_ascii_case(s))
                        .copied()
                        .ok_or_else(|| {
                            StoreError::Invalid(format!(
                                "invalid stage `{s}`: expected a version number, `latest`, or \
                                 one of {}",
                                STAGES.join(", ")
                            ))
                        })?,
                ),
            };
            let m = store.get_registered_model(name)?;
            let newest = m
                .latest_versions
                .iter()
                .filter(|v| stage.is_none_or(|s| v.current_stage == s))
                .max_by_key(|v| v.version.parse::<i64>().unwrap_or(0))
                .ok_or_else(|| {
                    StoreError::not_found(
                        Kind::ModelVersion,
                        match stage {
                            Some(s) => {
                                format!("registered model `{name}` has no version in stage {s}")
                            }
                            None => format!("registered model `{name}` has no versions"),
                        },
                    )
                })?;
            (name.clone(), newest.version.clone())
        }
    }))
}

/// Resolves a `models:/` URI to the artifact URI of the folder holding the model's files.
pub fn resolve(store: &dyn Store, uri: &str) -> Result<String> {
    let mut current = uri.to_string();
    for _ in 0..MAX_HOPS {
        if let Some(rest) = current.strip_prefix("runs:") {
            let rest = rest.trim_start_matches('/');
            let (run_id, path) = rest.split_once('/').unwrap_or((rest, ""));
            let root = store.get_run(run_id)?.info.artifact_uri;
            let path = path.trim_matches('/');
            return Ok(if path.is_empty() {
                root
            } else {
                format!("{}/{path}", root.trim_end_matches('/'))
            });
        }
        let Some(parsed) = ModelUri::parse(&current) else {
            return Ok(current);
        };
        let parsed = parsed?;
        current = match version_of(store, &parsed)? {
            None => {
                let ModelUri::LoggedModel(id) = &parsed else {
                    unreachable!("only logged-model URIs have no version")
                };
                store.get_logged_model(id)?.info.artifact_uri
            }
            Some((name, version)) => store.get_model_version_download_uri(&name, &version)?,
        };
    }
    Err(StoreError::Invalid(format!(
        "model URI `{}` refers to itself through more than {MAX_HOPS} model or run URIs",
        crate::error::cut(uri)
    )))
}
