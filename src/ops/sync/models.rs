//! The logged models of one experiment brought up to date at the destination, after its runs
//! exist there and before their data is written: created when missing (with their ids where
//! the destination keeps ids, else tagged [`MODEL_SOURCE_TAG`]), with their name, type, source
//! run (as its copy), params, tags, artifacts and status. Their metric points are written
//! with each run's data ([`Models::missing_points`]): a point of a model is a point of the run
//! it was logged in, so it is copied into the run first and then recorded for the model.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use super::{Event, Syncer};
use crate::model::{LoggedModel, Metric, ModelStatus, Run};
use crate::store::models::{CreateModel, ModelQuery};
use crate::store::{Result, StoreError};

/// The tag naming, on a model's copy, the id of the model it was copied from.
pub const MODEL_SOURCE_TAG: &str = "mlf.sync.source_model_id";

/// Logged models asked for at once.
const PAGE: usize = 100;

/// The models of one experiment as the sync found them.
#[derive(Default)]
pub(super) struct Models {
    /// Source model id → its copy's id, its points by source run, and the (run, key, step,
    /// timestamp) its copy holds (a point is one row per these in MLflow's SQL stores).
    by_source: HashMap<String, ModelPoints>,
}

struct ModelPoints {
    copy_id: String,
    ours: HashMap<String, Vec<Metric>>,
    theirs: HashSet<(String, String, i64, i64)>,
}

impl Models {
    /// Returns whether the experiment has no logged models to copy.
    pub(super) fn is_empty(&self) -> bool {
        self.by_source.is_empty()
    }

    /// The points of models logged in source run `src_run` that the copies lack, as they are
    /// to be written: by the copy's id, each naming the run's copy `dst_run`.
    pub(super) fn missing_points(
        &self,
        src_run: &str,
        dst_run: &str,
    ) -> Vec<(String, Vec<Metric>)> {
        let mut out = Vec::new();
        for plan in self.by_source.values() {
            let Some(ours) = plan.ours.get(src_run) else {
                continue;
            };
            let mut seen = HashSet::new();
            let missing: Vec<Metric> = ours
                .iter()
                .filter(|p| {
                    let at = (dst_run.to_string(), p.key.clone(), p.step, p.timestamp);
                    !plan.theirs.contains(&at) && seen.insert(at)
                })
                .map(|p| Metric {
                    run_id: Some(dst_run.to_string()),
                    model_id: Some(plan.copy_id.clone()),
                    ..p.clone()
                })
                .collect();
            if !missing.is_empty() {
                out.push((plan.copy_id.clone(), missing));
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

impl Syncer<'_> {
    /// Brings the copies of the logged models of source experiment `exp` in destination
    /// experiment `target` up to date (all but their points); `runs` are the runs synced, and
    /// when `selective`, only their models are.
    pub(super) fn models(
        &self,
        exp: &str,
        target: Option<&str>,
        runs: &[Run],
        selective: bool,
    ) -> Result<Models> {
        let mut ours = match all_models(self.src, exp) {
            Ok(m) => m,
            // A source without logged models has none to copy.
            Err(StoreError::Unsupported(_)) => return Ok(Models::default()),
            Err(e) => return Err(e),
        };
        if selective {
            let ids: HashSet<&str> = runs.iter().map(|r| r.info.run_id.as_str()).collect();
            ours.retain(|m| {
                m.info
                    .source_run_id
                    .as_deref()
                    .is_some_and(|r| ids.contains(r))
            });
        }
        if ours.is_empty() {
            return Ok(Models::default());
        }
        let theirs = match target {
            Some(t) => match all_models(self.dst, t) {
                Ok(m) => m,
                Err(StoreError::Unsupported(why)) => {
                    self.warn_once(&format!(
                        "logged models are not copied to this destination: {why}"
                    ));
                    return Ok(Models::default());
                }
                Err(e) => return Err(e),
            },
            None => Vec::new(),
        };
        let by_id: HashMap<&str, &LoggedModel> = theirs
            .iter()
            .map(|m| (m.info.model_id.as_str(), m))
            .collect();
        let by_tag: HashMap<&str, &LoggedModel> = theirs
            .iter()
            .filter_map(|m| model_tag(m, MODEL_SOURCE_TAG).map(|s| (s, m)))
            .collect();
        let plans = Mutex::new(Models::default());
        crate::ops::transfer::parallel_n(&ours, self.opts.jobs.max(1), |m| {
            let id = m.info.model_id.as_str();
            let copy = by_id
                .get(id)
                .or_else(|| by_tag.get(id))
                .or_else(|| model_tag(m, MODEL_SOURCE_TAG).and_then(|o| by_id.get(o)))
                .map(|c| (*c).clone());
            if let Some(plan) = self.model(target, m, copy)? {
                if let Ok(mut p) = plans.lock() {
                    p.by_source.insert(id.to_string(), plan);
                }
            }
            Ok(())
        })?;
        Ok(plans.into_inner().unwrap_or_default())
    }

    /// Brings one model's copy up to date (creating it when `copy` is `None`); `None` when
    /// it cannot be copied.
    fn model(
        &self,
        target: Option<&str>,
        src: &LoggedModel,
        copy: Option<LoggedModel>,
    ) -> Result<Option<ModelPoints>> {
        let dry = self.opts.dry_run;
        let points = self.src.logged_model_points(&src.info.model_id)?;
        let mut ours: HashMap<String, Vec<Metric>> = HashMap::new();
        for p in points {
            if let Some(run) = p.run_id.clone() {
                ours.entry(run).or_default().push(p);
            }
        }
        let (copy, created) = match (copy, target) {
            (Some(c), _) => (c, false),
            (None, Some(target)) if !dry => match self.create_model(target, src) {
                Ok(c) => (c, true),
                Err(StoreError::AlreadyExists { .. }) => {
                    self.warn_once(&format!(
                        "skipping logged model `{}`: its id is taken at the destination by a \
                         deleted model",
                        src.info.model_id
                    ));
                    return Ok(None);
                }
                Err(e) => return Err(e),
            },
            // A dry run: what a new copy would take.
            (None, _) => {
                if self.opts.artifacts {
                    let repo = self.src.artifact_repo(&src.info.artifact_uri)?;
                    self.count_files(&super::artifacts::plan(repo.as_ref(), None)?);
                }
                return Ok(Some(ModelPoints {
                    copy_id: src.info.model_id.clone(),
                    ours,
                    theirs: HashSet::new(),
                }));
            }
        };
        let copy_id = copy.info.model_id.clone();
        self.map_model(&src.info.model_id, &copy_id);
        if !created {
            self.model_params_and_tags(src, &copy)?;
        }
        if self.opts.artifacts {
            self.sync_artifacts(&src.info.artifact_uri, &copy.info.artifact_uri, created)?;
        }
        // A status is final once set: PENDING is where every copy starts.
        let status = src.info.status;
        let settled = matches!(status, ModelStatus::Ready | ModelStatus::Failed);
        if settled && status != copy.info.status && !dry {
            self.dst.finalize_logged_model(&copy_id, status)?;
        }
        let theirs = if created {
            HashSet::new()
        } else {
            self.dst
                .logged_model_points(&copy_id)?
                .into_iter()
                .filter_map(|p| Some((p.run_id?, p.key, p.step, p.timestamp)))
                .collect()
        };
        Ok(Some(ModelPoints {
            copy_id,
            ours,
            theirs,
        }))
    }

    /// Creates the copy of a model in destination experiment `target`, with its params and
    /// tags, naming its source run's copy.
    fn create_model(&self, target: &str, src: &LoggedModel) -> Result<LoggedModel> {
        let i = &src.info;
        let mut tags: Vec<_> = i
            .tags
            .iter()
            .filter(|t| t.key != MODEL_SOURCE_TAG || self.keeps_ids)
            .cloned()
            .collect();
        if !self.keeps_ids {
            tags.push(crate::model::Tag::new(MODEL_SOURCE_TAG, i.model_id.clone()));
        }
        // A source run that was not copied is named only where ids are kept.
        let source_run_id = i.source_run_id.as_deref().and_then(|r| {
            self.known(r)
                .or_else(|| self.keeps_ids.then(|| r.to_string()))
        });
        self.dst.create_logged_model(&CreateModel {
            experiment_id: target.to_string(),
            name: Some(i.name.clone()),
            model_type: i.model_type.clone(),
            source_run_id,
            params: src.data.params.clone(),
            tags,
            model_id: self.keeps_ids.then(|| i.model_id.clone()),
        })
    }

    /// Writes the params and tags a model's copy lacks.
    fn model_params_and_tags(&self, src: &LoggedModel, copy: &LoggedModel) -> Result<()> {
        let id = &copy.info.model_id;
        let mut params = Vec::new();
        for p in &src.data.params {
            match copy.data.params.iter().find(|c| c.key == p.key) {
                None => params.push(p.clone()),
                Some(c) if c.value != p.value => (self.events)(Event::Warning(&format!(
                    "logged model `{id}`: param `{}` is `{}` at the destination, `{}` at the \
                     source; params cannot change, it is left as it is",
                    p.key, c.value, p.value
                ))),
                Some(_) => {}
            }
        }
        let tags: Vec<_> = src
            .info
            .tags
            .iter()
            .filter(|t| t.key != MODEL_SOURCE_TAG || self.keeps_ids)
            .filter(|t| !copy.info.tags.contains(t))
            .cloned()
            .collect();
        if self.opts.dry_run {
            return Ok(());
        }
        if !params.is_empty() {
            self.dst.log_logged_model_params(id, &params)?;
        }
        if !tags.is_empty() {
            self.dst.set_logged_model_tags(id, &tags)?;
        }
        Ok(())
    }
}

fn model_tag<'m>(m: &'m LoggedModel, key: &str) -> Option<&'m str> {
    m.info
        .tags
        .iter()
        .find(|t| t.key == key)
        .map(|t| t.value.as_str())
}

/// Every (not deleted) logged model of an experiment.
fn all_models(store: &dyn crate::store::Store, experiment_id: &str) -> Result<Vec<LoggedModel>> {
    let (models, _) = crate::store::collect_pages(usize::MAX, None, |n, token| {
        store.search_logged_models(&ModelQuery {
            experiment_ids: vec![experiment_id.to_string()],
            max_results: n.min(PAGE),
            page_token: token,
            ..Default::default()
        })
    })?;
    Ok(models)
}
