//! What each store does differently, in one place. `MLFLOW` is what MLflow 3.18's own SQL
//! store does (through mlf or through `mlflow server`); every store is written as its
//! differences from it. Each field names the scenario that checks it; where a store lacks a
//! feature, the scenario asserts the failure it gives instead, so a quirk that goes away
//! (a fixed FastTrackML, a changed mlf) fails its test and is removed here.
//!
//! Not a quirk at the command line, but handled by mlf: a server answers `metrics history` of
//! an unknown run with an empty list (MLflow) or a 404 (FastTrackML); mlf checks the run, so
//! the exit code is 3 everywhere (`runs_unknown`).

use crate::common::StoreKind;

use super::Store;

/// How a store differs from MLflow's SQL store.
pub struct Quirks {
    /// Each test has the store to itself (a fresh SQLite file or folder). False for the
    /// shared servers: scenarios then see other tests' data, scope their searches to their
    /// own experiments and never touch the default experiment `0`.
    pub own_store: bool,
    /// What experiment ids look like (`experiments_lifecycle`).
    pub experiment_ids: ExperimentIds,
    /// Where an experiment's artifacts go by default (`experiments_lifecycle`, `runs_create`,
    /// `artifacts_round_trip`).
    pub artifact_root: ArtifactRoot,
    /// The default experiment `0` can be deleted (MLflow's SQL store); otherwise refused
    /// with exit 2 (`experiments_lifecycle`).
    pub default_experiment_deletable: bool,
    /// Deleting a deleted experiment is exit 3 (no active experiment of that id);
    /// FastTrackML 0.6.0 deletes it again, exit 0 (`experiments_lifecycle`).
    pub redelete_experiment_fails: bool,
    /// Restoring an experiment restores its runs; FastTrackML 0.6.0 leaves them deleted
    /// (`runs_lifecycle`).
    pub restore_experiment_restores_runs: bool,
    /// Experiment JSON has MLflow 3's `"workspace": "default"` (`experiments_lifecycle`).
    pub experiment_workspace: bool,
    /// ±Inf is kept as ±`f64::MAX`, as MLflow's SQL schema does; a file store keeps infinities
    /// (`metrics_log_and_history`, `python_reads_what_mlf_logged`).
    pub clamps_infinity: bool,
    /// `metrics history` is sorted by (timestamp, step, value) as MLflow's SQL store does;
    /// otherwise points come back as logged (`metrics_log_and_history`).
    pub history_sorted: bool,
    /// A run's latest value of a metric is the greatest (step, timestamp, value) of the last
    /// request that logged the metric, not of all its points: FastTrackML 0.6.0 overwrites
    /// rather than compares (`metrics_log_and_history`, `metrics_bulk`).
    pub latest_of_last_request: bool,
    /// Metrics in `runs get` and `metrics history` carry their `run_id`, as MLflow's file
    /// store returns them (its SQL store does not) (`metrics_log_and_history`, `metrics_bulk`).
    pub metrics_carry_run_id: bool,
    /// The whole error line of a changed param value, `{run}`, `{key}`, `{old}` and `{new}`
    /// filled in (`params_log_and_list`).
    pub param_conflict: &'static str,
    /// Invalid metric and param keys (`bad*key`, `../up`) are refused with exit 2 and a param
    /// given twice with two values in one call too. FastTrackML 0.6.0 accepts the keys and
    /// answers the double param with a conflict, exit 1 (`metrics_bad_input`,
    /// `params_log_and_list`).
    pub validates_keys: bool,
    /// A write to a deleted run: the exit code and a phrase of the error (MLflow: 400,
    /// "deleted"; FastTrackML: 404, "not found") (`runs_lifecycle`).
    pub deleted_run_write: (i32, &'static str),
    /// Experiment tags can be deleted; FastTrackML 0.6.0 has no endpoint for it (404
    /// ENDPOINT_NOT_FOUND, exit 1) (`tags_on_experiments`).
    pub deletes_experiment_tags: bool,
    /// `IS NULL` / `IS NOT NULL` filters; FastTrackML 0.6.0: "malformed filter", exit 2
    /// (`runs_search`).
    pub is_null_filters: bool,
    /// `--order-by params.X` works; FastTrackML 0.6.0 answers 500 "no such column: value"
    /// (`runs_search`).
    pub order_by_params: bool,
    /// `--order-by attributes.run_name` works; FastTrackML 0.6.0 answers 500 "no such
    /// column: run_name" (`runs_search`).
    pub order_by_run_name: bool,
    /// An attribute without `attributes.` orders (`start_time ASC`); FastTrackML 0.6.0:
    /// "invalid order_by clause", exit 2 (`runs_search`).
    pub order_by_bare_attributes: bool,
    /// Ascending order puts values first, then NaN, then runs without the metric (MLflow);
    /// FastTrackML 0.6.0 puts missing first, then NaN, then values (`runs_search`).
    pub ascending_values_first: bool,
    /// Page tokens are base64 of `{"offset": N}` as Python's `json.dumps` writes it;
    /// FastTrackML's have no space (`experiments_search`, `runs_search`).
    pub compact_page_tokens: bool,
    /// Python MLflow 3.18 lists and downloads a run's artifacts; against FastTrackML 0.6.0 it
    /// fails, as it also searches the run's logged models, an endpoint FastTrackML lacks
    /// (`artifacts_python_exchange`).
    pub python_lists_artifacts: bool,
    /// Run ids name folders: `../../etc` is refused as invalid (2), not unknown (3)
    /// (`runs_unknown`).
    pub run_ids_are_paths: bool,
}

/// What experiment ids look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExperimentIds {
    /// Integers counting up from 1 (0 is the default experiment); a non-integer id is
    /// refused (exit 2).
    Counter,
    /// MLflow's file store: 18 random digits, not starting with 0; any string is a possible
    /// id, so a non-integer one is not found (exit 3).
    Random18,
}

impl ExperimentIds {
    /// Checks a new experiment's id; `first` when it is the store's first experiment after
    /// `0`.
    #[track_caller]
    pub fn check(self, id: &str, first: bool) {
        match self {
            ExperimentIds::Counter if first => assert_eq!(id, "1"),
            ExperimentIds::Counter => assert!(id.parse::<u64>().is_ok_and(|n| n > 0), "{id}"),
            ExperimentIds::Random18 => {
                assert_eq!(id.len(), 18, "{id}");
                assert!(id.chars().all(|c| c.is_ascii_digit()) && !id.starts_with('0'));
            }
        }
    }

    /// The exit code of `experiments get --experiment-id abc`.
    pub fn non_integer_exit(self) -> i32 {
        match self {
            ExperimentIds::Counter => 2,
            ExperimentIds::Random18 => 3,
        }
    }
}

/// Where experiments' artifacts go by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArtifactRoot {
    /// `<cwd>/mlruns/<id>`, a plain path (MLflow's default next to `./mlflow.db`).
    Mlruns,
    /// `file://<store>/<id>` inside the file store's folder.
    FileStore,
    /// `mlflow-artifacts:/<id>`, through the server's artifact proxy.
    Proxy,
    /// `file://<server folder>/artifacts/<id>`: FastTrackML's `--default-artifact-root`.
    FastTrackRoot,
}

impl ArtifactRoot {
    /// The artifact location of experiment `id` on `store`.
    pub fn location(self, store: &Store, id: &str) -> String {
        match self {
            ArtifactRoot::Mlruns => format!("{}/mlruns/{id}", store.path().display()),
            ArtifactRoot::FileStore => format!("{}/{id}", store.tracking_uri()),
            ArtifactRoot::Proxy => format!("mlflow-artifacts:/{id}"),
            ArtifactRoot::FastTrackRoot => {
                let dir = &crate::common::fasttrack_server().unwrap().dir;
                format!("file://{}/artifacts/{id}", dir.display())
            }
        }
    }
}

/// MLflow 3.18's SQL store, as mlf drives it on `./mlflow.db`.
const MLFLOW: Quirks = Quirks {
    own_store: true,
    experiment_ids: ExperimentIds::Counter,
    artifact_root: ArtifactRoot::Mlruns,
    default_experiment_deletable: true,
    redelete_experiment_fails: true,
    restore_experiment_restores_runs: true,
    experiment_workspace: true,
    clamps_infinity: true,
    history_sorted: true,
    latest_of_last_request: false,
    metrics_carry_run_id: false,
    param_conflict: "changing param values is not allowed (run `{run}`): param `{key}` was \
                     logged with value `{old}`, attempted new value `{new}`",
    validates_keys: true,
    deleted_run_write: (1, "deleted"),
    deletes_experiment_tags: true,
    is_null_filters: true,
    order_by_params: true,
    order_by_run_name: true,
    order_by_bare_attributes: true,
    ascending_values_first: true,
    compact_page_tokens: false,
    python_lists_artifacts: true,
    run_ids_are_paths: false,
};

/// MLflow's file store (`mlruns/` folders), as mlf drives it.
const FILE: Quirks = Quirks {
    experiment_ids: ExperimentIds::Random18,
    artifact_root: ArtifactRoot::FileStore,
    default_experiment_deletable: false,
    clamps_infinity: false,
    history_sorted: false,
    metrics_carry_run_id: true,
    run_ids_are_paths: true,
    ..MLFLOW
};

/// A real `mlflow server` 3.18 on an SQLite database, serving artifacts.
const SERVER: Quirks = Quirks {
    own_store: false,
    artifact_root: ArtifactRoot::Proxy,
    param_conflict: "Changing param values is not allowed. Params were already logged=\
                     '[{'key': '{key}', 'old_value': '{old}', 'new_value': '{new}'}]' for run \
                     ID='{run}'.",
    ..MLFLOW
};

/// FastTrackML 0.6.0 on SQLite.
const FASTTRACK: Quirks = Quirks {
    own_store: false,
    artifact_root: ArtifactRoot::FastTrackRoot,
    default_experiment_deletable: false,
    redelete_experiment_fails: false,
    restore_experiment_restores_runs: false,
    experiment_workspace: false,
    history_sorted: false,
    latest_of_last_request: true,
    param_conflict: "unable to insert params for run '{run}': conflicting params found: \
                     [{run_id: {run}, key: {key}, old_value: {old}, new_value: {new}}]",
    validates_keys: false,
    deleted_run_write: (3, "not found"),
    deletes_experiment_tags: false,
    is_null_filters: false,
    order_by_params: false,
    order_by_run_name: false,
    order_by_bare_attributes: false,
    ascending_values_first: false,
    compact_page_tokens: true,
    python_lists_artifacts: false,
    ..MLFLOW
};

/// The quirks of a store.
pub fn of(kind: StoreKind) -> &'static Quirks {
    match kind {
        StoreKind::Sqlite => &MLFLOW,
        StoreKind::File => &FILE,
        StoreKind::Server => &SERVER,
        StoreKind::FastTrack => &FASTTRACK,
    }
}

impl Quirks {
    /// The error line of a changed param value.
    pub fn param_conflict(&self, run: &str, key: &str, old: &str, new: &str) -> String {
        let text = self
            .param_conflict
            .replace("{run}", run)
            .replace("{key}", key)
            .replace("{old}", old)
            .replace("{new}", new);
        format!("error: {text}")
    }

    /// The page token for the next page at `offset`.
    pub fn page_token(&self, offset: usize) -> String {
        use base64::Engine as _;
        let json = if self.compact_page_tokens {
            format!("{{\"offset\":{offset}}}")
        } else {
            format!("{{\"offset\": {offset}}}")
        };
        base64::engine::general_purpose::STANDARD.encode(json)
    }
}
