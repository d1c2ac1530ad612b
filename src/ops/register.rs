//! `registry register`: what `mlflow.register_model` does. The registered model is created
//! when missing; a `runs:/<run>/<path>` source becomes the run's artifact location of that path
//! when an `MLmodel` file is there, else `models:/<id>` of the run's logged model named
//! `<path>` (the one logged at the highest step when there are several); a logged model's
//! version records it in the model's tag `mlflow.modelVersions`; then the aliases are set.

use crate::model::{ModelVersion, Tag};
use crate::store::models::ModelQuery;
use crate::store::registry::CreateVersion;
use crate::store::registry_local::ModelUri;
use crate::store::{Kind, Result, Store, StoreError};

/// The logged-model tag listing the versions registered from it.
pub const MODEL_VERSIONS_TAG: &str = "mlflow.modelVersions";

/// What to register.
#[derive(Debug, Clone)]
pub enum Source {
    /// A logged model, by id.
    ModelId(String),
    /// A model URI (`runs:/…`, `models:/…`) or an artifact location.
    Uri(String),
}

/// Arguments of [`register`].
#[derive(Debug, Clone)]
pub struct Register {
    pub name: String,
    pub source: Source,
    pub tags: Vec<Tag>,
    pub aliases: Vec<String>,
}

/// Works out the version's source, run and logged model as `mlflow.register_model` does.
fn resolve(
    store: &dyn Store,
    source: &Source,
    warn: &dyn Fn(&str),
) -> Result<(String, Option<String>, Option<String>)> {
    let uri = match source {
        Source::ModelId(id) => return Ok((format!("models:/{id}"), None, Some(id.clone()))),
        Source::Uri(u) => u,
    };
    if let Some(rest) = uri.strip_prefix("runs:") {
        let rest = rest.trim_start_matches('/');
        let (run_id, path) = rest.split_once('/').unwrap_or((rest, ""));
        let path = path.trim_matches('/');
        if run_id.is_empty() {
            return Err(StoreError::Invalid(format!(
                "invalid source `{}`: expected runs:/<run_id>/<path>",
                crate::error::cut(uri)
            )));
        }
        let run = store.get_run(run_id)?;
        let root = run.info.artifact_uri.trim_end_matches('/').to_string();
        let has_mlmodel = store
            .artifact_repo(&run.info.artifact_uri)
            .and_then(|repo| repo.list(path))
            .map(|files| {
                files
                    .iter()
                    .any(|f| !f.is_dir && f.path.rsplit('/').next() == Some("MLmodel"))
            })
            .unwrap_or(false);
        if has_mlmodel {
            let source = if path.is_empty() {
                root
            } else {
                format!("{root}/{path}")
            };
            return Ok((source, Some(run_id.to_string()), None));
        }
        let id = logged_model_of_run(store, &run, path)?;
        let source = format!("models:/{id}");
        warn(&format!(
            "run {run_id} has no model files at `{path}`; registering {source}, its logged model \
             named `{path}`"
        ));
        return Ok((source, None, Some(id)));
    }
    let model_id = match ModelUri::parse(uri) {
        Some(Ok(ModelUri::LoggedModel(id))) => Some(id),
        Some(Ok(ModelUri::Version { name, version })) => {
            store.get_model_version(&name, &version)?.model_id
        }
        Some(Err(e)) => return Err(e),
        _ => None,
    };
    Ok((uri.clone(), None, model_id))
}

/// The id of the run's logged model named `name` (the highest step's when several).
fn logged_model_of_run(store: &dyn Store, run: &crate::model::Run, name: &str) -> Result<String> {
    let mut found = Vec::new();
    let mut token = None;
    loop {
        let page = match store.search_logged_models(&ModelQuery {
            experiment_ids: vec![run.info.experiment_id.clone()],
            filter: Some(format!("name = '{}'", name.replace('\'', "\\'"))),
            max_results: 100,
            page_token: token,
            ..Default::default()
        }) {
            Err(StoreError::Unsupported(_)) => break,
            page => page?,
        };
        found.extend(
            page.items
                .into_iter()
                .filter(|m| m.info.source_run_id.as_deref() == Some(run.info.run_id.as_str())),
        );
        match page.next_page_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    let step = |id: &str| {
        run.outputs
            .model_outputs
            .iter()
            .find(|o| o.model_id == id)
            .map_or(i64::MIN, |o| o.step)
    };
    found
        .iter()
        .max_by_key(|m| step(&m.info.model_id))
        .map(|m| m.info.model_id.clone())
        .ok_or_else(|| {
            StoreError::not_found(
                Kind::Model,
                format!(
                    "run {} has neither model files nor a logged model at `{name}`",
                    run.info.run_id
                ),
            )
        })
}

/// Writes JSON as Python's `json.dumps` does by default (`", "` and `": "`, non-ASCII as
/// `\uXXXX`), so that the tag reads the same as one Python wrote.
fn python_json(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                python_json(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                python_json(&Value::String(k.clone()), out);
                out.push_str(": ");
                python_json(x, out);
            }
            out.push('}');
        }
        Value::String(s) => {
            let json = serde_json::to_string(s).unwrap_or_default();
            for c in json.chars() {
                if c.is_ascii() {
                    out.push(c);
                } else {
                    let mut buf = [0u16; 2];
                    for unit in c.encode_utf16(&mut buf) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
            }
        }
        other => out.push_str(&other.to_string()),
    }
}

/// Adds `{name, version}` to the logged model's `mlflow.modelVersions` tag.
fn link_logged_model(store: &dyn Store, model_id: &str, mv: &ModelVersion) -> Result<()> {
    let model = store.get_logged_model(model_id)?;
    let mut list = model
        .info
        .tags
        .iter()
        .find(|t| t.key == MODEL_VERSIONS_TAG)
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t.value).ok())
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default();
    let version: i64 = mv.version.parse().unwrap_or(0);
    list.push(serde_json::json!({"name": mv.name, "version": version}));
    let mut text = String::new();
    python_json(&serde_json::Value::Array(list), &mut text);
    store.set_logged_model_tags(model_id, &[Tag::new(MODEL_VERSIONS_TAG, text)])
}

/// Registers a new version (creating the registered model when missing) and sets its aliases.
pub fn register(store: &dyn Store, req: &Register, warn: &dyn Fn(&str)) -> Result<ModelVersion> {
    crate::store::registry_local::model_name(&req.name)?;
    for a in &req.aliases {
        crate::store::registry_local::new_alias(a)?;
    }
    match store.create_registered_model(&req.name, &[], None) {
        Ok(_) | Err(StoreError::AlreadyExists { .. }) => {}
        Err(e) => return Err(e),
    }
    let (source, run_id, model_id) = resolve(store, &req.source, warn)?;
    let mv = store.create_model_version(&CreateVersion {
        name: req.name.clone(),
        source,
        run_id,
        model_id: model_id.clone(),
        tags: req.tags.clone(),
        description: None,
    })?;
    if let Some(id) = &model_id {
        match link_logged_model(store, id, &mv) {
            Ok(()) => {}
            Err(StoreError::NotFound { .. } | StoreError::Unsupported(_)) => warn(&format!(
                "could not record version {} on logged model {id} (tag {MODEL_VERSIONS_TAG})",
                mv.version
            )),
            Err(e) => return Err(e),
        }
    }
    for a in &req.aliases {
        store.set_registered_model_alias(&req.name, a, &mv.version)?;
    }
    if req.aliases.is_empty() {
        Ok(mv)
    } else {
        store.get_model_version(&req.name, &mv.version)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_as_python_dumps_it() {
        let v = serde_json::json!([{"name": "fraud", "version": 1}, {"name": "é", "version": 2}]);
        let mut s = String::new();
        super::python_json(&v, &mut s);
        assert_eq!(
            s,
            r#"[{"name": "fraud", "version": 1}, {"name": "\u00e9", "version": 2}]"#
        );
    }
}
