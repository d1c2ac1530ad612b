//! Reading the model registry's tables: registered models with tags, aliases and latest
//! versions; versions with tags (aliases added where MLflow's SQL store adds them).

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::model::{Alias, ModelVersion, RegisteredModel, Tag};
use crate::store::registry_local::{self as local, STAGE_DELETED};
use crate::store::Result;

/// The workspace condition of a registry table (databases older than MLflow 3.x lack it).
pub(super) fn ws(conn: &Connection, table: &str) -> Result<&'static str> {
    let has: bool = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_info(?1) WHERE name = 'workspace'",
            [table],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n > 0)?;
    Ok(if has {
        " AND workspace = 'default'"
    } else {
        ""
    })
}

const VERSION_COLUMNS: &str = "name, version, creation_time, last_updated_time, description, \
    user_id, current_stage, source, run_id, status, status_message, run_link, storage_location";

fn version_from_row(r: &Row<'_>) -> rusqlite::Result<ModelVersion> {
    Ok(ModelVersion {
        name: r.get(0)?,
        version: r.get::<_, i64>(1)?.to_string(),
        creation_timestamp: r.get::<_, Option<i64>>(2)?.unwrap_or(0),
        last_updated_timestamp: r.get::<_, Option<i64>>(3)?.unwrap_or(0),
        description: r.get(4)?,
        user_id: r.get(5)?,
        current_stage: r
            .get::<_, Option<String>>(6)?
            .unwrap_or_else(|| "None".into()),
        source: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
        run_id: r.get(8)?,
        status: r
            .get::<_, Option<String>>(9)?
            .unwrap_or_else(|| "READY".into()),
        status_message: r.get::<_, Option<String>>(10)?.filter(|s| !s.is_empty()),
        tags: Vec::new(),
        run_link: r.get(11)?,
        aliases: Vec::new(),
        model_id: None,
        storage_location: r.get(12)?,
    })
}

/// Loads versions (of one model, or all), with their tags, without aliases.
pub(super) fn versions(conn: &Connection, name: Option<&str>) -> Result<Vec<ModelVersion>> {
    let w = ws(conn, "model_versions")?;
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM model_versions WHERE (?1 IS NULL OR name = ?1){w} \
         ORDER BY name, version"
    );
    let mut out: Vec<ModelVersion> = conn
        .prepare(&sql)?
        .query_map([name], version_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let wt = ws(conn, "model_version_tags")?;
    let mut stmt = conn.prepare(&format!(
        "SELECT key, value FROM model_version_tags WHERE name = ?1 AND version = ?2{wt} \
         ORDER BY rowid"
    ))?;
    for v in &mut out {
        let n: i64 = v.version.parse().unwrap_or(0);
        v.tags = stmt
            .query_map(params![v.name, n], |r| {
                Ok(Tag::new(
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(out)
}

fn aliases(conn: &Connection, name: &str) -> Result<Vec<Alias>> {
    let w = ws(conn, "registered_model_aliases")?;
    let sql = format!(
        "SELECT alias, version FROM registered_model_aliases WHERE name = ?1{w} ORDER BY rowid"
    );
    let out = conn
        .prepare(&sql)?
        .query_map([name], |r| {
            Ok(Alias {
                alias: r.get(0)?,
                version: r.get::<_, i64>(1)?.to_string(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

/// Loads registered models (one by name, or all) with tags, aliases and latest versions.
pub(super) fn models(conn: &Connection, name: Option<&str>) -> Result<Vec<RegisteredModel>> {
    let w = ws(conn, "registered_models")?;
    let sql = format!(
        "SELECT name, creation_time, last_updated_time, description FROM registered_models \
         WHERE (?1 IS NULL OR name = ?1){w} ORDER BY name"
    );
    let mut out: Vec<RegisteredModel> = conn
        .prepare(&sql)?
        .query_map([name], |r| {
            Ok(RegisteredModel {
                name: r.get(0)?,
                creation_timestamp: r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                last_updated_timestamp: r.get::<_, Option<i64>>(2)?.unwrap_or(0),
                description: r.get(3)?,
                latest_versions: Vec::new(),
                tags: Vec::new(),
                aliases: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let all = versions(conn, name)?;
    let wt = ws(conn, "registered_model_tags")?;
    let mut tags = conn.prepare(&format!(
        "SELECT key, value FROM registered_model_tags WHERE name = ?1{wt} ORDER BY rowid"
    ))?;
    for m in &mut out {
        m.tags = tags
            .query_map([&m.name], |r| {
                Ok(Tag::new(
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        m.aliases = aliases(conn, &m.name)?;
        let mine: Vec<ModelVersion> = all.iter().filter(|v| v.name == m.name).cloned().collect();
        m.latest_versions = local::latest_versions(&mine);
    }
    Ok(out)
}

pub(super) fn get_model(conn: &Connection, name: &str) -> Result<RegisteredModel> {
    local::model_name(name)?;
    models(conn, Some(name))?
        .pop()
        .ok_or_else(|| local::model_not_found(name))
}

pub(super) fn get_version(conn: &Connection, name: &str, version: &str) -> Result<ModelVersion> {
    local::model_name(name)?;
    let n = local::version(version)?;
    let w = ws(conn, "model_versions")?;
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM model_versions WHERE name = ?1 AND version = ?2 \
         AND current_stage != ?3{w}"
    );
    let mut v = conn
        .query_row(&sql, params![name, n, STAGE_DELETED], version_from_row)
        .optional()?
        .ok_or_else(|| local::version_not_found(name, &n.to_string()))?;
    let all = versions(conn, Some(name))?;
    v.tags = all
        .into_iter()
        .find(|x| x.version == v.version)
        .map(|x| x.tags)
        .unwrap_or_default();
    v.aliases = aliases(conn, name)?
        .into_iter()
        .filter(|a| a.version == v.version)
        .map(|a| a.alias)
        .collect();
    Ok(v)
}

/// The `workspace` column and value for inserts, where the table has it.
pub(super) fn ws_insert(conn: &Connection, table: &str) -> Result<(&'static str, &'static str)> {
    Ok(if ws(conn, table)?.is_empty() {
        ("", "")
    } else {
        (", workspace", ", 'default'")
    })
}
