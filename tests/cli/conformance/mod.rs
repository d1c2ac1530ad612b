//! The conformance suite: every store-agnostic scenario, written once, run against every store
//! (an SQLite file, a file store, a real `mlflow server`, a real FastTrackML server), as
//! ripgrep's `rgtest!` does for its tests.
//!
//! - A scenario is a function `fn(&Store)` in one of the modules below; `conformance!` makes
//!   one `#[test]` per (scenario, store): `conformance::runs_lifecycle::fasttrack`.
//! - Where a store answers differently from MLflow 3.18's own stores, the difference is a field
//!   of [`Quirks`] (`quirks.rs`), declared once per store; scenarios branch on those fields,
//!   never on the store's kind, and assert what the quirky store does instead, so that a quirk
//!   that goes away fails its test.
//! - A new store joins with one line in `conformance!` (plus its `StoreKind` and its quirks).
//! - On a shared server other tests' experiments and runs are visible: scenarios name what
//!   they create with `Store::name` and scope their searches to it.

mod artifacts;
mod charts;
mod experiments;
mod metrics;
mod outputs;
mod params;
mod python;
mod quirks;
mod runs;
mod tags;

use std::ops::Deref;

use serde_json::Value;

use crate::common::{unique, StoreKind, TestEnv};
pub use quirks::Quirks;

/// A run id no store has.
pub const MISSING_RUN: &str = "0123456789abcdef0123456789abcdef";

/// One store for one test: its environment and its quirks.
pub struct Store {
    pub kind: StoreKind,
    pub q: &'static Quirks,
    env: TestEnv,
}

impl Deref for Store {
    type Target = TestEnv;
    fn deref(&self) -> &TestEnv {
        &self.env
    }
}

impl Store {
    /// Returns a fresh environment on `kind`, or `None` when its server cannot be had (the
    /// test is then skipped, or fails under CI).
    fn new(kind: StoreKind) -> Option<Store> {
        Some(Store {
            kind,
            q: quirks::of(kind),
            env: kind.env()?,
        })
    }

    /// Returns a name no other test uses (stores may be shared).
    pub fn name(&self, prefix: &str) -> String {
        unique(prefix)
    }

    /// Runs `mlf ARGS -o json` and parses what it printed.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut args = args.to_vec();
        args.extend(["-o", "json"]);
        self.mlf(&args).json()
    }

    /// Creates an experiment and returns its id.
    #[track_caller]
    pub fn experiment(&self, name: &str) -> String {
        self.mlf(&["experiments", "create", "--experiment-name", name])
            .ok()
            .trim()
            .to_string()
    }

    /// Returns the id of the experiment named `name`.
    #[track_caller]
    pub fn experiment_id(&self, name: &str) -> String {
        self.json(&["experiments", "get", "--experiment-name", name])["experiment"]["experiment_id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Creates a run with these extra `runs create` arguments and returns its id.
    #[track_caller]
    pub fn run_with(&self, args: &[&str]) -> String {
        let mut full = vec!["runs", "create"];
        full.extend_from_slice(args);
        self.mlf(&full).ok().trim().to_string()
    }

    /// `runs get -o json`'s `run`.
    #[track_caller]
    pub fn get_run(&self, run: &str) -> Value {
        self.json(&["runs", "get", "--run-id", run])["run"].clone()
    }

    /// Runs `mlf` with `line` split at spaces (for arguments without spaces).
    #[track_caller]
    pub fn cmd(&self, line: &str) -> crate::common::Run {
        self.mlf(&line.split_whitespace().collect::<Vec<_>>())
    }

    /// Logs `KEY=` a value `len` characters long with `command` (`params log --run-id R`,
    /// `tags set --run-id R`) and returns whether a warning named the key.
    #[track_caller]
    pub fn log_long(&self, command: &[&str], key: &str, len: usize) -> bool {
        let arg = format!("{key}={}", "x".repeat(len));
        let r = self.mlf(&[command, &[arg.as_str()]].concat());
        r.ok();
        r.stderr.contains("warning:") && r.stderr.contains(&format!("`{key}`"))
    }

    /// What `mlf LINE` (split at spaces) printed, trimmed; asserts success.
    #[track_caller]
    pub fn out(&self, line: &str) -> String {
        self.cmd(line).ok().trim().to_string()
    }

    /// `field` (a JSON pointer) of each item of `list` that `COMMAND search ARGS` finds.
    #[track_caller]
    fn found(&self, command: &str, args: &[&str], list: &str, field: &str) -> Vec<String> {
        let full = [&[command, "search"][..], args].concat();
        self.json(&full)[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item.pointer(field).unwrap().as_str().unwrap().to_string())
            .collect()
    }

    /// The run names `runs search ARGS` finds, in its order.
    #[track_caller]
    pub fn run_names(&self, args: &[&str]) -> Vec<String> {
        self.found("runs", args, "runs", "/info/run_name")
    }

    /// The run ids `runs search ARGS` finds, in its order.
    #[track_caller]
    pub fn run_ids(&self, args: &[&str]) -> Vec<String> {
        self.found("runs", args, "runs", "/info/run_id")
    }

    /// The experiment names `experiments search ARGS` finds, in its order.
    #[track_caller]
    pub fn experiment_names(&self, args: &[&str]) -> Vec<String> {
        self.found("experiments", args, "experiments", "/name")
    }

    /// Where the store puts an experiment's artifacts by default.
    pub fn artifact_location(&self, experiment_id: &str) -> String {
        self.q.artifact_root.location(self, experiment_id)
    }

    /// `+Inf` as the store gives it back.
    pub fn inf(&self) -> Value {
        if self.q.clamps_infinity {
            serde_json::json!(f64::MAX)
        } else {
            serde_json::json!("Infinity")
        }
    }

    /// `-Inf` as the store gives it back.
    pub fn neg_inf(&self) -> Value {
        if self.q.clamps_infinity {
            serde_json::json!(-f64::MAX)
        } else {
            serde_json::json!("-Infinity")
        }
    }

    /// Of points logged by these requests, as `(value, timestamp, step)`, the one the store
    /// reports as the latest.
    pub fn latest(&self, requests: &[&[(f64, i64, i64)]]) -> (f64, i64, i64) {
        let greatest = |points: &mut dyn Iterator<Item = &(f64, i64, i64)>| {
            *points
                .max_by(|a, b| (a.2, a.1).cmp(&(b.2, b.1)).then(a.0.total_cmp(&b.0)))
                .unwrap()
        };
        if self.q.latest_of_last_request {
            greatest(&mut requests.last().unwrap().iter())
        } else {
            greatest(&mut requests.iter().flat_map(|r| r.iter()))
        }
    }

    /// A metric point as `runs get` and `metrics history` print it.
    pub fn metric(&self, run: &str, key: &str, (value, timestamp, step): (f64, i64, i64)) -> Value {
        let value = if value.is_nan() {
            serde_json::json!("NaN")
        } else {
            serde_json::json!(value)
        };
        self.metric_value(run, key, value, timestamp, step)
    }

    /// A metric point with a value as printed (`"NaN"`, ±Inf as the store keeps it).
    pub fn metric_value(
        &self,
        run: &str,
        key: &str,
        value: Value,
        timestamp: i64,
        step: i64,
    ) -> Value {
        let mut m =
            serde_json::json!({"key": key, "value": value, "timestamp": timestamp, "step": step});
        if self.q.metrics_carry_run_id {
            m["run_id"] = serde_json::json!(run);
        }
        m
    }

    /// Points logged in this order, in the order `metrics history` gives them back.
    pub fn history_order(&self, logged: &[(f64, i64, i64)]) -> Vec<(f64, i64, i64)> {
        let mut points = logged.to_vec();
        if self.q.history_sorted {
            points.sort_by(|a, b| (a.1, a.2).cmp(&(b.1, b.2)).then(a.0.total_cmp(&b.0)));
        }
        points
    }
}

/// Runs one scenario on one store.
fn run(kind: StoreKind, scenario: fn(&Store)) {
    let Some(store) = Store::new(kind) else {
        return;
    };
    scenario(&store);
}

/// One `#[test]` per (scenario, store), in a module named after the scenario. The stores:
/// one line each.
macro_rules! conformance {
    ($($module:ident :: $scenario:ident),* $(,)?) => {$(
        mod $scenario {
            use crate::common::StoreKind;
            #[test] fn sqlite() { super::run(StoreKind::Sqlite, super::$module::$scenario) }
            #[test] fn file() { super::run(StoreKind::File, super::$module::$scenario) }
            #[test] fn server() { super::run(StoreKind::Server, super::$module::$scenario) }
            #[test] fn fasttrack() { super::run(StoreKind::FastTrack, super::$module::$scenario) }
        }
    )*};
}

conformance! {
    experiments::experiments_lifecycle,
    experiments::experiments_names,
    experiments::experiments_search,
    runs::runs_create,
    runs::runs_lifecycle,
    runs::runs_search,
    runs::runs_unknown,
    metrics::metrics_log_and_history,
    metrics::metrics_bulk,
    metrics::metrics_bad_input,
    params::params_log_and_list,
    tags::tags_on_runs,
    tags::tags_on_experiments,
    artifacts::artifacts_round_trip,
    artifacts::artifacts_python_exchange,
    outputs::outputs_on_empty_runs,
    outputs::outputs_snapshots,
    python::python_reads_what_mlf_logged,
    charts::charts_compare_and_watch,
}
