//! The model registry on a tracking server: the `registered-models/*` and `model-versions/*`
//! routes (the tag and alias deletes are DELETE requests with a JSON body, as MLflow's client
//! sends them). A server without them (FastTrackML) answers 404: a clear "not supported".

use reqwest::Method;
use serde_json::{json, Value};

use super::{tags_json, token, RestStore, API};
use crate::model::{Alias, ModelVersion, Page, RegisteredModel, Tag};
use crate::store::registry::{CreateVersion, RegistryQuery};
use crate::store::registry_local as local;
use crate::store::{Kind, RegistryStore, Result, StoreError};

fn s(v: &Value, key: &str) -> Option<String> {
    match v.get(key) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn int(v: &Value, key: &str) -> i64 {
    match v.get(key) {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
        Some(Value::String(s)) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

fn tags(v: &Value) -> Vec<Tag> {
    v.get("tags")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|t| {
                    Tag::new(
                        s(t, "key").unwrap_or_default(),
                        s(t, "value").unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A model version from its REST JSON.
pub(super) fn version(v: &Value) -> ModelVersion {
    ModelVersion {
        name: s(v, "name").unwrap_or_default(),
        version: s(v, "version").unwrap_or_default(),
        creation_timestamp: int(v, "creation_timestamp"),
        last_updated_timestamp: int(v, "last_updated_timestamp"),
        user_id: s(v, "user_id"),
        current_stage: s(v, "current_stage").unwrap_or_else(|| "None".into()),
        description: s(v, "description"),
        source: s(v, "source").unwrap_or_default(),
        run_id: s(v, "run_id"),
        status: s(v, "status").unwrap_or_else(|| "READY".into()),
        status_message: s(v, "status_message").filter(|m| !m.is_empty()),
        tags: tags(v),
        run_link: s(v, "run_link"),
        aliases: v
            .get("aliases")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        model_id: s(v, "model_id"),
        storage_location: None,
    }
}

/// A registered model from its REST JSON.
pub(super) fn model(v: &Value) -> RegisteredModel {
    RegisteredModel {
        name: s(v, "name").unwrap_or_default(),
        creation_timestamp: int(v, "creation_timestamp"),
        last_updated_timestamp: int(v, "last_updated_timestamp"),
        description: s(v, "description"),
        latest_versions: v
            .get("latest_versions")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(version).collect())
            .unwrap_or_default(),
        tags: tags(v),
        aliases: v
            .get("aliases")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|x| Alias {
                        alias: s(x, "alias").unwrap_or_default(),
                        version: s(x, "version").unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Says what is missing in the registry's own terms; a route the server lacks is "not
/// supported".
fn classify(e: StoreError, name: &str, version: Option<&str>) -> StoreError {
    match e {
        StoreError::NotFound { message, .. } if message.contains("Model Version") => {
            local::version_not_found(name, version.unwrap_or("?"))
        }
        StoreError::NotFound { message, .. } if message.contains("Registered Model") => {
            local::model_not_found(name)
        }
        StoreError::Invalid(m) if m.contains("alias") && m.contains("not found") => {
            StoreError::not_found(Kind::ModelVersion, m)
        }
        StoreError::AlreadyExists { message, .. } => StoreError::AlreadyExists {
            kind: Kind::RegisteredModel,
            message,
            id: Some(name.to_string()),
            deleted: false,
        },
        StoreError::Server(m) if m.contains("404") || m.contains("Not Found") => {
            StoreError::Unsupported(format!(
                "this server does not support the model registry ({m})"
            ))
        }
        e => e,
    }
}

impl RestStore {
    fn reg_get(
        &self,
        path: &str,
        q: &[(&str, String)],
        name: &str,
        v: Option<&str>,
    ) -> Result<Value> {
        self.get(path, q).map_err(|e| classify(e, name, v))
    }

    fn reg_post(&self, path: &str, body: Value, name: &str, v: Option<&str>) -> Result<Value> {
        self.post(path, body, false)
            .map_err(|e| classify(e, name, v))
    }

    fn reg_delete(&self, path: &str, body: Value, name: &str, v: Option<&str>) -> Result<Value> {
        self.http
            .send_json(Method::DELETE, &format!("{API}{path}"), &body, true)
            .map_err(|e| classify(e, name, v))
    }

    fn registry_search(&self, path: &str, q: &RegistryQuery, default: usize) -> Result<Value> {
        let mut query = vec![(
            "max_results",
            if q.max_results == 0 {
                default
            } else {
                q.max_results
            }
            .to_string(),
        )];
        if let Some(f) = q.filter.as_deref().filter(|f| !f.is_empty()) {
            query.push(("filter", f.to_string()));
        }
        if let Some(t) = &q.page_token {
            query.push(("page_token", t.clone()));
        }
        self.get(path, &query).map_err(|e| classify(e, "", None))
    }
}

impl RegistryStore for RestStore {
    fn create_registered_model(
        &self,
        name: &str,
        tags: &[Tag],
        description: Option<&str>,
    ) -> Result<RegisteredModel> {
        let mut body = json!({"name": name});
        if !tags.is_empty() {
            body["tags"] = tags_json(tags);
        }
        if let Some(d) = description {
            body["description"] = json!(d);
        }
        let v = self.reg_post("/registered-models/create", body, name, None)?;
        Ok(model(v.get("registered_model").unwrap_or(&Value::Null)))
    }

    fn get_registered_model(&self, name: &str) -> Result<RegisteredModel> {
        let v = self.reg_get(
            "/registered-models/get",
            &[("name", name.into())],
            name,
            None,
        )?;
        Ok(model(v.get("registered_model").unwrap_or(&Value::Null)))
    }

    fn search_registered_models(&self, q: &RegistryQuery) -> Result<Page<RegisteredModel>> {
        let v = self.registry_search("/registered-models/search", q, local::MODELS_DEFAULT)?;
        let items = v
            .get("registered_models")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(model).collect())
            .unwrap_or_default();
        Ok(Page {
            items,
            next_page_token: token(&v),
        })
    }

    fn create_model_version(&self, req: &CreateVersion) -> Result<ModelVersion> {
        let mut body = json!({"name": req.name, "source": req.source});
        if let Some(r) = &req.run_id {
            body["run_id"] = json!(r);
        }
        if let Some(m) = &req.model_id {
            body["model_id"] = json!(m);
        }
        if !req.tags.is_empty() {
            body["tags"] = tags_json(&req.tags);
        }
        if let Some(d) = &req.description {
            body["description"] = json!(d);
        }
        let v = self.reg_post("/model-versions/create", body, &req.name, None)?;
        Ok(version(v.get("model_version").unwrap_or(&Value::Null)))
    }

    fn get_model_version(&self, name: &str, v: &str) -> Result<ModelVersion> {
        let q = [("name", name.to_string()), ("version", v.to_string())];
        let r = self.reg_get("/model-versions/get", &q, name, Some(v))?;
        Ok(version(r.get("model_version").unwrap_or(&Value::Null)))
    }

    fn search_model_versions(&self, q: &RegistryQuery) -> Result<Page<ModelVersion>> {
        let v = self.registry_search("/model-versions/search", q, local::VERSIONS_DEFAULT)?;
        let items = v
            .get("model_versions")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(version).collect())
            .unwrap_or_default();
        Ok(Page {
            items,
            next_page_token: token(&v),
        })
    }

    fn set_registered_model_alias(&self, name: &str, alias: &str, v: &str) -> Result<()> {
        let body = json!({"name": name, "alias": alias, "version": v});
        self.reg_post("/registered-models/alias", body, name, Some(v))?;
        Ok(())
    }

    fn delete_registered_model_alias(&self, name: &str, alias: &str) -> Result<()> {
        let body = json!({"name": name, "alias": alias});
        self.reg_delete("/registered-models/alias", body, name, None)?;
        Ok(())
    }

    fn get_model_version_by_alias(&self, name: &str, alias: &str) -> Result<ModelVersion> {
        let q = [("name", name.to_string()), ("alias", alias.to_string())];
        let r = self.reg_get("/registered-models/alias", &q, name, None)?;
        Ok(version(r.get("model_version").unwrap_or(&Value::Null)))
    }

    fn set_registered_model_tag(&self, name: &str, tag: &Tag) -> Result<()> {
        let body = json!({"name": name, "key": tag.key, "value": tag.value});
        self.reg_post("/registered-models/set-tag", body, name, None)?;
        Ok(())
    }

    fn delete_registered_model_tag(&self, name: &str, key: &str) -> Result<()> {
        let body = json!({"name": name, "key": key});
        self.reg_delete("/registered-models/delete-tag", body, name, None)?;
        Ok(())
    }

    fn set_model_version_tag(&self, name: &str, v: &str, tag: &Tag) -> Result<()> {
        let body = json!({"name": name, "version": v, "key": tag.key, "value": tag.value});
        self.reg_post("/model-versions/set-tag", body, name, Some(v))?;
        Ok(())
    }

    fn delete_model_version_tag(&self, name: &str, v: &str, key: &str) -> Result<()> {
        let body = json!({"name": name, "version": v, "key": key});
        self.reg_delete("/model-versions/delete-tag", body, name, Some(v))?;
        Ok(())
    }

    fn get_model_version_download_uri(&self, name: &str, v: &str) -> Result<String> {
        let q = [("name", name.to_string()), ("version", v.to_string())];
        let r = self.reg_get("/model-versions/get-download-uri", &q, name, Some(v))?;
        s(&r, "artifact_uri")
            .ok_or_else(|| StoreError::Server("the server sent no artifact_uri".into()))
    }
}
