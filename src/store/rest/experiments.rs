//! Experiments on a tracking server: the `experiments/*` endpoints, with clear errors for
//! taken names (MLflow's own messages embed raw SQL errors or say only BAD_REQUEST).

use serde_json::{json, Value};

use super::{convert, search_fields, tags_json, token, RestStore};
use crate::model::{Experiment, Page, Tag};
use crate::store::{ExperimentQuery, Result, Store, StoreError};

/// Creates an experiment, saying plainly when the name is taken.
pub(super) fn create(
    store: &RestStore,
    name: &str,
    artifact_location: Option<&str>,
    tags: &[Tag],
) -> Result<String> {
    let mut body = json!({"name": name});
    if let Some(loc) = artifact_location {
        body["artifact_location"] = json!(loc);
    }
    if !tags.is_empty() {
        body["tags"] = tags_json(tags);
    }
    let resp = store.post("/experiments/create", body, false);
    let resp = match resp {
        // MLflow's message embeds a raw SQL error: say it plainly.
        Err(e @ StoreError::AlreadyExists { .. }) => {
            return Err(match store.get_experiment_by_name(name) {
                Ok(existing) => crate::store::name_taken(&existing),
                Err(_) => e,
            });
        }
        // Some servers report a taken name as a plain bad request: check.
        Err(StoreError::Invalid(msg)) => match store.get_experiment_by_name(name) {
            Ok(e) => return Err(crate::store::name_taken(&e)),
            Err(_) => return Err(StoreError::Invalid(msg)),
        },
        other => other?,
    };
    match resp.get("experiment_id") {
        Some(Value::String(id)) => Ok(id.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(StoreError::Server(
            "the server sent no experiment_id".into(),
        )),
    }
}

/// Returns the experiment with this id.
pub(super) fn get(store: &RestStore, id: &str) -> Result<Experiment> {
    let v = store.get("/experiments/get", &[("experiment_id", id.to_string())])?;
    Ok(convert::experiment(
        v.get("experiment").unwrap_or(&Value::Null),
    ))
}

/// Returns the experiment with this name.
pub(super) fn get_by_name(store: &RestStore, name: &str) -> Result<Experiment> {
    let v = store.get(
        "/experiments/get-by-name",
        &[("experiment_name", name.to_string())],
    )?;
    Ok(convert::experiment(
        v.get("experiment").unwrap_or(&Value::Null),
    ))
}

/// Returns one page of experiments.
pub(super) fn search(store: &RestStore, q: &ExperimentQuery) -> Result<Page<Experiment>> {
    let mut body = json!({"max_results": q.max_results, "view_type": q.view.api_name()});
    search_fields(
        &mut body,
        q.filter.as_deref(),
        &q.order_by,
        q.page_token.as_deref(),
    );
    let v = store.post("/experiments/search", body, true)?;
    let items = v
        .get("experiments")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(convert::experiment).collect());
    Ok(Page {
        items: items.unwrap_or_default(),
        next_page_token: token(&v),
    })
}

/// Renames an experiment, refusing a name another experiment has.
pub(super) fn rename(store: &RestStore, id: &str, new_name: &str) -> Result<()> {
    // MLflow answers a taken name with a raw BAD_REQUEST: check first for a clear error.
    if let Ok(e) = store.get_experiment_by_name(new_name) {
        if e.experiment_id != id {
            return Err(crate::store::name_taken(&e));
        }
    }
    store.post(
        "/experiments/update",
        json!({"experiment_id": id, "new_name": new_name}),
        false,
    )?;
    Ok(())
}

/// Soft-deletes an experiment.
pub(super) fn delete(store: &RestStore, id: &str) -> Result<()> {
    store.post("/experiments/delete", json!({"experiment_id": id}), false)?;
    Ok(())
}

/// Restores a deleted experiment.
pub(super) fn restore(store: &RestStore, id: &str) -> Result<()> {
    store.post("/experiments/restore", json!({"experiment_id": id}), false)?;
    Ok(())
}

/// Sets tags on an experiment, one request each.
pub(super) fn set_tags(store: &RestStore, id: &str, tags: &[Tag]) -> Result<()> {
    for t in tags {
        store.post(
            "/experiments/set-experiment-tag",
            json!({"experiment_id": id, "key": t.key, "value": t.value}),
            true,
        )?;
    }
    Ok(())
}

/// Deletes tags of an experiment, one request each.
pub(super) fn delete_tags(store: &RestStore, id: &str, keys: &[String]) -> Result<()> {
    for k in keys {
        store.post(
            "/experiments/delete-experiment-tag",
            json!({"experiment_id": id, "key": k}),
            false,
        )?;
    }
    Ok(())
}
