//! One run brought up to date at the destination: created when missing (with its id, through
//! the destination's importer, where the destination can keep ids), then whatever it lacks,
//! in the order the resume invariant of [`super::points`] needs: params and tags, metric
//! points, the points of its logged models, dataset inputs, model links, artifacts, and last
//! status, end time and lifecycle stage.

use std::collections::HashMap;

use super::models::Models;
use super::points::{missing, same_point};
use super::{Event, Syncer, PARENT_TAG, SOURCE_TAG};
use crate::model::{
    DatasetInput, Experiment, Metric, ModelInput, ModelOutput, Param, Run, Tag, DELETED,
};
use crate::store::copy::{RunCopy, RunImported};
use crate::store::{
    CreateRun, Result, StoreError, UpdateRun, MAX_BATCH_METRICS, MAX_BATCH_PARAMS, MAX_BATCH_TAGS,
};

/// What syncing one run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

impl Syncer<'_> {
    /// Brings the copy of `src` (a run of the source listing) in experiment `exp` of the
    /// destination up to date; `dst` is its copy there, when there was one, and `new` the
    /// copy this sync created, empty, for the models to name.
    pub(super) fn run(
        &self,
        exp: &Experiment,
        src: &Run,
        dst: Option<Run>,
        new: Option<Run>,
        models: &Models,
    ) -> Result<Outcome> {
        if let Some(dst) = dst {
            let changed = self.update(src, None, dst, false, models)?;
            return Ok(if changed {
                Outcome::Updated
            } else {
                Outcome::Unchanged
            });
        }
        let mut copy = self.src.export_run(&src.info.run_id)?;
        copy.tags = self.tags_for(src, &copy.tags);
        if self.opts.dry_run {
            self.count(|c| c.metric_points += copy.metrics.len() as u64);
            if self.opts.artifacts {
                let repo = self.src.artifact_repo(&src.info.artifact_uri)?;
                let files = super::artifacts::plan(repo.as_ref(), None)?;
                self.count_files(&files);
            }
            return Ok(Outcome::Created);
        }
        if self.keeps_ids {
            let (dst, imported) = self.import(exp, &copy)?;
            // Imported whole but for its artifacts and models; or there already (in another
            // experiment).
            let changed = self.update(src, None, dst, false, models)?;
            return Ok(match (imported, changed) {
                (true, _) => Outcome::Created,
                (false, true) => Outcome::Updated,
                (false, false) => Outcome::Unchanged,
            });
        }
        let dst = match new {
            Some(run) => run,
            None => self.create_copy(exp, src)?,
        };
        self.update(src, Some(&copy), dst, true, models)?;
        Ok(Outcome::Created)
    }

    /// Creates the copy of `src` in experiment `exp` of a destination that chooses run ids:
    /// its name, start time, user and tags (naming the source run), nothing else yet.
    pub(super) fn create_copy(&self, exp: &Experiment, src: &Run) -> Result<Run> {
        let run = self.dst.create_run(&CreateRun {
            experiment_id: exp.experiment_id.clone(),
            run_name: Some(src.info.run_name.clone()),
            start_time: src.info.start_time.unwrap_or_else(crate::store::now_ms),
            tags: self.tags_for(src, &src.data.tags),
            user_id: Some(src.info.user_id.clone()),
        })?;
        self.map(&src.info.run_id, &run.info.run_id);
        Ok(run)
    }

    /// Imports a whole run with its id in one unit of work; returns it as the destination
    /// now holds it, and `false` when the destination had a run of that id already.
    fn import(&self, exp: &Experiment, copy: &RunCopy) -> Result<(Run, bool)> {
        let mut c = copy.clone();
        let id = c.info.run_id.clone();
        c.info.experiment_id = exp.experiment_id.clone();
        c.info.artifact_uri = format!(
            "{}/{id}/artifacts",
            exp.artifact_location.trim_end_matches('/')
        );
        let mut importer = self.dst.importer()?;
        match importer.run(&c)? {
            RunImported::Existing => {
                drop(importer);
                self.map(&id, &id);
                Ok((self.dst.get_run(&id)?, false))
            }
            RunImported::Created { .. } => {
                importer.commit()?;
                self.map(&id, &id);
                self.count(|n| n.metric_points += c.metrics.len() as u64);
                Ok((self.dst.get_run(&id)?, true))
            }
        }
    }

    /// The tags `src` should have at the destination: `mlflow.parentRunId` pointing at the
    /// parent's copy, and, where ids change, the source run's id in `mlf.sync.source_run_id`.
    fn tags_for(&self, src: &Run, tags: &[Tag]) -> Vec<Tag> {
        let mut out: Vec<Tag> = tags
            .iter()
            .filter(|t| t.key != SOURCE_TAG || self.keeps_ids)
            .map(|t| match t.key.as_str() {
                PARENT_TAG => Tag::new(PARENT_TAG, self.mapped(&t.value)),
                _ => t.clone(),
            })
            .collect();
        if !self.keeps_ids {
            out.push(Tag::new(SOURCE_TAG, src.info.run_id.clone()));
        }
        out
    }

    /// Writes what `dst` lacks of `src`; returns whether anything was (or, dry, would be)
    /// written. `copy` is the whole source run when it was read already.
    fn update(
        &self,
        src: &Run,
        copy: Option<&RunCopy>,
        dst: Run,
        created: bool,
        models: &Models,
    ) -> Result<bool> {
        let dry = self.opts.dry_run;
        let dst_id = dst.info.run_id.clone();
        let mut changed = false;

        // Params and tags.
        let have: HashMap<&str, &str> = dst
            .data
            .params
            .iter()
            .map(|p| (p.key.as_str(), p.value.as_str()))
            .collect();
        let mut params: Vec<Param> = Vec::new();
        for p in &src.data.params {
            match have.get(p.key.as_str()) {
                None => params.push(p.clone()),
                Some(v) if *v != p.value => (self.events)(Event::Warning(&format!(
                    "run `{}`: param `{}` is `{}` at the destination, `{}` at the source; \
                     params cannot change, it is left as it is",
                    dst_id, p.key, v, p.value
                ))),
                Some(_) => {}
            }
        }
        let have: HashMap<&str, &str> = dst
            .data
            .tags
            .iter()
            .map(|t| (t.key.as_str(), t.value.as_str()))
            .collect();
        let tags: Vec<Tag> = self
            .tags_for(src, &src.data.tags)
            .into_iter()
            .filter(|t| have.get(t.key.as_str()) != Some(&t.value.as_str()))
            .collect();
        if !params.is_empty() || !tags.is_empty() {
            changed = true;
            if !dry {
                for chunk in params.chunks(MAX_BATCH_PARAMS) {
                    self.dst.log_batch(&dst_id, &[], chunk, &[])?;
                }
                for chunk in tags.chunks(MAX_BATCH_TAGS) {
                    self.dst.log_batch(&dst_id, &[], &[], chunk)?;
                }
            }
        }

        // Metric points (see `points` for which keys are read and why a rerun is exact).
        let moved =
            created || src.info.status != dst.info.status || src.info.end_time != dst.info.end_time;
        let latest: HashMap<&str, &Metric> = dst
            .data
            .metrics
            .iter()
            .map(|m| (m.key.as_str(), m))
            .collect();
        let mut points = Vec::new();
        for m in &src.data.metrics {
            let theirs = latest.get(m.key.as_str());
            if !moved && theirs.is_some_and(|d| same_point(d, m)) {
                continue;
            }
            let ours = match copy {
                Some(c) => c
                    .metrics
                    .iter()
                    .filter(|p| p.key == m.key)
                    .cloned()
                    .collect(),
                None => self.src.metric_history(&src.info.run_id, &m.key)?,
            };
            let theirs = match theirs {
                Some(_) => self.dst.metric_history(&dst_id, &m.key)?,
                None => Vec::new(),
            };
            points.extend(missing(&ours, &theirs, Some(m)).into_iter().map(|mut p| {
                p.run_id = None;
                p
            }));
        }
        if !points.is_empty() {
            changed = true;
            let n = points.len() as u64;
            if !dry {
                let mut batches = points
                    .chunks(MAX_BATCH_METRICS)
                    .map(|c| Ok(c.to_vec()))
                    .collect::<Vec<_>>()
                    .into_iter();
                self.dst
                    .log_metric_stream(&dst_id, &mut batches)
                    .map_err(|e| e.error)?;
            }
            self.count(|c| c.metric_points += n);
        }

        // The points of logged models logged in this run, now that the run holds them.
        for (model, points) in models.missing_points(&src.info.run_id, &dst_id) {
            changed = true;
            if !dry {
                self.dst.log_logged_model_points(&model, &points)?;
            }
        }

        // Dataset inputs.
        let inputs = copy.map_or(&src.inputs.dataset_inputs, |c| &c.inputs);
        let new_inputs: Vec<DatasetInput> = inputs
            .iter()
            .filter(|i| !dst.inputs.dataset_inputs.iter().any(|d| same_input(d, i)))
            .cloned()
            .collect();
        if !new_inputs.is_empty() {
            if dry {
                changed = true;
            } else {
                match self.dst.log_run_inputs(&dst_id, &new_inputs, &[]) {
                    Ok(()) => changed = true,
                    Err(StoreError::Unsupported(why)) => self.warn_once(&format!(
                        "dataset inputs are not copied to this destination: {why}"
                    )),
                    Err(e) => return Err(e),
                }
            }
        }

        // The logged models the run used and produced (which run searches leave out).
        let (model_inputs, model_outputs) = if models.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let ours = self.src.get_run(&src.info.run_id)?;
            let theirs = match created {
                true => None,
                false => Some(self.dst.get_run(&dst_id)?),
            };
            let inputs: Vec<ModelInput> = ours
                .inputs
                .model_inputs
                .iter()
                .filter_map(|m| self.known_model(&m.model_id))
                .filter(|id| {
                    theirs
                        .as_ref()
                        .is_none_or(|t| !t.inputs.model_inputs.iter().any(|d| d.model_id == *id))
                })
                .map(|model_id| ModelInput { model_id })
                .collect();
            let outputs: Vec<ModelOutput> = ours
                .outputs
                .model_outputs
                .iter()
                .filter_map(|m| {
                    self.known_model(&m.model_id).map(|model_id| ModelOutput {
                        model_id,
                        step: m.step,
                    })
                })
                .filter(|o| {
                    theirs
                        .as_ref()
                        .is_none_or(|t| !t.outputs.model_outputs.contains(o))
                })
                .collect();
            (inputs, outputs)
        };
        if !model_inputs.is_empty() || !model_outputs.is_empty() {
            changed = true;
            if !dry {
                if !model_inputs.is_empty() {
                    self.dst.log_run_inputs(&dst_id, &[], &model_inputs)?;
                }
                if !model_outputs.is_empty() {
                    self.dst.log_run_outputs(&dst_id, &model_outputs)?;
                }
            }
        }

        // Artifacts (a run this sync created holds none yet: its side is not listed).
        if self.opts.artifacts
            && self.sync_artifacts(&src.info.artifact_uri, &dst.info.artifact_uri, created)?
        {
            changed = true;
        }

        // Last: status, end time, name, lifecycle stage.
        let update = UpdateRun {
            status: (src.info.status != dst.info.status).then_some(src.info.status),
            end_time: src.info.end_time.filter(|e| Some(*e) != dst.info.end_time),
            run_name: (src.info.run_name != dst.info.run_name && !src.info.run_name.is_empty())
                .then(|| src.info.run_name.clone()),
        };
        if update.status.is_some() || update.end_time.is_some() || update.run_name.is_some() {
            changed = true;
            if !dry {
                // Every field given (the unchanged ones as the destination has them): a
                // server store need not read the run first to fill them in.
                let name = update.run_name.unwrap_or_else(|| dst.info.run_name.clone());
                let full = UpdateRun {
                    status: Some(update.status.unwrap_or(dst.info.status)),
                    end_time: update.end_time.or(dst.info.end_time),
                    run_name: (!name.is_empty()).then_some(name),
                };
                self.dst.update_run(&dst_id, &full)?;
            }
        }
        if src.info.lifecycle_stage != dst.info.lifecycle_stage {
            changed = true;
            if !dry {
                if src.info.lifecycle_stage == DELETED {
                    self.dst.delete_run(&dst_id)?;
                } else {
                    self.dst.restore_run(&dst_id)?;
                }
            }
        }
        Ok(changed)
    }
}

/// Returns whether two dataset inputs are the same dataset used in the same context.
fn same_input(a: &DatasetInput, b: &DatasetInput) -> bool {
    let context = |i: &DatasetInput| {
        i.tags
            .iter()
            .find(|t| t.key == "mlflow.data.context")
            .map(|t| t.value.clone())
    };
    a.dataset.name == b.dataset.name
        && a.dataset.digest == b.dataset.digest
        && context(a) == context(b)
}
