//! MLflow 3 logged models on a tracking server: the `logged-models` routes (create, get,
//! finalize by PATCH, delete, tags, params, search passed through with its page tokens) and
//! run inputs and outputs (`runs/log-inputs`, `runs/outputs`). A server without them
//! (FastTrackML, MLflow 2) answers `ENDPOINT_NOT_FOUND`, reported as not supported.

use reqwest::Method;
use serde_json::{json, Value};

use super::convert::{self, array, int_of, opt_str, str_of};
use super::{tags_json, token, RestStore, API};
use crate::model::{
    DatasetInput, LoggedModel, LoggedModelData, LoggedModelInfo, Metric, ModelInput, ModelOutput,
    ModelStatus, Page, Param, Tag,
};
use crate::store::models::{check_model_id, CreateModel, ModelQuery};
use crate::store::{ModelStore, Result, StoreError};

/// Percent-encodes one path segment (a model id, a tag key).
fn segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Turns "no such route" into a clear "not supported" naming what is missing.
fn missing_route(e: StoreError, what: &str) -> StoreError {
    match &e {
        StoreError::Server(m) if m.contains("ENDPOINT_NOT_FOUND") || m.contains("HTTP 404") => {
            StoreError::Unsupported(format!(
                "this tracking server does not support {what} (MLflow 3's REST API); it answered: {m}"
            ))
        }
        _ => e,
    }
}

impl RestStore {
    /// Sends a request to a logged-model route.
    fn model_call(
        &self,
        method: Method,
        path: &str,
        body: Value,
        idempotent: bool,
    ) -> Result<Value> {
        self.http
            .send_json(method, &format!("{API}{path}"), &body, idempotent)
            .map_err(|e| missing_route(e, "logged models"))
    }
}

fn pairs_json(pairs: impl Iterator<Item = (String, String)>) -> Value {
    Value::Array(pairs.map(|(k, v)| json!({"key": k, "value": v})).collect())
}

/// Reads a LoggedModel message.
pub(super) fn logged_model(v: &Value) -> LoggedModel {
    let i = v.get("info").unwrap_or(&Value::Null);
    let d = v.get("data").unwrap_or(&Value::Null);
    let status = match i.get("status") {
        Some(Value::Number(n)) => ModelStatus::parse(&n.to_string()),
        Some(Value::String(s)) => ModelStatus::parse(s),
        _ => None,
    };
    LoggedModel {
        info: LoggedModelInfo {
            model_id: str_of(i, "model_id"),
            experiment_id: str_of(i, "experiment_id"),
            name: str_of(i, "name"),
            creation_timestamp_ms: int_of(i, "creation_timestamp_ms").unwrap_or(0),
            last_updated_timestamp_ms: int_of(i, "last_updated_timestamp_ms").unwrap_or(0),
            artifact_uri: str_of(i, "artifact_uri"),
            status: status.unwrap_or(ModelStatus::Unspecified),
            creator_id: int_of(i, "creator_id"),
            model_type: opt_str(i, "model_type"),
            source_run_id: opt_str(i, "source_run_id"),
            status_message: opt_str(i, "status_message"),
            tags: convert::tags(i, "tags"),
        },
        data: LoggedModelData {
            params: array(d, "params")
                .iter()
                .map(|p| Param {
                    key: str_of(p, "key"),
                    value: str_of(p, "value"),
                })
                .collect(),
            metrics: array(d, "metrics").iter().map(convert::metric).collect(),
        },
    }
}

fn model_of(v: &Value) -> LoggedModel {
    logged_model(v.get("model").unwrap_or(&Value::Null))
}

impl ModelStore for RestStore {
    fn create_logged_model(&self, req: &CreateModel) -> Result<LoggedModel> {
        if req.model_id.is_some() {
            return Err(StoreError::Unsupported(
                "a server chooses the ids of logged models".into(),
            ));
        }
        let mut body = json!({
            "experiment_id": req.experiment_id,
            "params": pairs_json(req.params.iter().map(|p| (p.key.clone(), p.value.clone()))),
            "tags": tags_json(&req.tags),
        });
        for (key, v) in [
            ("name", &req.name),
            ("model_type", &req.model_type),
            ("source_run_id", &req.source_run_id),
        ] {
            if let Some(v) = v {
                body[key] = json!(v);
            }
        }
        Ok(model_of(&self.model_call(
            Method::POST,
            "/logged-models",
            body,
            false,
        )?))
    }

    fn get_logged_model(&self, model_id: &str) -> Result<LoggedModel> {
        check_model_id(model_id)?;
        let path = format!("{API}/logged-models/{}", segment(model_id));
        let v = self
            .http
            .get(&path, &[])
            .map_err(|e| missing_route(e, "logged models"))?;
        Ok(model_of(&v))
    }

    fn finalize_logged_model(&self, model_id: &str, status: ModelStatus) -> Result<LoggedModel> {
        check_model_id(model_id)?;
        let body = json!({"model_id": model_id, "status": status.api_name()});
        let path = format!("/logged-models/{}", segment(model_id));
        Ok(model_of(&self.model_call(
            Method::PATCH,
            &path,
            body,
            true,
        )?))
    }

    fn delete_logged_model(&self, model_id: &str) -> Result<()> {
        check_model_id(model_id)?;
        let path = format!("/logged-models/{}", segment(model_id));
        self.model_call(Method::DELETE, &path, json!({"model_id": model_id}), false)?;
        Ok(())
    }

    fn set_logged_model_tags(&self, model_id: &str, tags: &[Tag]) -> Result<()> {
        check_model_id(model_id)?;
        let path = format!("/logged-models/{}/tags", segment(model_id));
        let body = json!({"model_id": model_id, "tags": tags_json(tags)});
        self.model_call(Method::PATCH, &path, body, true)?;
        Ok(())
    }

    fn delete_logged_model_tag(&self, model_id: &str, key: &str) -> Result<()> {
        check_model_id(model_id)?;
        let path = format!("/logged-models/{}/tags/{}", segment(model_id), segment(key));
        let body = json!({"model_id": model_id, "tag_key": key});
        self.model_call(Method::DELETE, &path, body, false)?;
        Ok(())
    }

    fn log_logged_model_params(&self, model_id: &str, params: &[Param]) -> Result<()> {
        // The server refuses a key logged before even with the same value: send only new
        // keys, and refuse a changed value as every other store does.
        let batch = crate::store::rules::param_batch(params)?;
        let stored = self.get_logged_model(model_id)?.data.params;
        let new = crate::store::rules::new_params(model_id, batch, |key| {
            Ok(stored
                .iter()
                .find(|p| p.key == key)
                .map(|p| p.value.clone()))
        })?;
        if new.is_empty() {
            return Ok(());
        }
        let path = format!("/logged-models/{}/params", segment(model_id));
        let body = json!({
            "model_id": model_id,
            "params": pairs_json(new.into_iter().map(|p| (p.key, p.value))),
        });
        self.model_call(Method::POST, &path, body, true)?;
        Ok(())
    }

    fn log_logged_model_points(&self, model_id: &str, points: &[Metric]) -> Result<()> {
        for (run_id, points) in crate::store::models::points_by_run(model_id, points)? {
            for chunk in points.chunks(crate::store::MAX_BATCH_METRICS) {
                crate::store::Store::log_batch(self, &run_id, chunk, &[], &[])?;
            }
        }
        Ok(())
    }

    fn search_logged_models(&self, q: &ModelQuery) -> Result<Page<LoggedModel>> {
        let mut body = json!({
            "experiment_ids": q.experiment_ids,
            "max_results": q.max_results,
        });
        if let Some(f) = q.filter.as_deref().filter(|f| !f.is_empty()) {
            body["filter"] = json!(f);
        }
        if !q.datasets.is_empty() {
            body["datasets"] = Value::Array(
                q.datasets
                    .iter()
                    .map(|d| {
                        let mut v = json!({"dataset_name": d.name});
                        if let Some(dg) = &d.digest {
                            v["dataset_digest"] = json!(dg);
                        }
                        v
                    })
                    .collect(),
            );
        }
        if !q.order_by.is_empty() {
            body["order_by"] = Value::Array(
                q.order_by
                    .iter()
                    .map(|o| {
                        let mut v = json!({"field_name": o.field, "ascending": o.ascending});
                        if let Some(n) = &o.dataset_name {
                            v["dataset_name"] = json!(n);
                        }
                        if let Some(dg) = &o.dataset_digest {
                            v["dataset_digest"] = json!(dg);
                        }
                        v
                    })
                    .collect(),
            );
        }
        if let Some(t) = &q.page_token {
            body["page_token"] = json!(t);
        }
        let v = self.model_call(Method::POST, "/logged-models/search", body, true)?;
        Ok(Page {
            items: array(&v, "models").iter().map(logged_model).collect(),
            next_page_token: token(&v),
        })
    }

    fn log_run_inputs(
        &self,
        run_id: &str,
        datasets: &[DatasetInput],
        models: &[ModelInput],
    ) -> Result<()> {
        let datasets: Vec<Value> = datasets
            .iter()
            .map(|d| {
                let ds = &d.dataset;
                let mut dataset = json!({
                    "name": ds.name,
                    "digest": ds.digest,
                    "source_type": ds.source_type,
                    "source": ds.source,
                });
                if let Some(s) = &ds.schema {
                    dataset["schema"] = json!(s);
                }
                if let Some(p) = &ds.profile {
                    dataset["profile"] = json!(p);
                }
                json!({"tags": tags_json(&d.tags), "dataset": dataset})
            })
            .collect();
        let mut body = json!({"run_id": run_id, "datasets": datasets});
        if !models.is_empty() {
            body["models"] = Value::Array(
                models
                    .iter()
                    .map(|m| json!({"model_id": m.model_id}))
                    .collect(),
            );
        }
        self.post("/runs/log-inputs", body, true)
            .map_err(|e| missing_route(e, "logging run inputs"))?;
        Ok(())
    }

    fn log_run_outputs(&self, run_id: &str, models: &[ModelOutput]) -> Result<()> {
        let body = json!({
            "run_id": run_id,
            "models": models.iter().map(|m| json!({"model_id": m.model_id, "step": m.step})).collect::<Vec<_>>(),
        });
        self.post("/runs/outputs", body, true)
            .map_err(|e| missing_route(e, "logging run outputs"))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_logged_model() {
        let m = logged_model(&json!({"info": {"model_id": "m-1", "experiment_id": "1",
            "status": "LOGGED_MODEL_READY", "creation_timestamp_ms": "5",
            "tags": [{"key": "t", "value": "v"}]},
            "data": {"metrics": [{"key": "acc", "value": 0.5, "model_id": "m-1"}]}}));
        assert_eq!(m.info.status, ModelStatus::Ready);
        assert_eq!(m.info.creation_timestamp_ms, 5);
        assert_eq!(m.info.tags[0].key, "t");
        assert_eq!(m.data.metrics[0].model_id.as_deref(), Some("m-1"));
        assert_eq!(segment("a b/c"), "a%20b%2Fc");
        let e = missing_route(
            StoreError::Server("Not found (ENDPOINT_NOT_FOUND, HTTP 404)".into()),
            "logged models",
        );
        assert!(matches!(e, StoreError::Unsupported(ref m) if m.contains("logged models")));
    }
}
