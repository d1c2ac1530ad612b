//! `logged-models/search` on a server: the request passed through as the REST API takes it
//! (`order_by` objects, `datasets`), the `LoggedModel` messages read back into mlf's types.

use serde_json::{json, Value};

use super::{convert, RestStore};
use crate::model::{LoggedModel, LoggedModelData, LoggedModelInfo, ModelStatus, Page, Param};
use crate::store::models::ModelQuery;
use crate::store::Result;

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(String::from)
}

fn int(v: &Value, key: &str) -> i64 {
    match v.get(key) {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
        Some(Value::String(s)) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

/// Reads a LoggedModel message.
fn logged_model(v: &Value) -> LoggedModel {
    let info = v.get("info").unwrap_or(&Value::Null);
    let data = v.get("data").unwrap_or(&Value::Null);
    let status = match info.get("status") {
        Some(Value::String(s)) => ModelStatus::parse(s),
        Some(Value::Number(n)) => n.as_i64().and_then(|c| ModelStatus::parse(&c.to_string())),
        _ => None,
    };
    LoggedModel {
        info: LoggedModelInfo {
            model_id: text(info, "model_id").unwrap_or_default(),
            experiment_id: text(info, "experiment_id").unwrap_or_default(),
            name: text(info, "name").unwrap_or_default(),
            creation_timestamp_ms: int(info, "creation_timestamp_ms"),
            last_updated_timestamp_ms: int(info, "last_updated_timestamp_ms"),
            artifact_uri: text(info, "artifact_uri").unwrap_or_default(),
            status: status.unwrap_or(ModelStatus::Unspecified),
            creator_id: info.get("creator_id").map(|_| int(info, "creator_id")),
            model_type: text(info, "model_type"),
            source_run_id: text(info, "source_run_id"),
            status_message: text(info, "status_message"),
            tags: convert::tags(info, "tags"),
        },
        data: LoggedModelData {
            params: convert::tags(data, "params")
                .into_iter()
                .map(|t| Param {
                    key: t.key,
                    value: t.value,
                })
                .collect(),
            metrics: data
                .get("metrics")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(convert::metric).collect())
                .unwrap_or_default(),
        },
    }
}

/// Returns one page of logged models.
pub(super) fn search(store: &RestStore, q: &ModelQuery) -> Result<Page<LoggedModel>> {
    let mut body = json!({ "experiment_ids": q.experiment_ids });
    if q.max_results > 0 {
        body["max_results"] = json!(q.max_results);
    }
    if let Some(f) = q.filter.as_deref().filter(|f| !f.is_empty()) {
        body["filter"] = json!(f);
    }
    if !q.datasets.is_empty() {
        body["datasets"] = q
            .datasets
            .iter()
            .map(|d| {
                let mut o = json!({ "dataset_name": d.name });
                if let Some(digest) = &d.digest {
                    o["dataset_digest"] = json!(digest);
                }
                o
            })
            .collect();
    }
    if !q.order_by.is_empty() {
        body["order_by"] = q
            .order_by
            .iter()
            .map(|o| {
                let mut v = json!({ "field_name": o.field, "ascending": o.ascending });
                if let Some(n) = &o.dataset_name {
                    v["dataset_name"] = json!(n);
                }
                if let Some(d) = &o.dataset_digest {
                    v["dataset_digest"] = json!(d);
                }
                v
            })
            .collect();
    }
    if let Some(t) = q.page_token.as_deref().filter(|t| !t.is_empty()) {
        body["page_token"] = json!(t);
    }
    // A filter MLflow's SQL store cannot read is a 500 from most servers (an unknown attribute,
    // a quoted number): retried, it would only fail again, minutes later.
    let retry = crate::search::models::sql_filter::parse(q.filter.as_deref().unwrap_or("")).is_ok();
    let v = store.post("/logged-models/search", body, retry)?;
    Ok(Page {
        items: v
            .get("models")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(logged_model).collect())
            .unwrap_or_default(),
        next_page_token: v
            .get("next_page_token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(String::from),
    })
}
