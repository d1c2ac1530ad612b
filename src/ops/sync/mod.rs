//! `mlf sync`: experiments and runs copied from any store into any other through the
//! [`Store`] trait only, idempotently and incrementally.
//!
//! - Experiments are matched by name at the destination and created there when missing.
//! - A run's copy is recognised by its id (destinations that keep ids: their
//!   [`Store::importer`] works, and new runs are imported whole in one unit of work), else by
//!   the tag [`SOURCE_TAG`] holding the source run's id (set when the copy is created, in the
//!   same request), or, after a round trip, by the source run's own [`SOURCE_TAG`].
//! - What a copy lacks is found from the two listings (params, tags, latest metric points,
//!   status, times, lifecycle stage) and a recursive artifact listing of both sides; metric
//!   histories are read only for keys that may differ ([`points`] explains which, and why an
//!   interrupted sync resumes exactly).
//! - Parents are copied before their children, so `mlflow.parentRunId` can name the parent's
//!   copy.
//!
//! - Logged models ([`models`]) are brought up to date once their runs exist at the
//!   destination (a destination that does not keep ids gets the new runs first, empty), and
//!   before the runs' data, which carries the models' points and the runs' model links.

mod artifacts;
mod models;
pub mod points;
mod run;

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use serde::Serialize;

use crate::model::{Experiment, Run, ViewType, ACTIVE};
use crate::store::artifacts::FileInfo;
use crate::store::{collect_pages, ExperimentQuery, Result, RunQuery, Store, StoreError};
use run::Outcome;

/// The tag naming, on a copy, the id of the run it was copied from.
pub const SOURCE_TAG: &str = "mlf.sync.source_run_id";
/// The tag naming a run's parent.
pub const PARENT_TAG: &str = "mlflow.parentRunId";

/// What to copy, and how.
#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    pub experiment_ids: Vec<String>,
    pub experiment_names: Vec<String>,
    pub filter: Option<String>,
    pub run_ids: Vec<String>,
    pub view: ViewType,
    pub artifacts: bool,
    pub dry_run: bool,
    /// Runs copied at once.
    pub jobs: usize,
}

/// What a sync copied (or, dry, would copy).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncCounts {
    pub experiments_created: u64,
    pub runs_created: u64,
    pub runs_updated: u64,
    pub runs_unchanged: u64,
    pub metric_points: u64,
    pub artifact_files: u64,
    pub artifact_bytes: u64,
}

/// What a sync tells as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// This many more runs are to be synced.
    Runs(u64),
    /// One run is done.
    RunDone,
    /// One artifact file of this many bytes was copied.
    Bytes(u64),
    /// Something was left out or cannot be copied.
    Warning(&'a str),
}

/// A sync under way.
pub(crate) struct Syncer<'a> {
    src: &'a dyn Store,
    dst: &'a dyn Store,
    opts: &'a SyncOptions,
    /// The destination creates runs with the source's ids.
    keeps_ids: bool,
    events: &'a (dyn Fn(Event<'_>) + Sync),
    /// Source run id → destination run id.
    ids: Mutex<HashMap<String, String>>,
    /// Source logged-model id → destination logged-model id.
    model_ids: Mutex<HashMap<String, String>>,
    counts: Mutex<SyncCounts>,
    warned: Mutex<HashSet<String>>,
}

/// Copies what `opts` selects from `src` into `dst` and returns what was copied.
pub fn sync(
    src: &dyn Store,
    dst: &dyn Store,
    opts: &SyncOptions,
    events: &(dyn Fn(Event<'_>) + Sync),
) -> Result<SyncCounts> {
    let keeps_ids = dst.importer().is_ok();
    let s = Syncer {
        src,
        dst,
        opts,
        keeps_ids,
        events,
        ids: Mutex::new(HashMap::new()),
        model_ids: Mutex::new(HashMap::new()),
        counts: Mutex::new(SyncCounts::default()),
        warned: Mutex::new(HashSet::new()),
    };
    for exp in source_experiments(src, opts)? {
        s.experiment(&exp)?;
    }
    let counts = s.counts.lock().map(|c| c.clone()).unwrap_or_default();
    Ok(counts)
}

impl Syncer<'_> {
    /// Syncs the selected runs of one source experiment.
    fn experiment(&self, exp: &Experiment) -> Result<()> {
        // The source is read before anything is written: a bad filter changes nothing.
        let mut runs = all_runs(
            self.src,
            &exp.experiment_id,
            self.opts.view,
            self.opts.filter.clone(),
        )?;
        if !self.opts.run_ids.is_empty() {
            runs.retain(|r| self.opts.run_ids.contains(&r.info.run_id));
        }
        let selective = self.opts.filter.is_some() || !self.opts.run_ids.is_empty();
        if runs.is_empty() && selective {
            return Ok(());
        }
        // Experiments are copied even without runs, unless runs were picked.
        let Some(target) = self.target_experiment(exp)? else {
            return Ok(());
        };
        if runs.is_empty() {
            // Its logged models still go (none of them can name a run of the copy).
            if let Target::Existing(t) = &target {
                self.models(&exp.experiment_id, Some(&t.experiment_id), &runs, false)?;
            }
            return Ok(());
        }
        (self.events)(Event::Runs(runs.len() as u64));
        let theirs = match &target {
            Target::Existing(t) => all_runs(self.dst, &t.experiment_id, ViewType::All, None)?,
            Target::Planned(_) => Vec::new(),
        };
        let by_id: HashMap<&str, &Run> =
            theirs.iter().map(|r| (r.info.run_id.as_str(), r)).collect();
        let by_source: HashMap<&str, &Run> = theirs
            .iter()
            .filter_map(|r| r.tag(SOURCE_TAG).map(|s| (s, r)))
            .collect();
        let find = |r: &Run| -> Option<Run> {
            let id = r.info.run_id.as_str();
            by_id
                .get(id)
                .or_else(|| by_source.get(id))
                .or_else(|| r.tag(SOURCE_TAG).and_then(|o| by_id.get(o)))
                .map(|r| (*r).clone())
        };
        for r in &runs {
            if let Some(d) = find(r) {
                self.map(&r.info.run_id, &d.info.run_id);
            }
        }
        let (target, existing) = match target {
            Target::Existing(t) => (t, true),
            Target::Planned(t) => (t, false),
        };
        let waves = parents_first(&runs);
        // Where ids change, the new runs first, empty: their models name them.
        let created = Mutex::new(HashMap::new());
        if !self.keeps_ids && !self.opts.dry_run {
            for wave in &waves {
                crate::ops::transfer::parallel_n(wave, self.opts.jobs.max(1), |r| {
                    if find(r).is_none() {
                        let run = self.create_copy(&target, r)?;
                        if let Ok(mut c) = created.lock() {
                            c.insert(r.info.run_id.clone(), run);
                        }
                    }
                    Ok(())
                })?;
            }
        }
        let created = created.into_inner().unwrap_or_default();
        let models = self.models(
            &exp.experiment_id,
            existing.then_some(target.experiment_id.as_str()),
            &runs,
            selective,
        )?;
        for wave in waves {
            crate::ops::transfer::parallel_n(&wave, self.opts.jobs.max(1), |r| {
                let new = created.get(&r.info.run_id).cloned();
                let outcome = self.run(&target, r, find(r), new, &models)?;
                self.count(|c| match outcome {
                    Outcome::Created => c.runs_created += 1,
                    Outcome::Updated => c.runs_updated += 1,
                    Outcome::Unchanged => c.runs_unchanged += 1,
                });
                (self.events)(Event::RunDone);
                Ok(())
            })?;
        }
        Ok(())
    }

    /// Finds (by name) or creates the destination's experiment, with the source's tags;
    /// `None` when it cannot take runs.
    fn target_experiment(&self, exp: &Experiment) -> Result<Option<Target>> {
        match self.dst.get_experiment_by_name(&exp.name) {
            Ok(t) if t.lifecycle_stage != ACTIVE => {
                (self.events)(Event::Warning(&format!(
                    "skipping experiment `{}`: it is deleted at the destination (id {}); \
                     restore it there to sync into it",
                    exp.name, t.experiment_id
                )));
                Ok(None)
            }
            Ok(t) => {
                let tags: Vec<_> = exp
                    .tags
                    .iter()
                    .filter(|tag| !t.tags.contains(tag))
                    .cloned()
                    .collect();
                if !tags.is_empty() && !self.opts.dry_run {
                    self.dst.set_experiment_tags(&t.experiment_id, &tags)?;
                }
                Ok(Some(Target::Existing(t)))
            }
            Err(StoreError::NotFound { .. }) => {
                self.count(|c| c.experiments_created += 1);
                if self.opts.dry_run {
                    return Ok(Some(Target::Planned(exp.clone())));
                }
                let id = self.dst.create_experiment(&exp.name, None, &exp.tags)?;
                Ok(Some(Target::Existing(self.dst.get_experiment(&id)?)))
            }
            Err(e) => Err(e),
        }
    }

    fn map(&self, src: &str, dst: &str) {
        if let Ok(mut ids) = self.ids.lock() {
            ids.insert(src.to_string(), dst.to_string());
        }
    }

    /// The destination's id of a source run, or the same id when it is not known.
    fn mapped(&self, src: &str) -> String {
        self.known(src).unwrap_or_else(|| src.to_string())
    }

    /// The destination's id of a source run, when it has a copy there.
    fn known(&self, src: &str) -> Option<String> {
        self.ids.lock().ok().and_then(|ids| ids.get(src).cloned())
    }

    fn map_model(&self, src: &str, dst: &str) {
        if let Ok(mut ids) = self.model_ids.lock() {
            ids.insert(src.to_string(), dst.to_string());
        }
    }

    /// The destination's id of a source logged model, when it has a copy there.
    fn known_model(&self, src: &str) -> Option<String> {
        self.model_ids
            .lock()
            .ok()
            .and_then(|ids| ids.get(src).cloned())
    }

    fn count(&self, f: impl FnOnce(&mut SyncCounts)) {
        if let Ok(mut c) = self.counts.lock() {
            f(&mut c);
        }
    }

    fn count_files(&self, files: &[FileInfo]) {
        self.count(|c| {
            c.artifact_files += files.len() as u64;
            c.artifact_bytes += files.iter().filter_map(|f| f.file_size).sum::<u64>();
        });
    }

    fn warn_once(&self, msg: &str) {
        let first = self
            .warned
            .lock()
            .map(|mut w| w.insert(msg.to_string()))
            .unwrap_or(false);
        if first {
            (self.events)(Event::Warning(msg));
        }
    }
}

/// The destination's experiment: there, or (dry run) to be created.
enum Target {
    Existing(Experiment),
    Planned(Experiment),
}

/// The source experiments `opts` selects: those named (by id or name), else those of the
/// runs named, else every experiment (deleted ones too unless the view is `active`).
fn source_experiments(src: &dyn Store, opts: &SyncOptions) -> Result<Vec<Experiment>> {
    let mut out: Vec<Experiment> = Vec::new();
    for id in &opts.experiment_ids {
        out.push(src.get_experiment(id)?);
    }
    for name in &opts.experiment_names {
        out.push(src.get_experiment_by_name(name)?);
    }
    if out.is_empty() && !opts.run_ids.is_empty() {
        for id in &opts.run_ids {
            let run = src.get_run(id)?;
            out.push(src.get_experiment(&run.info.experiment_id)?);
        }
    }
    if out.is_empty() {
        let view = match opts.view {
            ViewType::Active => ViewType::Active,
            _ => ViewType::All,
        };
        let (all, _) = collect_pages(usize::MAX, None, |n, token| {
            src.search_experiments(&ExperimentQuery {
                view,
                max_results: n,
                page_token: token,
                ..Default::default()
            })
        })?;
        out.extend(all);
    }
    let mut seen = HashSet::new();
    out.retain(|e| seen.insert(e.experiment_id.clone()));
    Ok(out)
}

/// Every run of an experiment in a view, with its params, tags and latest metrics.
fn all_runs(
    store: &dyn Store,
    experiment_id: &str,
    view: ViewType,
    filter: Option<String>,
) -> Result<Vec<Run>> {
    let (runs, _) = collect_pages(usize::MAX, None, |n, token| {
        store.search_runs(&RunQuery {
            experiment_ids: vec![experiment_id.to_string()],
            view,
            filter: filter.clone(),
            max_results: n,
            page_token: token,
            ..Default::default()
        })
    })?;
    Ok(runs)
}

/// Splits runs into waves: runs whose parent is not among them first, then their children,
/// and so on (a parent loop ends the chain).
fn parents_first(runs: &[Run]) -> Vec<Vec<Run>> {
    let parent: HashMap<&str, &str> = runs
        .iter()
        .filter_map(|r| r.tag(PARENT_TAG).map(|p| (r.info.run_id.as_str(), p)))
        .collect();
    let ids: HashSet<&str> = runs.iter().map(|r| r.info.run_id.as_str()).collect();
    let depth = |id: &str| {
        let mut d = 0;
        let mut at = id;
        while let Some(p) = parent.get(at) {
            if d > runs.len() {
                break;
            }
            if !ids.contains(p) {
                break;
            }
            d += 1;
            at = p;
        }
        d
    };
    let mut waves: Vec<Vec<Run>> = Vec::new();
    for r in runs {
        let d = depth(&r.info.run_id);
        if waves.len() <= d {
            waves.resize_with(d + 1, Vec::new);
        }
        waves[d].push(r.clone());
    }
    waves.retain(|w| !w.is_empty());
    waves
}
