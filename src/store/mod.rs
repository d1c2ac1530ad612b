//! The client core: one [`Store`] trait over every place tracking data can live.
//!
//! Commands hold a `Box<dyn Store>` and never know which store it is. Stores never print,
//! prompt or parse command lines; they validate input as MLflow does and report failures as
//! [`StoreError`] variants a caller can act on.

pub mod artifacts;
pub mod copy;
mod error;
pub mod file;
pub mod models;
pub mod names;
mod query;
pub mod registry;
pub mod registry_local;
mod registry_uri;
pub mod rest;
pub mod rules;
pub mod sql;
pub mod uri;
pub mod validate;

use crate::model::{
    self, Experiment, Metric, Page, Param, Point, Run, RunInfo, RunStatus, Tag, ViewType,
};
use uri::TrackingUri;

pub use error::{Kind, StoreError};
pub use models::ModelStore;
pub(crate) use query::ParsedQuery;
pub use query::{ExperimentQuery, RunQuery};
pub use registry::RegistryStore;

/// A bulk write that failed part way: why, and how many points were stored before.
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct PartialWrite {
    #[source]
    pub error: StoreError,
    pub stored: u64,
}

impl From<StoreError> for PartialWrite {
    fn from(error: StoreError) -> PartialWrite {
        PartialWrite { error, stored: 0 }
    }
}

/// Called with the number of bytes moved, as a transfer goes.
pub type Progress = std::sync::Arc<dyn Fn(u64) + Send + Sync>;

/// Result of a store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The largest batch MLflow accepts in one `log-batch` call.
pub const MAX_BATCH_METRICS: usize = 1000;
/// The most params in one `log-batch` call.
pub const MAX_BATCH_PARAMS: usize = 100;
/// The most tags in one `log-batch` call.
pub const MAX_BATCH_TAGS: usize = 100;
/// The largest `max_results` of a single search page.
pub const MAX_PAGE_SIZE: usize = 50_000;

/// Arguments of [`Store::create_run`].
#[derive(Debug, Clone, Default)]
pub struct CreateRun {
    pub experiment_id: String,
    pub run_name: Option<String>,
    pub start_time: i64,
    pub tags: Vec<Tag>,
    /// The run's user; `None`: the `mlflow.user` tag's value, as MLflow's clients send it.
    pub user_id: Option<String>,
}

/// Arguments of [`Store::update_run`]; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UpdateRun {
    pub status: Option<RunStatus>,
    pub end_time: Option<i64>,
    pub run_name: Option<String>,
}

/// Batches of metric points handed to [`Store::log_metric_stream`]; an `Err` aborts the upload.
pub type MetricBatches<'a> = dyn Iterator<Item = Result<Vec<Metric>>> + 'a;

/// Storage backend for tracking data: a database, a folder or a server.
pub trait Store: models::ModelStore + registry::RegistryStore + Send + Sync {
    /// Returns the backend name shown by `mlf config show` (`sqlite`, `file`, `http`).
    fn kind(&self) -> &'static str;

    /// Creates an experiment and returns its id; fails with `AlreadyExists` if the name is taken.
    fn create_experiment(
        &self,
        name: &str,
        artifact_location: Option<&str>,
        tags: &[Tag],
    ) -> Result<String>;
    /// Returns the experiment with this id, active or deleted.
    fn get_experiment(&self, id: &str) -> Result<Experiment>;
    /// Returns the experiment with this name, active or deleted.
    fn get_experiment_by_name(&self, name: &str) -> Result<Experiment>;
    /// Returns one page of experiments.
    fn search_experiments(&self, query: &ExperimentQuery) -> Result<Page<Experiment>>;
    /// Renames an experiment.
    fn rename_experiment(&self, id: &str, new_name: &str) -> Result<()>;
    /// Soft-deletes an active experiment and its runs.
    fn delete_experiment(&self, id: &str) -> Result<()>;
    /// Restores a deleted experiment and its runs.
    fn restore_experiment(&self, id: &str) -> Result<()>;
    /// Sets (inserts or replaces) tags on an experiment.
    fn set_experiment_tags(&self, id: &str, tags: &[Tag]) -> Result<()>;
    /// Deletes tags of an experiment; every key must exist.
    fn delete_experiment_tags(&self, id: &str, keys: &[String]) -> Result<()>;

    /// Creates a run in state RUNNING and returns it.
    fn create_run(&self, req: &CreateRun) -> Result<Run>;
    /// Returns a run with its latest metrics, params and tags.
    fn get_run(&self, run_id: &str) -> Result<Run>;
    /// Updates a run's status, end time or name and returns its info.
    fn update_run(&self, run_id: &str, update: &UpdateRun) -> Result<RunInfo>;
    /// Soft-deletes a run (idempotent).
    fn delete_run(&self, run_id: &str) -> Result<()>;
    /// Restores a deleted run (idempotent).
    fn restore_run(&self, run_id: &str) -> Result<()>;
    /// Returns one page of runs.
    fn search_runs(&self, query: &RunQuery) -> Result<Page<Run>>;

    /// Logs metrics, params and tags within MLflow's batch limits, as `log-batch` does.
    fn log_batch(
        &self,
        run_id: &str,
        metrics: &[Metric],
        params: &[Param],
        tags: &[Tag],
    ) -> Result<()>;
    /// Logs a stream of metric batches and returns how many points were stored. Stores that
    /// can roll back (SQLite, file stores) log all or nothing; servers log batch by batch, so
    /// a failure says how many points they already hold.
    fn log_metric_stream(
        &self,
        run_id: &str,
        batches: &mut MetricBatches<'_>,
    ) -> Result<u64, PartialWrite>;
    /// Deletes tags of a run; every key must exist.
    fn delete_run_tags(&self, run_id: &str, keys: &[String]) -> Result<()>;
    /// Returns every logged point of one metric of a run, in MLflow's order.
    fn metric_history(&self, run_id: &str, key: &str) -> Result<Vec<Metric>>;

    /// Returns the points of one metric of a run from step `from_step` on (every point with
    /// `None`), sorted by step, then time. Charts and `runs watch` read through it: SQLite
    /// reads three columns by its index, a server is asked for the new steps only.
    fn metric_points(&self, run_id: &str, key: &str, from_step: Option<i64>) -> Result<Vec<Point>> {
        let mut points: Vec<Point> = self
            .metric_history(run_id, key)?
            .iter()
            .filter(|m| from_step.is_none_or(|s| m.step >= s))
            .map(Point::from)
            .collect();
        sort_points(&mut points);
        Ok(points)
    }

    /// Hands the points [`Store::metric_points`] returns to `visit` one by one, in its order;
    /// a store that can read them as a stream (SQLite) never holds them all.
    fn visit_metric_points(
        &self,
        run_id: &str,
        key: &str,
        from_step: Option<i64>,
        visit: &mut dyn FnMut(Point),
    ) -> Result<()> {
        self.metric_points(run_id, key, from_step)?
            .into_iter()
            .for_each(visit);
        Ok(())
    }

    /// Reads a whole run, every metric point included, to copy it into another store.
    fn export_run(&self, run_id: &str) -> Result<copy::RunCopy> {
        export_run(self, run_id)
    }

    /// Returns a target for copies that keep their ids (`mlf migrate`), or `Unsupported`
    /// when the store cannot choose ids (servers).
    fn importer(&self) -> Result<Box<dyn copy::Importer + '_>> {
        Err(StoreError::Unsupported(format!(
            "a {} store cannot take copies that keep their ids",
            self.kind()
        )))
    }

    /// Returns whether the store holds anything besides the default experiment `0`.
    fn holds_data(&self) -> Result<bool> {
        let exps = self.search_experiments(&ExperimentQuery {
            view: ViewType::All,
            max_results: 2,
            ..Default::default()
        })?;
        if exps.items.iter().any(|e| e.experiment_id != "0") {
            return Ok(true);
        }
        let runs = self.search_runs(&RunQuery {
            experiment_ids: exps.items.iter().map(|e| e.experiment_id.clone()).collect(),
            view: ViewType::All,
            max_results: 1,
            ..Default::default()
        })?;
        Ok(!runs.items.is_empty())
    }

    /// Returns how many unreadable experiments and runs listings have left out so far.
    fn skipped(&self) -> copy::Skipped {
        copy::Skipped::default()
    }

    /// Describes what an experiment holds that copying its runs leaves out (traces, logged
    /// models), for a warning.
    fn uncopied(&self, _experiment_id: &str) -> Vec<String> {
        Vec::new()
    }

    /// Returns the repository holding the artifacts under `artifact_uri`. Local paths and
    /// `file:` URIs are opened directly; a server store also reaches its artifact proxy.
    fn artifact_repo<'a>(
        &'a self,
        artifact_uri: &str,
    ) -> Result<Box<dyn artifacts::ArtifactRepo + 'a>> {
        artifacts::open_direct(artifact_uri)
    }
}

/// Reads a whole run through the trait's reads: the run, then the history of each metric.
pub fn export_run<S: Store + ?Sized>(store: &S, run_id: &str) -> Result<copy::RunCopy> {
    let run = store.get_run(run_id)?;
    let mut metrics = Vec::new();
    for m in &run.data.metrics {
        metrics.extend(store.metric_history(run_id, &m.key)?);
    }
    Ok(copy::RunCopy {
        info: run.info,
        deleted_time: None,
        source_type: None,
        params: run.data.params,
        tags: run.data.tags,
        metrics,
        inputs: run.inputs.dataset_inputs,
    })
}

/// Sorts points by step, then time (stable: points logged at the same step and time keep
/// their order).
pub fn sort_points(points: &mut [Point]) {
    if !points.is_sorted_by_key(|p| (p.step, p.timestamp)) {
        points.sort_by_key(|p| (p.step, p.timestamp));
    }
}

/// What a remote store needs besides its URI.
pub struct Connect {
    pub username: Option<String>,
    pub password: Option<String>,
    pub token: Option<String>,
    /// Where the tracking URI came from, named in connection errors (`MLFLOW_TRACKING_URI`).
    pub origin: String,
    /// Called with a short status line while a request waits to be retried.
    pub notify: Box<dyn Fn(&str) + Send + Sync>,
    /// Called with a warning about stored data that was skipped (a malformed run folder).
    pub warn: Box<dyn Fn(&str) + Send + Sync>,
}

impl Connect {
    /// Returns the authentication MLflow would use: Basic when both user name and password
    /// are set (it wins over a token), else Bearer.
    fn auth(&self) -> rest::http::Auth {
        match (&self.username, &self.password, &self.token) {
            (Some(u), Some(p), _) => rest::http::Auth::Basic {
                username: u.clone(),
                password: p.clone(),
            },
            (_, _, Some(t)) => rest::http::Auth::Bearer(t.clone()),
            _ => rest::http::Auth::None,
        }
    }
}

/// Opens the store a tracking URI names.
pub fn open(uri: &TrackingUri, connect: Connect) -> Result<Box<dyn Store>> {
    match uri {
        TrackingUri::Sqlite(path) => Ok(Box::new(sql::SqlStore::open_with(path, connect.notify)?)),
        TrackingUri::Http(url) => {
            // Credentials in the URL count when none are set otherwise (as `requests` does).
            let auth = match (connect.auth(), &url.username, &url.password) {
                (rest::http::Auth::None, Some(u), Some(p)) => rest::http::Auth::Basic {
                    username: u.clone(),
                    password: p.clone(),
                },
                (auth, _, _) => auth,
            };
            let http = rest::http::Http::new(&url.base, auth, connect.origin, connect.notify)?;
            Ok(Box::new(rest::RestStore::new(http)))
        }
        TrackingUri::Databricks(profile) => {
            let (host, token) = rest::databricks::credentials(profile.as_deref())?;
            let http = rest::http::Http::new(&host, rest::http::Auth::Bearer(token), connect.origin, connect.notify)?;
            Ok(Box::new(rest::RestStore::new(http)))
        }
        TrackingUri::File(path) => Ok(Box::new(file::FileStore::open(path, true, connect.warn)?)),
        TrackingUri::Path(path) => Ok(Box::new(file::FileStore::open(path, false, connect.warn)?)),
        TrackingUri::SqlServer(uri) => Err(StoreError::Unsupported(format!(
            "database servers (`{}`) are not supported yet; use `sqlite:///PATH` or a tracking server",
            uri::redact(uri)
        ))),
    }
}

/// The error for an experiment name that is taken (by an active or a deleted experiment).
pub(crate) fn name_taken(existing: &Experiment) -> StoreError {
    let deleted = existing.lifecycle_stage == model::DELETED;
    StoreError::AlreadyExists {
        kind: Kind::Experiment,
        message: format!(
            "experiment `{}` already exists with id {}{}",
            existing.name,
            existing.experiment_id,
            if deleted { " (deleted)" } else { "" }
        ),
        id: Some(existing.experiment_id.clone()),
        deleted,
    }
}

/// Checks that an experiment can be deleted (`delete`) or restored, and returns the
/// lifecycle stage it moves to. MLflow answers RESOURCE_DOES_NOT_EXIST when there is no
/// active (deleted) experiment of that id to delete (restore).
pub(crate) fn experiment_stage_change(
    exp: &model::Experiment,
    delete: bool,
) -> Result<&'static str> {
    let (from, to) = if delete {
        (model::ACTIVE, model::DELETED)
    } else {
        (model::DELETED, model::ACTIVE)
    };
    if exp.lifecycle_stage != from {
        return Err(StoreError::not_found(
            Kind::Experiment,
            format!(
                "experiment `{}` is not {from}: it is already {to}",
                exp.experiment_id
            ),
        ));
    }
    Ok(to)
}

/// Makes a relative local path absolute, as MLflow's `resolve_uri_if_local` does.
pub(crate) fn resolve_local(location: &str) -> String {
    let has_scheme = location.split_once(':').is_some_and(|(s, _)| {
        s.len() > 1
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    if has_scheme || location.starts_with('/') {
        return location.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(location).to_string_lossy().into_owned(),
        Err(_) => location.to_string(),
    }
}

/// Returns milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Follows page tokens until `max` items are collected or no page is left; `fetch` gets the
/// page size and token to ask for. Returns the items and the token of what remains.
pub fn collect_pages<T>(
    max: usize,
    first_token: Option<String>,
    mut fetch: impl FnMut(usize, Option<String>) -> Result<crate::model::Page<T>>,
) -> Result<(Vec<T>, Option<String>)> {
    let mut items = Vec::new();
    let mut token = first_token;
    loop {
        let page = fetch((max - items.len()).min(MAX_PAGE_SIZE), token)?;
        items.extend(page.items);
        match page.next_page_token {
            Some(t) if items.len() < max => token = Some(t),
            rest => return Ok((items, rest)),
        }
    }
}
