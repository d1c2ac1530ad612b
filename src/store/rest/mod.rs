//! `RestStore`: any MLflow-compatible tracking server (MLflow, FastTrackML, Databricks) over
//! the MLflow REST API 2.0. Ids go as strings, NaN/±Inf as protobuf JSON strings, timestamps
//! always sent, enums by exact name; bulk logging is split into MLflow's `log-batch` limits.
//!
//! This module holds the store, its requests and the [`Store`] implementation, which
//! delegates to `experiments`, `runs` and `stream` (bulk metric uploads).

mod convert;
pub mod databricks;
mod experiments;
pub mod http;
mod models_search;
pub mod proxy;
mod runs;
mod stream;

use serde_json::{json, Value};

use crate::model::{Experiment, Metric, Page, Param, Run, RunInfo, Tag};
use crate::store::{
    CreateRun, ExperimentQuery, MetricBatches, PartialWrite, Result, RunQuery, Store, UpdateRun,
};
use http::Http;

/// A tracking server.
pub struct RestStore {
    http: Http,
}

const API: &str = "/api/2.0/mlflow";

impl RestStore {
    /// Returns a store talking to `http`.
    pub fn new(http: Http) -> RestStore {
        RestStore { http }
    }

    fn get(&self, path: &str, query: &[(&str, String)]) -> Result<Value> {
        self.http.get(&format!("{API}{path}"), query)
    }

    fn post(&self, path: &str, body: Value, idempotent: bool) -> Result<Value> {
        self.http.post(&format!("{API}{path}"), &body, idempotent)
    }
}

fn tags_json(tags: &[Tag]) -> Value {
    Value::Array(
        tags.iter()
            .map(|t| json!({"key": t.key, "value": t.value}))
            .collect(),
    )
}

/// Adds the optional fields both searches share; empty ones are left out, as MLflow's
/// client does.
fn search_fields(
    body: &mut Value,
    filter: Option<&str>,
    order_by: &[String],
    page_token: Option<&str>,
) {
    if let Some(f) = filter.filter(|f| !f.is_empty()) {
        body["filter"] = json!(f);
    }
    if !order_by.is_empty() {
        body["order_by"] = json!(order_by);
    }
    if let Some(t) = page_token {
        body["page_token"] = json!(t);
    }
}

fn token(v: &Value) -> Option<String> {
    v.get("next_page_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

impl Store for RestStore {
    fn kind(&self) -> &'static str {
        "http"
    }

    fn create_experiment(
        &self,
        name: &str,
        artifact_location: Option<&str>,
        tags: &[Tag],
    ) -> Result<String> {
        experiments::create(self, name, artifact_location, tags)
    }

    fn get_experiment(&self, id: &str) -> Result<Experiment> {
        experiments::get(self, id)
    }

    fn get_experiment_by_name(&self, name: &str) -> Result<Experiment> {
        experiments::get_by_name(self, name)
    }

    fn search_experiments(&self, q: &ExperimentQuery) -> Result<Page<Experiment>> {
        experiments::search(self, q)
    }

    fn rename_experiment(&self, id: &str, new_name: &str) -> Result<()> {
        experiments::rename(self, id, new_name)
    }

    fn delete_experiment(&self, id: &str) -> Result<()> {
        experiments::delete(self, id)
    }

    fn restore_experiment(&self, id: &str) -> Result<()> {
        experiments::restore(self, id)
    }

    fn set_experiment_tags(&self, id: &str, tags: &[Tag]) -> Result<()> {
        experiments::set_tags(self, id, tags)
    }

    fn delete_experiment_tags(&self, id: &str, keys: &[String]) -> Result<()> {
        experiments::delete_tags(self, id, keys)
    }

    fn create_run(&self, req: &CreateRun) -> Result<Run> {
        runs::create(self, req)
    }

    fn get_run(&self, run_id: &str) -> Result<Run> {
        runs::get(self, run_id)
    }

    fn update_run(&self, run_id: &str, u: &UpdateRun) -> Result<RunInfo> {
        runs::update(self, run_id, u)
    }

    fn delete_run(&self, run_id: &str) -> Result<()> {
        runs::delete(self, run_id)
    }

    fn restore_run(&self, run_id: &str) -> Result<()> {
        runs::restore(self, run_id)
    }

    fn search_runs(&self, q: &RunQuery) -> Result<Page<Run>> {
        runs::search(self, q)
    }

    fn log_batch(
        &self,
        run_id: &str,
        metrics: &[Metric],
        params: &[Param],
        tags: &[Tag],
    ) -> Result<()> {
        runs::log_batch(self, run_id, metrics, params, tags)
    }

    fn log_metric_stream(
        &self,
        run_id: &str,
        batches: &mut MetricBatches<'_>,
    ) -> Result<u64, PartialWrite> {
        stream::log_metric_stream(self, run_id, batches)
    }

    fn delete_run_tags(&self, run_id: &str, keys: &[String]) -> Result<()> {
        runs::delete_tags(self, run_id, keys)
    }

    fn artifact_repo<'a>(
        &'a self,
        uri: &str,
    ) -> Result<Box<dyn crate::store::artifacts::ArtifactRepo + 'a>> {
        if uri.starts_with("mlflow-artifacts:") {
            return Ok(Box::new(proxy::ProxyRepo::new(&self.http, uri)?));
        }
        crate::store::artifacts::open_direct(uri)
    }

    fn metric_history(&self, run_id: &str, key: &str) -> Result<Vec<Metric>> {
        runs::metric_history(self, run_id, key)
    }
}

impl crate::store::ModelStore for RestStore {
    fn search_logged_models(
        &self,
        query: &crate::store::models::ModelQuery,
    ) -> Result<Page<crate::model::LoggedModel>> {
        models_search::search(self, query)
    }
}

impl crate::store::RegistryStore for RestStore {}
