//! Copying between stores through the [`Store`](super::Store) trait: a source exports whole
//! runs, a target that can keep ids imports experiments and runs in one unit of work
//! (`mlf migrate`, and any other store-to-store copy).

use serde::Serialize;

use crate::model::{DatasetInput, Experiment, Metric, Param, RunInfo, Tag};

use super::Result;

/// A whole run as one store holds it: everything another store needs to hold the same run.
#[derive(Debug, Clone)]
pub struct RunCopy {
    pub info: RunInfo,
    /// When the run was deleted, where the store records it.
    pub deleted_time: Option<i64>,
    /// MLflow's source type (`LOCAL`, `PROJECT`, …), where the store records it.
    pub source_type: Option<String>,
    pub params: Vec<Param>,
    pub tags: Vec<Tag>,
    /// Every point of every metric.
    pub metrics: Vec<Metric>,
    pub inputs: Vec<DatasetInput>,
}

/// What importing an experiment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExperimentImported {
    /// It was created with its id.
    Created,
    /// The target has it already (same id and name).
    Existing,
    /// The target cannot hold it; the reason is for a warning.
    Skipped(String),
}

/// What importing a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunImported {
    /// It was created with its id; `datasets` new dataset records and `inputs` dataset inputs
    /// were written for it.
    Created { datasets: u64, inputs: u64 },
    /// The target has a run of that id already; it was left alone.
    Existing,
}

/// A target taking copies with their ids, as one unit: nothing is visible (SQLite: nothing is
/// committed) until [`Importer::commit`].
pub trait Importer {
    /// Copies an experiment (with its tags, times and lifecycle stage), keeping its id.
    fn experiment(&mut self, exp: &Experiment) -> Result<ExperimentImported>;
    /// Copies a run into its experiment (imported before), keeping its id.
    fn run(&mut self, run: &RunCopy) -> Result<RunImported>;
    /// Makes every import permanent.
    fn commit(self: Box<Self>) -> Result<()>;
}

/// What a listing of a tolerant store left out because it could not be read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    pub experiments: u64,
    pub runs: u64,
}

/// What a copy from one store into another copied and skipped.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ImportCounts {
    pub experiments: u64,
    pub experiment_tags: u64,
    pub runs: u64,
    pub params: u64,
    pub tags: u64,
    pub metrics: u64,
    pub datasets: u64,
    pub inputs: u64,
    /// Runs already in the target, or unreadable in the source.
    pub skipped_runs: u64,
    /// Experiments unreadable in the source, or that the target cannot hold.
    pub skipped_experiments: u64,
}
