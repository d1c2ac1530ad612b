//! Experiment folders of the file store: finding and listing them, creating, renaming,
//! tagging, and deleting or restoring an experiment (its folder moves to or from `.trash`,
//! its runs change stage with it).

use std::path::PathBuf;

use super::meta::{self, io_error, META};
use super::yaml::Out;
use super::{delete_values, new_folder, FileStore, TRASH};
use crate::model::{Experiment, Tag, ViewType, ACTIVE, DELETED};
use crate::store::{now_ms, validate, Kind, Result, StoreError};

impl FileStore {
    /// Lists experiment folders of a view as `(id, folder)`.
    pub(crate) fn experiment_dirs(&self, view: ViewType) -> Result<Vec<(String, PathBuf)>> {
        let mut out = Vec::new();
        for stage in view.stages() {
            let parent = if *stage == ACTIVE {
                self.root.clone()
            } else {
                self.root.join(TRASH)
            };
            let entries = match std::fs::read_dir(&parent) {
                Ok(e) => e,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(io_error(&parent, e)),
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                // `.trash`, the registry's `models`, and folders mlf is still filling in
                // (`.mlf-new-…`, renamed into place when complete).
                if name.starts_with('.') || (*stage == ACTIVE && name == "models") {
                    continue;
                }
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    out.push((name, entry.path()));
                }
            }
        }
        Ok(out)
    }

    /// Returns the folder of an experiment, active or deleted.
    pub(super) fn experiment_dir(&self, id: &str) -> Result<PathBuf> {
        validate::id("experiment", id, 64)?;
        for parent in [self.root.clone(), self.root.join(TRASH)] {
            let dir = parent.join(id);
            if dir.join(META).is_file() {
                return Ok(dir);
            }
        }
        Err(StoreError::not_found(
            Kind::Experiment,
            format!("experiment `{id}` does not exist"),
        ))
    }

    /// Reads every experiment of a view, warning about and skipping unreadable ones.
    pub(super) fn experiments(&self, view: ViewType) -> Result<Vec<Experiment>> {
        let mut out = Vec::new();
        for (id, dir) in self.experiment_dirs(view)? {
            match meta::experiment(&dir, &id) {
                Ok((exp, _)) => out.push(exp),
                Err(e) => self.skip(&dir, false, &e),
            }
        }
        Ok(out)
    }

    /// Returns the experiment with this name, if any (active or deleted).
    fn find_by_name(&self, name: &str) -> Result<Option<Experiment>> {
        Ok(self
            .experiments(ViewType::All)?
            .into_iter()
            .find(|e| e.name == name))
    }

    /// Sets the lifecycle stage of an experiment, moving its folder to or from `.trash`.
    pub(super) fn set_experiment_stage(&self, id: &str, delete: bool) -> Result<()> {
        let dir = self.experiment_dir(id)?;
        let (exp, mut doc) = meta::experiment(&dir, id)?;
        let to = crate::store::experiment_stage_change(&exp, delete)?;
        let from = if delete { ACTIVE } else { DELETED };
        if delete && id == "0" {
            return Err(StoreError::Invalid(
                "the default experiment `0` of a file store cannot be deleted (MLflow refuses it)"
                    .into(),
            ));
        }
        let now = now_ms();
        let _lock = self.lock()?;
        // Runs first: every active run becomes deleted, or every deleted run active.
        for run in Self::run_dirs_in(&dir)? {
            let Ok((info, rdoc)) = meta::run_info(&run, id) else {
                continue;
            };
            if info.lifecycle_stage == from {
                Self::set_run_stage(&run, rdoc, delete, now)?;
            }
        }
        doc.set("lifecycle_stage", Some(Out::Str(to)));
        doc.set("last_update_time", Some(Out::Int(now)));
        meta::write_doc(&dir, &doc)?;
        let target = if delete {
            let trash = self.root.join(TRASH);
            std::fs::create_dir_all(&trash).map_err(|e| io_error(&trash, e))?;
            trash.join(id)
        } else {
            self.root.join(id)
        };
        if target.exists() {
            return Err(StoreError::Conflict(format!(
                "cannot move experiment `{id}`: `{}` already exists",
                target.display()
            )));
        }
        std::fs::rename(&dir, &target).map_err(|e| io_error(&dir, e))
    }

    /// Returns a fresh experiment id: 18 random digits, not starting with 0, not in use.
    fn new_experiment_id(&self) -> String {
        loop {
            let n = uuid::Uuid::new_v4().as_u128();
            let digits = format!("{:018}", n % 1_000_000_000_000_000_000);
            let first = (b'1' + ((n >> 100) % 9) as u8) as char;
            let id = format!("{first}{}", &digits[1..]);
            if !self.root.join(&id).exists() && !self.root.join(TRASH).join(&id).exists() {
                return id;
            }
        }
    }
}

/// Creates an experiment and returns its id.
pub(super) fn create(
    store: &FileStore,
    name: &str,
    artifact_location: Option<&str>,
    tags: &[Tag],
) -> Result<String> {
    let location = validate::new_experiment(name, artifact_location, tags)?;
    std::fs::create_dir_all(&store.root).map_err(|e| io_error(&store.root, e))?;
    let _lock = store.lock()?;
    if let Some(existing) = store.find_by_name(name)? {
        return Err(crate::store::name_taken(&existing));
    }
    let id = store.new_experiment_id();
    let location = location.unwrap_or_else(|| store.location_of(&id));
    // Filled in under a hidden name and renamed into place: a reader never sees a
    // folder without its meta.yaml.
    let dir = new_folder(&store.root)?;
    let result = (|| {
        for tag in tags {
            meta::write_value(&dir, &dir.join("tags").join(&tag.key), &tag.value)?;
        }
        meta::write_doc(
            &dir,
            &meta::new_experiment_doc(&id, name, &location, now_ms()),
        )?;
        let target = store.root.join(&id);
        std::fs::rename(&dir, &target).map_err(|e| io_error(&target, e))
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(e);
    }
    Ok(id)
}

/// Returns the experiment with this id, active or deleted.
pub(super) fn get(store: &FileStore, id: &str) -> Result<Experiment> {
    let dir = store.experiment_dir(id)?;
    Ok(meta::experiment(&dir, id)?.0)
}

/// Returns the experiment with this name, active or deleted.
pub(super) fn get_by_name(store: &FileStore, name: &str) -> Result<Experiment> {
    store.find_by_name(name)?.ok_or_else(|| {
        StoreError::not_found(
            Kind::Experiment,
            format!("experiment `{name}` does not exist"),
        )
    })
}

/// Renames an active experiment.
pub(super) fn rename(store: &FileStore, id: &str, new_name: &str) -> Result<()> {
    validate::experiment_name(new_name)?;
    let dir = store.experiment_dir(id)?;
    let _lock = store.lock()?;
    let (exp, mut doc) = meta::experiment(&dir, id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{id}` is deleted; restore it before renaming it"
        )));
    }
    if exp.name == new_name {
        return Ok(());
    }
    if let Some(existing) = store.find_by_name(new_name)? {
        return Err(crate::store::name_taken(&existing));
    }
    doc.set("name", Some(Out::Str(new_name)));
    doc.set("last_update_time", Some(Out::Int(now_ms())));
    meta::write_doc(&dir, &doc)
}

/// Sets tags on an active experiment.
pub(super) fn set_tags(store: &FileStore, id: &str, tags: &[Tag]) -> Result<()> {
    for tag in tags {
        validate::experiment_tag(&tag.key, &tag.value)?;
    }
    let dir = store.experiment_dir(id)?;
    let (exp, _) = meta::experiment(&dir, id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{id}` must be active to change its tags; it is deleted"
        )));
    }
    for tag in tags {
        meta::write_value(&dir, &dir.join("tags").join(&tag.key), &tag.value)?;
    }
    Ok(())
}

/// Deletes tags of an active experiment; every key must exist.
pub(super) fn delete_tags(store: &FileStore, id: &str, keys: &[String]) -> Result<()> {
    let dir = store.experiment_dir(id)?;
    let (exp, _) = meta::experiment(&dir, id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{id}` must be active to change its tags; it is deleted"
        )));
    }
    delete_values(&dir.join("tags"), keys, &format!("experiment `{id}`"))
}

/// Describes what an experiment folder holds that copying its runs leaves out.
pub(super) fn uncopied(store: &FileStore, experiment_id: &str) -> Vec<String> {
    let Ok(dir) = store.experiment_dir(experiment_id) else {
        return Vec::new();
    };
    [("traces", "traces"), ("logged models", "models")]
        .into_iter()
        .filter(|(_, sub)| std::fs::read_dir(dir.join(sub)).is_ok_and(|mut d| d.next().is_some()))
        .map(|(what, sub)| format!("{what} (`{}`)", dir.join(sub).display()))
        .collect()
}
