//! Starting a run as MLflow's `start_run` does: the experiment found (or created, as
//! `mlflow.set_experiment` does), the system tags MLflow sets, the run created RUNNING.
//! Shared by `runs create` and every command that starts runs.

use std::path::Path;

use crate::model::{Experiment, Run, Tag, ACTIVE};
use crate::store::{now_ms, CreateRun, Kind, Result, Store, StoreError};

/// Which experiment a new run goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The default experiment `0`.
    Default,
    Id(String),
    /// By name; created when missing.
    Name(String),
}

/// What a new run is given.
#[derive(Debug, Clone, Default)]
pub struct NewRun {
    pub run_name: Option<String>,
    /// The user's tags; they win over system tags of the same key.
    pub tags: Vec<Tag>,
    pub parent_run_id: Option<String>,
    pub description: Option<String>,
    pub start_time: Option<i64>,
    /// The folder the run is started from (for the git tags).
    pub cwd: Option<std::path::PathBuf>,
    /// `mlflow.source.name`: what started the run (the command as typed).
    pub source_name: Option<String>,
}

/// What starting a run did.
pub struct Started {
    pub run: Run,
    pub experiment: Experiment,
    /// Whether the experiment was created for it.
    pub created_experiment: bool,
}

/// Finds the experiment, creating it when a name is given that does not exist.
pub fn experiment(store: &dyn Store, target: &Target) -> Result<(Experiment, bool)> {
    let (exp, created) = match target {
        Target::Default => (store.get_experiment("0")?, false),
        Target::Id(id) => (store.get_experiment(id)?, false),
        Target::Name(name) => match store.get_experiment_by_name(name) {
            Ok(e) => (e, false),
            Err(StoreError::NotFound { .. }) => match store.create_experiment(name, None, &[]) {
                Ok(id) => (store.get_experiment(&id)?, true),
                // Another process created it in the meantime: use theirs.
                Err(StoreError::AlreadyExists { .. }) => {
                    (store.get_experiment_by_name(name)?, false)
                }
                Err(e) => return Err(e),
            },
            Err(e) => return Err(e),
        },
    };
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Deleted {
            kind: Kind::Experiment,
            id: exp.experiment_id,
        });
    }
    Ok((exp, created))
}

/// The system tags MLflow's `start_run` sets where they apply: `mlflow.user`,
/// `mlflow.source.type` (`LOCAL`) and `mlflow.source.name`, `mlflow.parentRunId`,
/// `mlflow.note.content`, and inside a git work tree `mlflow.source.git.commit`,
/// `mlflow.source.git.branch` and `mlflow.source.git.repoURL`.
pub fn system_tags(new: &NewRun, cwd: Option<&Path>) -> Vec<Tag> {
    let mut tags = vec![
        Tag::new("mlflow.user", crate::env::user_name()),
        Tag::new("mlflow.source.type", "LOCAL"),
    ];
    if let Some(name) = &new.source_name {
        tags.push(Tag::new("mlflow.source.name", name.clone()));
    }
    if let Some(parent) = &new.parent_run_id {
        tags.push(Tag::new("mlflow.parentRunId", parent.clone()));
    }
    if let Some(text) = &new.description {
        tags.push(Tag::new("mlflow.note.content", text.clone()));
    }
    if let Some(dir) = cwd {
        if let Some(commit) = crate::git::head_commit(dir) {
            tags.push(Tag::new("mlflow.source.git.commit", commit));
            if let Some(branch) = crate::git::head_branch(dir) {
                tags.push(Tag::new("mlflow.source.git.branch", branch));
            }
            if let Some(url) = crate::git::remote_url(dir) {
                tags.push(Tag::new("mlflow.source.git.repoURL", url));
            }
        }
    }
    tags
}

/// Starts a run: finds or creates the experiment, checks the parent run, sets the system
/// tags (the user's tags win), and creates the run RUNNING.
pub fn start(store: &dyn Store, target: &Target, new: &NewRun) -> Result<Started> {
    let (experiment, created_experiment) = experiment(store, target)?;
    if let Some(parent) = &new.parent_run_id {
        store.get_run(parent)?;
    }
    let mut tags = system_tags(new, new.cwd.as_deref());
    tags.retain(|s| !new.tags.iter().any(|u| u.key == s.key));
    tags.extend(new.tags.iter().cloned());
    let run = store.create_run(&CreateRun {
        experiment_id: experiment.experiment_id.clone(),
        run_name: new.run_name.clone(),
        start_time: new.start_time.unwrap_or_else(now_ms),
        tags,
        user_id: None,
    })?;
    Ok(Started {
        run,
        experiment,
        created_experiment,
    })
}
