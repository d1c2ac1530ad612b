//! Experiments and experiment tags in MLflow's `experiments` and `experiment_tags` tables.

use rusqlite::{params, OptionalExtension, Row};

use super::SqlStore;
use crate::model::{Experiment, Tag, ACTIVE};
use crate::store::Kind;
use crate::store::{now_ms, validate, Result, StoreError};

/// Columns read for an experiment; `workspace` is appended when the table has it.
pub(super) fn columns(store: &SqlStore) -> &'static str {
    if store.has_workspace {
        "experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time, workspace"
    } else {
        "experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time, NULL"
    }
}

/// Maps a row selected with [`columns`]; tags are filled in later.
pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Experiment> {
    Ok(Experiment {
        experiment_id: row.get::<_, i64>(0)?.to_string(),
        name: row.get(1)?,
        artifact_location: row.get::<_, Option<String>>(2)?.unwrap_or_default(),
        lifecycle_stage: row
            .get::<_, Option<String>>(3)?
            .unwrap_or_else(|| ACTIVE.into()),
        creation_time: row.get(4)?,
        last_update_time: row.get(5)?,
        tags: Vec::new(),
        workspace: row.get(6)?,
    })
}

/// Fills in the tags of experiments.
pub(super) fn load_tags(conn: &rusqlite::Connection, exps: &mut [Experiment]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT key, value FROM experiment_tags WHERE experiment_id = ?1 ORDER BY key",
    )?;
    for exp in exps.iter_mut() {
        let id: i64 = exp.experiment_id.parse().unwrap_or(-1);
        exp.tags = stmt
            .query_map([id], |r| {
                Ok(Tag::new(
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(())
}

fn not_found(id: i64) -> StoreError {
    StoreError::not_found(
        Kind::Experiment,
        format!("experiment `{id}` does not exist"),
    )
}

/// Returns the experiment with this id.
pub(super) fn get(store: &SqlStore, conn: &rusqlite::Connection, id: i64) -> Result<Experiment> {
    let sql = format!(
        "SELECT {} FROM experiments WHERE experiment_id = ?1",
        columns(store)
    );
    let exp = conn.query_row(&sql, [id], from_row).optional()?;
    let mut exp = exp.ok_or_else(|| not_found(id))?;
    load_tags(conn, std::slice::from_mut(&mut exp))?;
    Ok(exp)
}

/// Returns the experiment with this name.
pub(super) fn get_by_name(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    name: &str,
) -> Result<Experiment> {
    find_by_name(store, conn, name)?.ok_or_else(|| {
        StoreError::not_found(
            Kind::Experiment,
            format!("experiment `{name}` does not exist"),
        )
    })
}

fn find_by_name(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    name: &str,
) -> Result<Option<Experiment>> {
    let ws = if store.has_workspace {
        " AND workspace = 'default'"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {} FROM experiments WHERE name = ?1{ws}",
        columns(store)
    );
    let Some(mut exp) = conn.query_row(&sql, [name], from_row).optional()? else {
        return Ok(None);
    };
    load_tags(conn, std::slice::from_mut(&mut exp))?;
    Ok(Some(exp))
}

/// Creates an experiment; the artifact location defaults to `<cwd>/mlruns/<id>`.
pub(super) fn create(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    name: &str,
    location: Option<&str>,
    tags: &[Tag],
) -> Result<i64> {
    let location = validate::new_experiment(name, location, tags)?;
    if let Some(existing) = find_by_name(store, conn, name)? {
        return Err(crate::store::name_taken(&existing));
    }
    let now = now_ms();
    conn.execute(
        "INSERT INTO experiments (name, artifact_location, lifecycle_stage, creation_time, last_update_time) \
         VALUES (?1, ?2, 'active', ?3, ?3)",
        params![name, location, now],
    )?;
    let id = conn.last_insert_rowid();
    if location.is_none() {
        let loc = format!("{}/{id}", store.default_artifact_root);
        conn.execute(
            "UPDATE experiments SET artifact_location = ?1 WHERE experiment_id = ?2",
            params![loc, id],
        )?;
    }
    insert_tags(conn, id, tags)?;
    Ok(id)
}

pub(super) fn insert_tags(conn: &rusqlite::Connection, id: i64, tags: &[Tag]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO experiment_tags (key, value, experiment_id) VALUES (?1, ?2, ?3) \
         ON CONFLICT (key, experiment_id) DO UPDATE SET value = excluded.value",
    )?;
    for tag in tags {
        stmt.execute(params![tag.key, tag.value, id])?;
    }
    Ok(())
}

/// Renames an experiment.
pub(super) fn rename(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    id: i64,
    new_name: &str,
) -> Result<()> {
    validate::experiment_name(new_name)?;
    let exp = get(store, conn, id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{id}` is deleted; restore it before renaming it"
        )));
    }
    if exp.name == new_name {
        return Ok(());
    }
    if let Some(existing) = find_by_name(store, conn, new_name)? {
        return Err(crate::store::name_taken(&existing));
    }
    conn.execute(
        "UPDATE experiments SET name = ?1, last_update_time = ?2 WHERE experiment_id = ?3",
        params![new_name, now_ms(), id],
    )?;
    Ok(())
}

/// Soft-deletes (`delete`) or restores an experiment and every run in it.
pub(super) fn set_lifecycle(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    id: i64,
    delete: bool,
) -> Result<()> {
    let exp = get(store, conn, id)?;
    let to = crate::store::experiment_stage_change(&exp, delete)?;
    let now = now_ms();
    conn.execute(
        "UPDATE experiments SET lifecycle_stage = ?1, last_update_time = ?2 WHERE experiment_id = ?3",
        params![to, now, id],
    )?;
    let deleted_time = delete.then_some(now);
    conn.execute(
        "UPDATE runs SET lifecycle_stage = ?1, deleted_time = ?2 WHERE experiment_id = ?3",
        params![to, deleted_time, id],
    )?;
    Ok(())
}

/// Sets tags on an active experiment.
pub(super) fn set_tags(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    id: i64,
    tags: &[Tag],
) -> Result<()> {
    for tag in tags {
        validate::experiment_tag(&tag.key, &tag.value)?;
    }
    let exp = get(store, conn, id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{id}` must be active to change its tags; it is deleted"
        )));
    }
    insert_tags(conn, id, tags)
}

/// Deletes tags of an active experiment; every key must exist.
pub(super) fn delete_tags(
    store: &SqlStore,
    conn: &rusqlite::Connection,
    id: i64,
    keys: &[String],
) -> Result<()> {
    let exp = get(store, conn, id)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{id}` must be active to change its tags; it is deleted"
        )));
    }
    let mut stmt =
        conn.prepare_cached("DELETE FROM experiment_tags WHERE experiment_id = ?1 AND key = ?2")?;
    for key in keys {
        if stmt.execute(params![id, key])? == 0 {
            return Err(StoreError::not_found(
                Kind::Tag,
                format!("experiment `{id}` has no tag `{key}`"),
            ));
        }
    }
    Ok(())
}
