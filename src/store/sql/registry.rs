//! The model registry in MLflow's tables (`registered_models`, `model_versions`,
//! `registered_model_tags`, `model_version_tags`, `registered_model_aliases`), written as
//! MLflow 3.18's SQL store writes them: `workspace` = `default`, no `model_id` column (a
//! `models:/<id>` source keeps the logged model's artifact location in `storage_location`),
//! tags in insertion order. Searches load the registry and filter it in memory
//! (`registry_local`), as registries are small.

use rusqlite::{params, Connection};

use super::registry_read::{get_model, get_version, models, versions, ws, ws_insert};

use super::SqlStore;
use crate::model::{ModelVersion, Page, RegisteredModel, Tag};
use crate::store::registry::{CreateVersion, RegistryQuery};
use crate::store::registry_local as local;
use crate::store::{now_ms, RegistryStore, Result};

/// Sets a row's value in place (as MLflow's `session.merge` does, keeping its position), or
/// inserts it.
fn upsert(
    conn: &Connection,
    table: &str,
    set: &str,
    keys: &[&str],
    values: &[&dyn rusqlite::ToSql],
) -> Result<()> {
    let w = ws(conn, table)?;
    let cond: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{k} = ?{}", i + 2))
        .collect();
    let n = conn.execute(
        &format!(
            "UPDATE {table} SET {set} = ?1 WHERE {}{w}",
            cond.join(" AND ")
        ),
        values,
    )?;
    if n == 0 {
        let (c, v) = ws_insert(conn, table)?;
        let marks: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
        conn.execute(
            &format!(
                "INSERT INTO {table} ({set}, {}{c}) VALUES ({}{v})",
                keys.join(", "),
                marks.join(", ")
            ),
            values,
        )?;
    }
    Ok(())
}

fn insert_model_tag(conn: &Connection, name: &str, t: &Tag) -> Result<()> {
    upsert(
        conn,
        "registered_model_tags",
        "value",
        &["key", "name"],
        &[&t.value, &t.key, &name],
    )
}

fn insert_version_tag(conn: &Connection, name: &str, version: i64, t: &Tag) -> Result<()> {
    upsert(
        conn,
        "model_version_tags",
        "value",
        &["key", "name", "version"],
        &[&t.value, &t.key, &name, &version],
    )
}

fn unique_tags(tags: &[Tag]) -> Vec<Tag> {
    // A repeated key keeps its last value, in the place of its first.
    let mut out: Vec<Tag> = Vec::new();
    for t in tags {
        match out.iter_mut().find(|o| o.key == t.key) {
            Some(o) => o.value = t.value.clone(),
            None => out.push(t.clone()),
        }
    }
    out
}

impl RegistryStore for SqlStore {
    fn create_registered_model(
        &self,
        name: &str,
        tags: &[Tag],
        description: Option<&str>,
    ) -> Result<RegisteredModel> {
        local::model_name(name)?;
        tags.iter().try_for_each(local::tag)?;
        let tx = self.write()?;
        if !models(&tx, Some(name))?.is_empty() {
            return Err(local::model_exists(name));
        }
        let now = now_ms();
        let (c, v) = ws_insert(&tx, "registered_models")?;
        tx.execute(
            &format!("INSERT INTO registered_models (name, creation_time, last_updated_time, description{c}) VALUES (?1, ?2, ?2, ?3{v})"),
            params![name, now, description],
        )?;
        for t in unique_tags(tags) {
            insert_model_tag(&tx, name, &t)?;
        }
        let m = get_model(&tx, name)?;
        tx.commit()?;
        Ok(m)
    }

    fn get_registered_model(&self, name: &str) -> Result<RegisteredModel> {
        let tx = self.read()?;
        get_model(&tx, name)
    }

    fn search_registered_models(&self, query: &RegistryQuery) -> Result<Page<RegisteredModel>> {
        let tx = self.read()?;
        local::search_models(models(&tx, None)?, query)
    }

    fn create_model_version(&self, req: &CreateVersion) -> Result<ModelVersion> {
        local::model_name(&req.name)?;
        req.tags.iter().try_for_each(local::tag)?;
        let (storage, run_id) = local::storage_of_new_version(self, req)?;
        let tx = self.write()?;
        get_model(&tx, &req.name)?;
        let now = now_ms();
        let w = ws(&tx, "model_versions")?;
        let max: Option<i64> = tx.query_row(
            &format!("SELECT max(version) FROM model_versions WHERE name = ?1{w}"),
            [&req.name],
            |r| r.get(0),
        )?;
        let version = max.unwrap_or(0) + 1;
        let (c, v) = ws_insert(&tx, "model_versions")?;
        tx.execute(
            &format!(
                "INSERT INTO model_versions (name, version, creation_time, last_updated_time, \
                 description, user_id, current_stage, source, run_id, status, status_message, \
                 run_link, storage_location{c}) \
                 VALUES (?1, ?2, ?3, ?3, ?4, NULL, 'None', ?5, ?6, 'READY', NULL, NULL, ?7{v})"
            ),
            params![
                req.name,
                version,
                now,
                req.description,
                req.source,
                run_id,
                storage
            ],
        )?;
        tx.execute(
            &format!(
                "UPDATE registered_models SET last_updated_time = ?1 WHERE name = ?2{}",
                ws(&tx, "registered_models")?
            ),
            params![now, req.name],
        )?;
        for t in unique_tags(&req.tags) {
            insert_version_tag(&tx, &req.name, version, &t)?;
        }
        let mv = get_version(&tx, &req.name, &version.to_string())?;
        tx.commit()?;
        Ok(mv)
    }

    fn get_model_version(&self, name: &str, version: &str) -> Result<ModelVersion> {
        let tx = self.read()?;
        get_version(&tx, name, version)
    }

    fn search_model_versions(&self, query: &RegistryQuery) -> Result<Page<ModelVersion>> {
        let tx = self.read()?;
        local::search_versions(versions(&tx, None)?, query)
    }

    fn set_registered_model_alias(&self, name: &str, alias: &str, version: &str) -> Result<()> {
        local::model_name(name)?;
        local::new_alias(alias)?;
        let tx = self.write()?;
        let v = get_version(&tx, name, version)?;
        let n = local::version(&v.version)?;
        upsert(
            &tx,
            "registered_model_aliases",
            "version",
            &["alias", "name"],
            &[&n, &alias, &name],
        )?;
        tx.commit()
    }

    fn delete_registered_model_alias(&self, name: &str, alias: &str) -> Result<()> {
        local::model_name(name)?;
        local::alias(alias)?;
        let tx = self.write()?;
        get_model(&tx, name)?;
        let w = ws(&tx, "registered_model_aliases")?;
        tx.execute(
            &format!("DELETE FROM registered_model_aliases WHERE name = ?1 AND alias = ?2{w}"),
            params![name, alias],
        )?;
        tx.commit()
    }

    fn get_model_version_by_alias(&self, name: &str, alias: &str) -> Result<ModelVersion> {
        local::model_name(name)?;
        local::alias(alias)?;
        let tx = self.read()?;
        let m = get_model(&tx, name)?;
        let version = if local::is_latest(alias) {
            local::highest(&m.latest_versions)
                .map(|v| v.version.clone())
                .ok_or_else(|| local::version_not_found(name, "latest"))?
        } else {
            m.aliases
                .iter()
                .find(|a| a.alias == alias)
                .map(|a| a.version.clone())
                .ok_or_else(|| local::alias_not_found(name, alias))?
        };
        get_version(&tx, name, &version)
    }

    fn set_registered_model_tag(&self, name: &str, tag: &Tag) -> Result<()> {
        local::model_name(name)?;
        local::tag(tag)?;
        let tx = self.write()?;
        get_model(&tx, name)?;
        insert_model_tag(&tx, name, tag)?;
        tx.commit()
    }

    fn delete_registered_model_tag(&self, name: &str, key: &str) -> Result<()> {
        local::model_name(name)?;
        crate::store::validate::key("tag", key)?;
        let tx = self.write()?;
        get_model(&tx, name)?;
        let w = ws(&tx, "registered_model_tags")?;
        tx.execute(
            &format!("DELETE FROM registered_model_tags WHERE name = ?1 AND key = ?2{w}"),
            params![name, key],
        )?;
        tx.commit()
    }

    fn set_model_version_tag(&self, name: &str, version: &str, tag: &Tag) -> Result<()> {
        local::tag(tag)?;
        let tx = self.write()?;
        let v = get_version(&tx, name, version)?;
        insert_version_tag(&tx, name, local::version(&v.version)?, tag)?;
        tx.commit()
    }

    fn delete_model_version_tag(&self, name: &str, version: &str, key: &str) -> Result<()> {
        crate::store::validate::key("tag", key)?;
        let tx = self.write()?;
        let v = get_version(&tx, name, version)?;
        let w = ws(&tx, "model_version_tags")?;
        tx.execute(
            &format!(
                "DELETE FROM model_version_tags WHERE name = ?1 AND version = ?2 AND key = ?3{w}"
            ),
            params![name, local::version(&v.version)?, key],
        )?;
        tx.commit()
    }

    fn get_model_version_download_uri(&self, name: &str, version: &str) -> Result<String> {
        let tx = self.read()?;
        Ok(local::download_uri(&get_version(&tx, name, version)?))
    }
}
