//! Runs on a tracking server: the `runs/*` endpoints and metric histories, sent as MLflow's
//! Python client sends them (so that servers that differ from MLflow, FastTrackML, agree).

use serde_json::{json, Value};

use super::{convert, search_fields, tags_json, token, RestStore};
use crate::model::{Metric, Page, Param, Point, Run, RunInfo, Tag};
use crate::store::{CreateRun, Result, RunQuery, Store, StoreError, UpdateRun};

/// Creates a run, named and tagged as Python's `start_run` does.
pub(super) fn create(store: &RestStore, req: &CreateRun) -> Result<Run> {
    let user = req.user_id.clone().unwrap_or_else(|| {
        req.tags
            .iter()
            .rev()
            .find(|t| t.key == "mlflow.user")
            .map(|t| t.value.clone())
            .unwrap_or_default()
    });
    // Name the run and send the `mlflow.runName` tag as Python's `start_run` does: not
    // every server (FastTrackML) derives the tag from `run_name`, and searches use it.
    let tag_name = req
        .tags
        .iter()
        .rev()
        .find(|t| t.key == "mlflow.runName")
        .map(|t| t.value.clone());
    let name = req
        .run_name
        .clone()
        .or(tag_name)
        .unwrap_or_else(crate::store::names::random_run_name);
    let mut tags: Vec<Tag> = req
        .tags
        .iter()
        .filter(|t| t.key != "mlflow.runName")
        .cloned()
        .collect();
    tags.push(Tag::new("mlflow.runName", name.clone()));
    let body = json!({
        "experiment_id": req.experiment_id,
        "user_id": user,
        "run_name": name,
        "start_time": req.start_time,
        "tags": tags_json(&tags),
    });
    let v = store.post("/runs/create", body, false)?;
    convert::run(v.get("run").unwrap_or(&Value::Null))
}

/// Returns a run.
pub(super) fn get(store: &RestStore, run_id: &str) -> Result<Run> {
    let v = store.get(
        "/runs/get",
        &[
            ("run_id", run_id.to_string()),
            ("run_uuid", run_id.to_string()),
        ],
    )?;
    convert::run(v.get("run").unwrap_or(&Value::Null))
}

/// Updates a run and returns its info as stored.
pub(super) fn update(store: &RestStore, run_id: &str, u: &UpdateRun) -> Result<RunInfo> {
    // Send every field, unchanged ones included: some servers (FastTrackML) blank the
    // fields an update leaves out. The run is read first only for fields not given.
    let (status, run_name, end_time) = match (u.status, &u.run_name, u.end_time) {
        (Some(status), Some(name), Some(end)) => (status, name.clone(), Some(end)),
        _ => {
            let current = store.get_run(run_id)?.info;
            (
                u.status.unwrap_or(current.status),
                u.run_name.clone().unwrap_or(current.run_name),
                u.end_time.or(current.end_time),
            )
        }
    };
    let mut body = json!({
        "run_id": run_id,
        "run_uuid": run_id,
        "status": status.as_str(),
        "run_name": run_name,
    });
    if let Some(t) = end_time {
        body["end_time"] = json!(t);
    }
    let answer = store.post("/runs/update", body, true)?;
    // MLflow answers with the run's info as stored; a server that does not is read back.
    match answer.get("run_info") {
        Some(info) if info.get("run_id").is_some_and(|id| id == run_id) => {
            let mut run = convert::run(&json!({ "info": info }))?.info;
            if run.artifact_uri.is_empty() || run.experiment_id.is_empty() {
                run = store.get_run(run_id)?.info;
            }
            Ok(run)
        }
        _ => Ok(store.get_run(run_id)?.info),
    }
}

/// Soft-deletes a run.
pub(super) fn delete(store: &RestStore, run_id: &str) -> Result<()> {
    store.post("/runs/delete", json!({"run_id": run_id}), true)?;
    Ok(())
}

/// Restores a deleted run.
pub(super) fn restore(store: &RestStore, run_id: &str) -> Result<()> {
    store.post("/runs/restore", json!({"run_id": run_id}), true)?;
    Ok(())
}

/// Returns one page of runs.
pub(super) fn search(store: &RestStore, q: &RunQuery) -> Result<Page<Run>> {
    // A server on a SQL store answers an order_by naming one key twice with a 500, which
    // would be retried for minutes: refuse it here, by the SQL store's rule.
    let syntax = |e: crate::search::SyntaxError| {
        StoreError::Invalid(format!("{}\n{}", e.message, e.caret()))
    };
    let keys = crate::search::order::parse_all(&q.order_by, crate::search::Dialect::Runs)
        .map_err(syntax)?;
    crate::search::order::check_unique(&q.order_by, &keys).map_err(syntax)?;
    let mut body = json!({
        "experiment_ids": q.experiment_ids,
        "run_view_type": q.view.api_name(),
        "max_results": q.max_results,
    });
    search_fields(
        &mut body,
        q.filter.as_deref(),
        &q.order_by,
        q.page_token.as_deref(),
    );
    let v = store.post("/runs/search", body, true)?;
    let runs = match v.get("runs").and_then(Value::as_array) {
        Some(a) => a.iter().map(convert::run).collect::<Result<Vec<_>>>()?,
        None => Vec::new(),
    };
    Ok(Page {
        items: runs,
        next_page_token: token(&v),
    })
}

/// Logs metrics, params and tags in one `log-batch` request.
pub(super) fn log_batch(
    store: &RestStore,
    run_id: &str,
    metrics: &[Metric],
    params: &[Param],
    tags: &[Tag],
) -> Result<()> {
    let body = json!({
        "run_id": run_id,
        "metrics": metrics.iter().map(convert::metric_json).collect::<Vec<_>>(),
        "params": params.iter().map(|p| json!({"key": p.key, "value": p.value})).collect::<Vec<_>>(),
        "tags": tags_json(tags),
    });
    store.post("/runs/log-batch", body, true)?;
    Ok(())
}

/// Deletes tags of a run, one request each.
pub(super) fn delete_tags(store: &RestStore, run_id: &str, keys: &[String]) -> Result<()> {
    for k in keys {
        store.post(
            "/runs/delete-tag",
            json!({"run_id": run_id, "key": k}),
            false,
        )?;
    }
    Ok(())
}

/// Returns every point of one metric of a run, following page tokens.
pub(super) fn metric_history(store: &RestStore, run_id: &str, key: &str) -> Result<Vec<Metric>> {
    // The server answers an unknown run with an empty history: check the run first.
    store.get_run(run_id)?;
    let mut points = Vec::new();
    let mut page_token: Option<String> = None;
    loop {
        let mut query = vec![
            ("run_id", run_id.to_string()),
            ("run_uuid", run_id.to_string()),
            ("metric_key", key.to_string()),
        ];
        if let Some(t) = &page_token {
            query.push(("page_token", t.clone()));
        }
        let v = store.get("/metrics/get-history", &query)?;
        if let Some(a) = v.get("metrics").and_then(Value::as_array) {
            points.extend(a.iter().map(convert::metric));
        }
        match token(&v) {
            Some(t) if Some(&t) != page_token.as_ref() => page_token = Some(t),
            _ => return Ok(points),
        }
    }
}

/// The most points MLflow's `get-history-bulk-interval` returns per run.
const BULK_INTERVAL_MAX: usize = 2500;

/// Returns the points of one metric from `from_step` on. The new steps only are asked for
/// (`metrics/get-history-bulk-interval`, which samples at most 2,500 steps per answer, as
/// MLflow's UI asks for them), so a live view's requests stay small however long the run;
/// servers without that route (FastTrackML) answer the whole history, cut here.
pub(super) fn metric_points(
    store: &RestStore,
    run_id: &str,
    key: &str,
    from_step: Option<i64>,
) -> Result<Vec<Point>> {
    let whole = || -> Result<Vec<Point>> {
        let mut points: Vec<Point> = metric_history(store, run_id, key)?
            .iter()
            .filter(|m| from_step.is_none_or(|s| m.step >= s))
            .map(Point::from)
            .collect();
        crate::store::sort_points(&mut points);
        Ok(points)
    };
    let Some(from) = from_step else {
        return whole();
    };
    let query = [
        ("run_ids", run_id.to_string()),
        ("metric_key", key.to_string()),
        ("start_step", from.to_string()),
        ("end_step", i64::MAX.to_string()),
        ("max_results", BULK_INTERVAL_MAX.to_string()),
    ];
    match store.get("/metrics/get-history-bulk-interval", &query) {
        Ok(v) => {
            let mut points: Vec<Point> = v
                .get("metrics")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(|m| Point::from(&convert::metric(m))).collect())
                .unwrap_or_default();
            crate::store::sort_points(&mut points);
            Ok(points)
        }
        // Refused credentials or no connection: asking again the other way would not help.
        Err(e @ (StoreError::Unauthorized(_) | StoreError::Transport(_))) => Err(e),
        Err(_) => whole(),
    }
}
