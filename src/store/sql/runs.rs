//! Runs, params, metrics and run tags in MLflow's `runs`, `params`, `metrics`,
//! `latest_metrics` and `tags` tables.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::{experiment_id, experiments, SqlStore};
use crate::model::{Metric, Param, Run, RunData, RunInfo, RunStatus, Tag, ACTIVE, DELETED};
use crate::store::Kind;
use crate::store::{names, now_ms, rules, validate, CreateRun, Result, StoreError, UpdateRun};

pub use crate::store::names::RUN_NAME_TAG;

const INFO_COLUMNS: &str = "run_uuid, name, experiment_id, user_id, status, start_time, end_time, \
                            artifact_uri, lifecycle_stage";

fn not_found(run_id: &str) -> StoreError {
    StoreError::not_found(Kind::Run, format!("run `{run_id}` does not exist"))
}

/// Maps a row selected with `INFO_COLUMNS`.
pub(super) fn info_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<RunInfo> {
    let run_id: String = row.get(0)?;
    let status: Option<String> = row.get(4)?;
    let status = status
        .as_deref()
        .and_then(RunStatus::parse)
        .unwrap_or(RunStatus::Running);
    Ok(RunInfo {
        run_uuid: run_id.clone(),
        experiment_id: row
            .get::<_, Option<i64>>(2)?
            .map(|i| i.to_string())
            .unwrap_or_default(),
        run_name: row.get::<_, Option<String>>(1)?.unwrap_or_default(),
        user_id: row.get::<_, Option<String>>(3)?.unwrap_or_default(),
        status,
        start_time: row.get(5)?,
        end_time: row.get(6)?,
        artifact_uri: row.get::<_, Option<String>>(7)?.unwrap_or_default(),
        lifecycle_stage: row
            .get::<_, Option<String>>(8)?
            .unwrap_or_else(|| ACTIVE.into()),
        run_id,
    })
}

/// Returns the info of a run.
pub(super) fn get_info(conn: &Connection, run_id: &str) -> Result<RunInfo> {
    let sql = format!("SELECT {INFO_COLUMNS} FROM runs WHERE run_uuid = ?1");
    conn.query_row(&sql, [run_id], info_from_row)
        .optional()?
        .ok_or_else(|| not_found(run_id))
}

/// Returns a run with its latest metrics, params and tags.
pub(super) fn get(conn: &Connection, run_id: &str) -> Result<Run> {
    let info = get_info(conn, run_id)?;
    Ok(with_data(conn, vec![info])?.remove(0))
}

/// Loads the data of runs, keeping their order.
pub(super) fn with_data(conn: &Connection, infos: Vec<RunInfo>) -> Result<Vec<Run>> {
    let mut data: HashMap<String, RunData> = infos
        .iter()
        .map(|i| (i.run_id.clone(), RunData::default()))
        .collect();
    for chunk in infos.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let ids = rusqlite::params_from_iter(chunk.iter().map(|i| &i.run_id));
        let sql = format!(
            "SELECT run_uuid, key, value, timestamp, step, is_nan FROM latest_metrics \
             WHERE run_uuid IN ({marks}) ORDER BY key"
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(ids)?;
        while let Some(r) = rows.next()? {
            let metric = metric_from_row(r, 1)?;
            if let Some(d) = data.get_mut(&r.get::<_, String>(0)?) {
                d.metrics.push(metric);
            }
        }
        for (table, is_param) in [("params", true), ("tags", false)] {
            let sql = format!(
                "SELECT run_uuid, key, value FROM {table} WHERE run_uuid IN ({marks}) ORDER BY key"
            );
            let mut stmt = conn.prepare(&sql)?;
            let ids = rusqlite::params_from_iter(chunk.iter().map(|i| &i.run_id));
            let mut rows = stmt.query(ids)?;
            while let Some(r) = rows.next()? {
                let key: String = r.get(1)?;
                let value = r.get::<_, Option<String>>(2)?.unwrap_or_default();
                if let Some(d) = data.get_mut(&r.get::<_, String>(0)?) {
                    if is_param {
                        d.params.push(Param { key, value });
                    } else {
                        d.tags.push(Tag { key, value });
                    }
                }
            }
        }
    }
    let mut links = super::inputs::links(conn, &infos)?;
    Ok(infos
        .into_iter()
        .map(|info| {
            let data = data.remove(&info.run_id).unwrap_or_default();
            let (inputs, outputs) = links.remove(&info.run_id).unwrap_or_default();
            Run {
                info,
                data,
                inputs,
                outputs,
            }
        })
        .collect())
}

/// Maps `key, value, timestamp, step, is_nan` starting at column `at`.
fn metric_from_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Metric> {
    let is_nan: bool = r.get::<_, Option<bool>>(at + 4)?.unwrap_or(false);
    let value: f64 = r.get(at + 1)?;
    Ok(Metric {
        key: r.get(at)?,
        value: if is_nan { f64::NAN } else { value },
        timestamp: r.get::<_, Option<i64>>(at + 2)?.unwrap_or(0),
        step: r.get::<_, Option<i64>>(at + 3)?.unwrap_or(0),
        ..Default::default()
    })
}

/// Fails unless the run exists and is active (MLflow refuses writes to deleted runs).
pub(super) fn check_active(conn: &Connection, run_id: &str) -> Result<()> {
    let stage: Option<Option<String>> = conn
        .query_row(
            "SELECT lifecycle_stage FROM runs WHERE run_uuid = ?1",
            [run_id],
            |r| r.get(0),
        )
        .optional()?;
    match stage {
        None => Err(not_found(run_id)),
        Some(Some(s)) => rules::writable(run_id, &s),
        Some(None) => Ok(()),
    }
}

/// Creates a run and returns its id.
pub(super) fn create(store: &SqlStore, conn: &Connection, req: &CreateRun) -> Result<String> {
    let exp = experiments::get(store, conn, experiment_id(&req.experiment_id)?)?;
    if exp.lifecycle_stage != ACTIVE {
        return Err(StoreError::Conflict(format!(
            "experiment `{}` is deleted; runs can only be created in active experiments",
            exp.experiment_id
        )));
    }
    validate::timestamp(req.start_time)?;
    let name = names::for_new_run(req)?;
    let user = names::user_of_new_run(req);
    let run_id = uuid::Uuid::new_v4().simple().to_string();
    let artifact_uri = format!(
        "{}/{run_id}/artifacts",
        exp.artifact_location.trim_end_matches('/')
    );
    conn.execute(
        "INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id, \
         status, start_time, end_time, source_version, lifecycle_stage, artifact_uri, \
         experiment_id, deleted_time) \
         VALUES (?1, ?2, 'UNKNOWN', '', '', ?3, 'RUNNING', ?4, NULL, '', 'active', ?5, ?6, NULL)",
        params![
            run_id,
            name,
            user,
            req.start_time,
            artifact_uri,
            exp.experiment_id.parse::<i64>().unwrap_or(0)
        ],
    )?;
    set_tags(conn, &run_id, &names::tags_of_new_run(req, &name))?;
    Ok(run_id)
}

/// Updates status, end time and name of an active run.
pub(super) fn update(conn: &Connection, run_id: &str, update: &UpdateRun) -> Result<()> {
    check_active(conn, run_id)?;
    if let Some(end) = update.end_time {
        validate::timestamp(end)?;
    }
    if let Some(status) = update.status {
        conn.execute(
            "UPDATE runs SET status = ?1 WHERE run_uuid = ?2",
            params![status.as_str(), run_id],
        )?;
    }
    if let Some(end) = update.end_time {
        conn.execute(
            "UPDATE runs SET end_time = ?1 WHERE run_uuid = ?2",
            params![end, run_id],
        )?;
    }
    if let Some(name) = &update.run_name {
        set_tags(conn, run_id, &[Tag::new(RUN_NAME_TAG, name.clone())])?;
    }
    Ok(())
}

/// Soft-deletes or restores a run; repeating either is not an error, as in MLflow.
pub(super) fn set_lifecycle(conn: &Connection, run_id: &str, delete: bool) -> Result<()> {
    get_info(conn, run_id)?;
    let (stage, time) = if delete {
        (DELETED, Some(now_ms()))
    } else {
        (ACTIVE, None)
    };
    conn.execute(
        "UPDATE runs SET lifecycle_stage = ?1, deleted_time = ?2 WHERE run_uuid = ?3",
        params![stage, time, run_id],
    )?;
    Ok(())
}

/// Logs params; the same value again is fine, a different value is an error naming both.
pub(super) fn log_params(conn: &Connection, run_id: &str, params: &[Param]) -> Result<()> {
    let batch = rules::param_batch(params)?;
    let mut existing =
        conn.prepare_cached("SELECT value FROM params WHERE run_uuid = ?1 AND key = ?2")?;
    let new = rules::new_params(run_id, batch, |key| {
        Ok(existing
            .query_row(params![run_id, key], |r| r.get(0))
            .optional()?)
    })?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO params (key, value, run_uuid) VALUES (?1, ?2, ?3)",
    )?;
    for p in &new {
        insert.execute(params![p.key, p.value, run_id])?;
    }
    Ok(())
}

/// Logs metric points; NaN is stored as 0.0 with `is_nan`, ±Inf as ±max double (as MLflow
/// does), and `latest_metrics` keeps the point with the greatest (step, timestamp, value).
pub(super) fn log_metrics(conn: &Connection, run_id: &str, metrics: &[Metric]) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO metrics (key, value, timestamp, run_uuid, step, is_nan) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut latest = conn.prepare_cached(
        "INSERT INTO latest_metrics (key, value, timestamp, step, is_nan, run_uuid) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT (key, run_uuid) DO UPDATE SET value = excluded.value, \
         timestamp = excluded.timestamp, step = excluded.step, is_nan = excluded.is_nan \
         WHERE (excluded.step, excluded.timestamp, excluded.value) > \
         (latest_metrics.step, latest_metrics.timestamp, latest_metrics.value)",
    )?;
    let mut checked: Option<&str> = None;
    for m in metrics {
        if checked != Some(m.key.as_str()) {
            validate::key("metric", &m.key)?;
            checked = Some(&m.key);
        }
        validate::timestamp(m.timestamp)?;
        let (value, is_nan) = if m.value.is_nan() {
            (0.0, true)
        } else if m.value.is_infinite() {
            (f64::MAX.copysign(m.value), false)
        } else {
            (m.value, false)
        };
        insert.execute(params![m.key, value, m.timestamp, run_id, m.step, is_nan])?;
        latest.execute(params![m.key, value, m.timestamp, m.step, is_nan, run_id])?;
    }
    Ok(())
}

/// Sets run tags (values over 8000 characters are truncated, as MLflow does); setting
/// `mlflow.runName` renames the run.
pub(super) fn set_tags(conn: &Connection, run_id: &str, tags: &[Tag]) -> Result<()> {
    let mut upsert = conn.prepare_cached(
        "INSERT INTO tags (key, value, run_uuid) VALUES (?1, ?2, ?3) \
         ON CONFLICT (key, run_uuid) DO UPDATE SET value = excluded.value",
    )?;
    for tag in tags {
        validate::key("tag", &tag.key)?;
        let value = validate::truncate(&tag.value, validate::MAX_TAG_VALUE_LEN);
        upsert.execute(params![tag.key, value, run_id])?;
        if tag.key == RUN_NAME_TAG {
            conn.execute(
                "UPDATE runs SET name = ?1 WHERE run_uuid = ?2",
                params![value, run_id],
            )?;
        }
    }
    Ok(())
}

/// Deletes run tags; every key must exist.
pub(super) fn delete_tags(conn: &Connection, run_id: &str, keys: &[String]) -> Result<()> {
    check_active(conn, run_id)?;
    let mut stmt = conn.prepare_cached("DELETE FROM tags WHERE run_uuid = ?1 AND key = ?2")?;
    for key in keys {
        if stmt.execute(params![run_id, key])? == 0 {
            return Err(StoreError::not_found(
                Kind::Tag,
                format!("run `{run_id}` has no tag `{key}`"),
            ));
        }
    }
    Ok(())
}

/// Returns every point of a metric, ordered by timestamp, step and value as MLflow does.
pub(super) fn metric_history(conn: &Connection, run_id: &str, key: &str) -> Result<Vec<Metric>> {
    get_info(conn, run_id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ?1 AND key = ?2 \
         ORDER BY timestamp, step, value",
    )?;
    let rows = stmt.query_map(params![run_id, key], |r| metric_from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Hands the points of one metric from `from_step` on to `visit`, sorted by step and time:
/// four columns, no key strings, read along the `(run_uuid, key, step)` index and never
/// held together. The index gives step order; points that share a step are put in time
/// order here, as an `ORDER BY step, timestamp` makes SQLite sort within every step (twice
/// the time of the scan, measured on a million points).
pub(super) fn visit_metric_points(
    conn: &Connection,
    run_id: &str,
    key: &str,
    from_step: Option<i64>,
    visit: &mut dyn FnMut(crate::model::Point),
) -> Result<()> {
    get_info(conn, run_id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT step, timestamp, value, is_nan FROM metrics \
         WHERE run_uuid = ?1 AND key = ?2 AND step >= ?3 ORDER BY step",
    )?;
    let mut rows = stmt.query(params![run_id, key, from_step.unwrap_or(i64::MIN)])?;
    let mut same_step: Vec<crate::model::Point> = Vec::new();
    let mut flush = |group: &mut Vec<crate::model::Point>| {
        group.sort_by_key(|p| p.timestamp);
        group.drain(..).for_each(&mut *visit);
    };
    while let Some(r) = rows.next()? {
        let is_nan: bool = r.get::<_, Option<bool>>(3)?.unwrap_or(false);
        let p = crate::model::Point {
            step: r.get::<_, Option<i64>>(0)?.unwrap_or(0),
            timestamp: r.get::<_, Option<i64>>(1)?.unwrap_or(0),
            value: if is_nan { f64::NAN } else { r.get(2)? },
        };
        if same_step.first().is_some_and(|q| q.step != p.step) {
            flush(&mut same_step);
        }
        same_step.push(p);
    }
    flush(&mut same_step);
    Ok(())
}
