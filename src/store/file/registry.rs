//! The model registry of a file store, as MLflow 3.18's registry FileStore lays it out:
//! `<root>/models/<name>/meta.yaml` (with a copy of the aliases as a map), `tags/<key>`,
//! `aliases/<alias>` (the version number), and `version-<n>/meta.yaml` with `tags/<key>`.
//! A deleted version keeps its folder with stage `Deleted_Internal`. Every change of tags,
//! aliases or versions updates the registered model's `last_updated_timestamp`, as MLflow's
//! file store does. Writes hold the store's lock file.

use std::path::{Path, PathBuf};

use super::meta::{self, io_error};
use super::yaml::{quote, Doc, Out};
use super::FileStore;
use crate::model::{Alias, ModelVersion, Page, RegisteredModel, Tag};
use crate::store::registry::{CreateVersion, RegistryQuery};
use crate::store::registry_local::{self as local, STAGE_DELETED};
use crate::store::{now_ms, RegistryStore, Result, StoreError};

impl FileStore {
    fn registry_dir(&self) -> PathBuf {
        self.root.join("models")
    }

    /// The folder of a registered model, which must exist.
    fn registered_dir(&self, name: &str) -> Result<PathBuf> {
        local::model_name(name)?;
        let dir = self.registry_dir().join(name);
        if !dir.join(meta::META).is_file() {
            return Err(local::model_not_found(name));
        }
        Ok(dir)
    }
}

fn aliases_of(dir: &Path) -> Result<Vec<Alias>> {
    Ok(meta::read_values(&dir.join("aliases"))?
        .into_iter()
        .map(|(alias, version)| Alias {
            alias,
            version: version.trim().to_string(),
        })
        .collect())
}

fn tags_of(dir: &Path) -> Result<Vec<Tag>> {
    Ok(meta::read_values(&dir.join("tags"))?
        .into_iter()
        .map(|(k, v)| Tag::new(k, v))
        .collect())
}

fn opt(doc: &Doc, key: &str) -> Option<String> {
    doc.str(key).map(str::to_string)
}

fn read_version(dir: &Path, aliases: &[Alias]) -> Result<ModelVersion> {
    let doc = meta::read_doc(dir)?;
    let version = doc
        .int("version")
        .ok_or_else(|| StoreError::Corrupt(format!("`{}` has no version", dir.display())))?
        .to_string();
    Ok(ModelVersion {
        name: opt(&doc, "name").unwrap_or_default(),
        creation_timestamp: doc.int("creation_timestamp").unwrap_or(0),
        last_updated_timestamp: doc.int("last_updated_timestamp").unwrap_or(0),
        user_id: opt(&doc, "user_id"),
        current_stage: opt(&doc, "current_stage").unwrap_or_else(|| "None".into()),
        description: opt(&doc, "description"),
        source: opt(&doc, "source").unwrap_or_default(),
        run_id: opt(&doc, "run_id"),
        status: opt(&doc, "status").unwrap_or_else(|| "READY".into()),
        status_message: opt(&doc, "status_message").filter(|s| !s.is_empty()),
        tags: tags_of(dir)?,
        run_link: opt(&doc, "run_link"),
        aliases: aliases
            .iter()
            .filter(|a| a.version == version)
            .map(|a| a.alias.clone())
            .collect(),
        model_id: opt(&doc, "model_id"),
        storage_location: opt(&doc, "storage_location"),
        version,
    })
}

/// Every version folder of a model, deleted ones included, by version.
fn all_versions(dir: &Path) -> Result<Vec<ModelVersion>> {
    let aliases = aliases_of(dir)?;
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return Err(io_error(dir, e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| io_error(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("version-") && entry.path().is_dir() {
            out.push(read_version(&entry.path(), &aliases)?);
        }
    }
    out.sort_by_key(|v| v.version.parse::<i64>().unwrap_or(0));
    Ok(out)
}

fn live(versions: Vec<ModelVersion>) -> Vec<ModelVersion> {
    versions
        .into_iter()
        .filter(|v| v.current_stage != STAGE_DELETED)
        .collect()
}

fn read_model(dir: &Path) -> Result<RegisteredModel> {
    let doc = meta::read_doc(dir)?;
    Ok(RegisteredModel {
        name: opt(&doc, "name").unwrap_or_default(),
        creation_timestamp: doc.int("creation_timestamp").unwrap_or(0),
        last_updated_timestamp: doc.int("last_updated_timestamp").unwrap_or(0),
        description: opt(&doc, "description"),
        latest_versions: local::latest_versions(&live(all_versions(dir)?)),
        tags: tags_of(dir)?,
        aliases: aliases_of(dir)?,
    })
}

/// Writes a registered model's `meta.yaml`: its keys, and the aliases map MLflow copies in.
fn write_model_meta(dir: &Path, doc: &Doc) -> Result<()> {
    let aliases = aliases_of(dir)?;
    let mut block = String::from("aliases:");
    if aliases.is_empty() {
        block.push_str(" {}\n");
    } else {
        block.push('\n');
        for a in &aliases {
            block.push_str(&format!("  {}: {}\n", quote(&a.alias), quote(&a.version)));
        }
    }
    let mut doc = doc.clone();
    doc.set("aliases", None);
    let text = format!("{block}{}", doc.render());
    meta::write_atomic(dir, &dir.join(meta::META), text.as_bytes())
}

/// Sets a registered model's `last_updated_timestamp` (rewriting its aliases map).
fn touch(dir: &Path, now: i64) -> Result<()> {
    let mut doc = meta::read_doc(dir)?;
    doc.set("last_updated_timestamp", Some(Out::Int(now)));
    write_model_meta(dir, &doc)
}

fn version_dir(model_dir: &Path, name: &str, version: &str) -> Result<(PathBuf, ModelVersion)> {
    let n = local::version(version)?;
    let dir = model_dir.join(format!("version-{n}"));
    if !dir.join(meta::META).is_file() {
        return Err(local::version_not_found(name, &n.to_string()));
    }
    let v = read_version(&dir, &aliases_of(model_dir)?)?;
    if v.current_stage == STAGE_DELETED {
        return Err(local::version_not_found(name, &n.to_string()));
    }
    Ok((dir, v))
}

fn write_tag(dir: &Path, tag: &Tag) -> Result<()> {
    let folder = dir.join("tags");
    std::fs::create_dir_all(&folder).map_err(|e| io_error(&folder, e))?;
    meta::write_value(&folder, &folder.join(&tag.key), &tag.value)
}

/// Removes a value file; whether it was there.
fn remove(path: &Path) -> Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error(path, e)),
    }
}

impl RegistryStore for FileStore {
    fn create_registered_model(
        &self,
        name: &str,
        tags: &[Tag],
        description: Option<&str>,
    ) -> Result<RegisteredModel> {
        local::model_name(name)?;
        tags.iter().try_for_each(local::tag)?;
        let _lock = self.lock()?;
        let dir = self.registry_dir().join(name);
        if dir.exists() {
            return Err(local::model_exists(name));
        }
        let models = self.registry_dir();
        std::fs::create_dir_all(&models).map_err(|e| io_error(&models, e))?;
        let tmp = super::new_folder(&models)?;
        let now = now_ms();
        let mut doc = Doc::default();
        doc.set("creation_timestamp", Some(Out::Int(now)));
        doc.set("deployment_job_id", Some(Out::Null));
        doc.set("deployment_job_state", Some(Out::Null));
        doc.set("description", Some(description.map_or(Out::Null, Out::Str)));
        doc.set("last_updated_timestamp", Some(Out::Int(now)));
        doc.set("name", Some(Out::Str(name)));
        doc.set("workspace", Some(Out::Str("default")));
        let result = (|| {
            write_model_meta(&tmp, &doc)?;
            for t in tags {
                write_tag(&tmp, t)?;
            }
            std::fs::rename(&tmp, &dir).map_err(|e| io_error(&dir, e))
        })();
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&tmp);
        }
        result?;
        read_model(&dir)
    }

    fn get_registered_model(&self, name: &str) -> Result<RegisteredModel> {
        read_model(&self.registered_dir(name)?)
    }

    fn search_registered_models(&self, query: &RegistryQuery) -> Result<Page<RegisteredModel>> {
        local::search_models(self.every_model()?, query)
    }

    fn create_model_version(&self, req: &CreateVersion) -> Result<ModelVersion> {
        let name = req.name.as_str();
        req.tags.iter().try_for_each(local::tag)?;
        let (storage, run_id) = local::storage_of_new_version(self, req)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        let next = all_versions(&dir)?
            .last()
            .map_or(1, |v| v.version.parse::<i64>().unwrap_or(0) + 1);
        let now = now_ms();
        let mut doc = Doc::default();
        doc.set("creation_timestamp", Some(Out::Int(now)));
        doc.set("current_stage", Some(Out::Str("None")));
        doc.set("deployment_job_state", Some(Out::Null));
        fn s(v: Option<&str>) -> Option<Out<'_>> {
            Some(v.map_or(Out::Null, Out::Str))
        }
        doc.set("description", s(req.description.as_deref()));
        doc.set("last_updated_timestamp", Some(Out::Int(now)));
        doc.set("model_id", s(req.model_id.as_deref()));
        doc.set("name", Some(Out::Str(name)));
        doc.set("run_id", s(run_id.as_deref()));
        doc.set("run_link", Some(Out::Null));
        doc.set("source", Some(Out::Str(&req.source)));
        doc.set("status", Some(Out::Str("READY")));
        doc.set("status_message", Some(Out::Null));
        doc.set("storage_location", Some(Out::Str(&storage)));
        doc.set("user_id", Some(Out::Null));
        doc.set("version", Some(Out::Int(next)));
        doc.set("workspace", Some(Out::Str("default")));
        let tmp = super::new_folder(&dir)?;
        let vdir = dir.join(format!("version-{next}"));
        let result = (|| {
            meta::write_doc(&tmp, &doc)?;
            for t in &req.tags {
                write_tag(&tmp, t)?;
            }
            std::fs::rename(&tmp, &vdir).map_err(|e| io_error(&vdir, e))
        })();
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&tmp);
        }
        result?;
        touch(&dir, now)?;
        Ok(version_dir(&dir, name, &next.to_string())?.1)
    }

    fn get_model_version(&self, name: &str, version: &str) -> Result<ModelVersion> {
        Ok(version_dir(&self.registered_dir(name)?, name, version)?.1)
    }

    fn search_model_versions(&self, query: &RegistryQuery) -> Result<Page<ModelVersion>> {
        let mut all = Vec::new();
        for dir in self.registered_dirs()? {
            all.extend(all_versions(&dir)?);
        }
        local::search_versions(all, query)
    }

    fn set_registered_model_alias(&self, name: &str, alias: &str, version: &str) -> Result<()> {
        local::alias(alias)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        local::new_alias(alias)?;
        let (_, v) = version_dir(&dir, name, version)?;
        let folder = dir.join("aliases");
        std::fs::create_dir_all(&folder).map_err(|e| io_error(&folder, e))?;
        meta::write_value(&folder, &folder.join(alias), &v.version)?;
        touch(&dir, now_ms())
    }

    fn delete_registered_model_alias(&self, name: &str, alias: &str) -> Result<()> {
        local::alias(alias)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        if remove(&dir.join("aliases").join(alias))? {
            touch(&dir, now_ms())?;
        }
        Ok(())
    }

    fn get_model_version_by_alias(&self, name: &str, alias: &str) -> Result<ModelVersion> {
        local::alias(alias)?;
        let dir = self.registered_dir(name)?;
        let version = if local::is_latest(alias) {
            local::highest(&live(all_versions(&dir)?))
                .map(|v| v.version.clone())
                .ok_or_else(|| local::version_not_found(name, "latest"))?
        } else {
            aliases_of(&dir)?
                .into_iter()
                .find(|a| a.alias == alias)
                .map(|a| a.version)
                .ok_or_else(|| local::alias_not_found(name, alias))?
        };
        self.get_model_version(name, &version)
    }

    fn set_registered_model_tag(&self, name: &str, tag: &Tag) -> Result<()> {
        local::tag(tag)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        write_tag(&dir, tag)?;
        touch(&dir, now_ms())
    }

    fn delete_registered_model_tag(&self, name: &str, key: &str) -> Result<()> {
        crate::store::validate::key("tag", key)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        if remove(&dir.join("tags").join(key))? {
            touch(&dir, now_ms())?;
        }
        Ok(())
    }

    fn set_model_version_tag(&self, name: &str, version: &str, tag: &Tag) -> Result<()> {
        local::tag(tag)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        let (vdir, _) = version_dir(&dir, name, version)?;
        write_tag(&vdir, tag)?;
        touch(&dir, now_ms())
    }

    fn delete_model_version_tag(&self, name: &str, version: &str, key: &str) -> Result<()> {
        crate::store::validate::key("tag", key)?;
        let _lock = self.lock()?;
        let dir = self.registered_dir(name)?;
        let (vdir, _) = version_dir(&dir, name, version)?;
        if remove(&vdir.join("tags").join(key))? {
            touch(&dir, now_ms())?;
        }
        Ok(())
    }

    fn get_model_version_download_uri(&self, name: &str, version: &str) -> Result<String> {
        Ok(local::download_uri(&self.get_model_version(name, version)?))
    }
}

impl FileStore {
    /// The folders of every registered model (those with a `meta.yaml`), by name.
    fn registered_dirs(&self) -> Result<Vec<PathBuf>> {
        let models = self.registry_dir();
        let entries = match std::fs::read_dir(&models) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_error(&models, e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&models, e))?;
            let p = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            if !hidden && p.join(meta::META).is_file() {
                out.push(p);
            }
        }
        out.sort();
        Ok(out)
    }

    fn every_model(&self) -> Result<Vec<RegisteredModel>> {
        self.registered_dirs()?
            .iter()
            .map(|d| read_model(d))
            .collect()
    }
}
