//! Copying a file store (`mlruns/`) into the SQL schema: experiments with their ids, tags,
//! timestamps and artifact locations; runs with their status, times, lifecycle, artifact URI,
//! params, tags and every metric point; datasets and dataset inputs. One transaction: an
//! error leaves the target as it was.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use super::{experiments, runs, SqlStore};
use crate::model::{Metric, RunInfo, Tag, ViewType};
use crate::store::file::{self, FileStore};
use crate::store::{Result, StoreError};

/// What a migration copied and skipped.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct ImportCounts {
    pub experiments: u64,
    pub experiment_tags: u64,
    pub runs: u64,
    pub params: u64,
    pub tags: u64,
    pub metrics: u64,
    pub datasets: u64,
    pub inputs: u64,
    /// Runs already in the target (with `--merge`) or unreadable in the source.
    pub skipped_runs: u64,
    /// Experiments whose folder cannot be read or whose id is not an integer.
    pub skipped_experiments: u64,
}

/// Everything read from one run folder before anything is written.
struct RunCopy {
    info: RunInfo,
    deleted_time: Option<i64>,
    source_type: String,
    params: Vec<(String, String)>,
    tags: Vec<(String, String)>,
    metrics: Vec<Metric>,
}

fn read_run(dir: &Path, exp_id: &str) -> Result<RunCopy> {
    let (info, doc) = file::meta_run_info(dir, exp_id)?;
    let mut metrics = Vec::new();
    for (key, path) in file::list_keys(&dir.join("metrics"))? {
        metrics.extend(
            FileStore::history_in(dir, &key)
                .map_err(|e| StoreError::Corrupt(format!("`{}`: {e}", path.display())))?,
        );
    }
    Ok(RunCopy {
        deleted_time: doc.int("deleted_time"),
        source_type: doc
            .get("source_type")
            .filter(|s| matches!(s, file::yaml::Scalar::Quoted(_)))
            .and_then(|s| s.as_str())
            .unwrap_or("LOCAL")
            .to_string(),
        params: file::read_values(&dir.join("params"))?,
        tags: file::read_values(&dir.join("tags"))?,
        metrics,
        info,
    })
}

impl SqlStore {
    /// Whether the database holds anything besides the default experiment `0`.
    pub fn holds_data(&self) -> Result<bool> {
        let conn = self.conn()?;
        let runs: i64 = conn.query_row("SELECT count(*) FROM runs", [], |r| r.get(0))?;
        let exps: i64 = conn.query_row(
            "SELECT count(*) FROM experiments WHERE experiment_id != 0",
            [],
            |r| r.get(0),
        )?;
        Ok(runs > 0 || exps > 0)
    }

    /// Copies every experiment and run of `src` into this database, keeping ids. Runs that
    /// are already here are skipped (the caller decides whether merging is allowed);
    /// unreadable folders are reported through `warn` and skipped.
    pub fn import_file_store(&self, src: &FileStore, warn: &dyn Fn(&str)) -> Result<ImportCounts> {
        let tx = self.write()?;
        let mut n = ImportCounts::default();
        for (id, dir) in src.experiment_dirs(ViewType::All)? {
            let exp = match file::meta_experiment(&dir, &id) {
                Ok(e) => e,
                Err(e) => {
                    warn(&format!(
                        "skipping experiment folder `{}`: {e}",
                        dir.display()
                    ));
                    n.skipped_experiments += 1;
                    continue;
                }
            };
            let Ok(db_id) = id.parse::<i64>() else {
                warn(&format!(
                    "skipping experiment `{id}` ({}): an SQL store needs integer experiment ids",
                    exp.name
                ));
                n.skipped_experiments += 1;
                continue;
            };
            self.import_experiment(&tx, db_id, &exp, &mut n)?;
            let datasets = import_datasets(&tx, &dir, db_id, &mut n)?;
            for run_dir in FileStore::run_dirs_in(&dir)? {
                if !run_dir.join("meta.yaml").is_file() {
                    continue;
                }
                let run = match read_run(&run_dir, &id) {
                    Ok(r) => r,
                    Err(e) => {
                        warn(&format!("skipping run folder `{}`: {e}", run_dir.display()));
                        n.skipped_runs += 1;
                        continue;
                    }
                };
                let exists: Option<i64> = tx
                    .query_row(
                        "SELECT 1 FROM runs WHERE run_uuid = ?1",
                        [&run.info.run_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                if exists.is_some() {
                    n.skipped_runs += 1;
                    continue;
                }
                import_run(&tx, db_id, &run, &mut n)?;
                import_inputs(&tx, &run_dir, &run.info.run_id, &datasets, &mut n)?;
            }
            for (what, sub) in [("traces", "traces"), ("logged models", "models")] {
                if std::fs::read_dir(dir.join(sub)).is_ok_and(|mut d| d.next().is_some()) {
                    warn(&format!(
                        "experiment `{id}` has {what} (`{}`), which are not migrated",
                        dir.join(sub).display()
                    ));
                }
            }
        }
        tx.commit()?;
        Ok(n)
    }

    fn import_experiment(
        &self,
        conn: &Connection,
        id: i64,
        exp: &crate::model::Experiment,
        n: &mut ImportCounts,
    ) -> Result<()> {
        let existing: Option<String> = conn
            .query_row(
                "SELECT name FROM experiments WHERE experiment_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            // The default experiment a new database starts with takes the source's fields.
            Some(name) if name == exp.name && id == 0 && !has_runs(conn, 0)? => {
                conn.execute(
                    "UPDATE experiments SET artifact_location = ?1, lifecycle_stage = ?2, \
                     creation_time = ?3, last_update_time = ?4 WHERE experiment_id = 0",
                    params![
                        exp.artifact_location,
                        exp.lifecycle_stage,
                        exp.creation_time,
                        exp.last_update_time
                    ],
                )?;
            }
            Some(name) if name == exp.name => {}
            Some(name) => {
                return Err(StoreError::Conflict(format!(
                    "experiment id {id} is `{name}` in the target but `{}` in the source",
                    exp.name
                )))
            }
            None => {
                let taken: Option<i64> = conn
                    .query_row(
                        "SELECT experiment_id FROM experiments WHERE name = ?1",
                        [&exp.name],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(other) = taken {
                    return Err(StoreError::Conflict(format!(
                        "experiment `{}` has id {id} in the source but {other} in the target",
                        exp.name
                    )));
                }
                let ws = if self.has_workspace {
                    ", workspace"
                } else {
                    ""
                };
                let ws_value = if self.has_workspace {
                    ", 'default'"
                } else {
                    ""
                };
                conn.execute(
                    &format!(
                        "INSERT INTO experiments (experiment_id, name, artifact_location, \
                         lifecycle_stage, creation_time, last_update_time{ws}) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6{ws_value})"
                    ),
                    params![
                        id,
                        exp.name,
                        exp.artifact_location,
                        exp.lifecycle_stage,
                        exp.creation_time,
                        exp.last_update_time
                    ],
                )?;
                n.experiments += 1;
            }
        }
        experiments::insert_tags(conn, id, &exp.tags)?;
        n.experiment_tags += exp.tags.len() as u64;
        Ok(())
    }
}

fn has_runs(conn: &Connection, exp_id: i64) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM runs WHERE experiment_id = ?1",
        [exp_id],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

fn import_run(conn: &Connection, exp_id: i64, run: &RunCopy, n: &mut ImportCounts) -> Result<()> {
    let i = &run.info;
    conn.execute(
        "INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id, \
         status, start_time, end_time, deleted_time, source_version, lifecycle_stage, \
         artifact_uri, experiment_id) \
         VALUES (?1, ?2, ?3, '', '', ?4, ?5, ?6, ?7, ?8, '', ?9, ?10, ?11)",
        params![
            i.run_id,
            i.run_name,
            run.source_type,
            i.user_id,
            i.status.as_str(),
            i.start_time,
            i.end_time,
            run.deleted_time,
            i.lifecycle_stage,
            i.artifact_uri,
            exp_id
        ],
    )?;
    let mut param = conn.prepare_cached(
        "INSERT OR IGNORE INTO params (key, value, run_uuid) VALUES (?1, ?2, ?3)",
    )?;
    for (k, v) in &run.params {
        param.execute(params![k, v, i.run_id])?;
    }
    let tags: Vec<Tag> = run.tags.iter().map(|(k, v)| Tag::new(k, v)).collect();
    let mut tag = conn
        .prepare_cached("INSERT OR REPLACE INTO tags (key, value, run_uuid) VALUES (?1, ?2, ?3)")?;
    for t in &tags {
        tag.execute(params![t.key, t.value, i.run_id])?;
    }
    runs::log_metrics(conn, &i.run_id, &run.metrics)?;
    n.runs += 1;
    n.params += run.params.len() as u64;
    n.tags += tags.len() as u64;
    n.metrics += run.metrics.len() as u64;
    Ok(())
}

/// Copies the datasets of an experiment; returns their new uuids by folder name.
fn import_datasets(
    conn: &Connection,
    exp_dir: &Path,
    exp_id: i64,
    n: &mut ImportCounts,
) -> Result<HashMap<String, String>> {
    let mut map = HashMap::new();
    let Ok(entries) = std::fs::read_dir(exp_dir.join("datasets")) else {
        return Ok(map);
    };
    for entry in entries.flatten() {
        let Ok(doc) = file::read_doc(&entry.path()) else {
            continue;
        };
        let folder = entry.file_name().to_string_lossy().into_owned();
        let name = doc.str("name").unwrap_or_default();
        let digest = doc.str("digest").unwrap_or_default();
        let existing: Option<String> = conn
            .query_row(
                "SELECT dataset_uuid FROM datasets WHERE experiment_id = ?1 AND name = ?2 AND digest = ?3",
                params![exp_id, name, digest],
                |r| r.get(0),
            )
            .optional()?;
        let uuid = match existing {
            Some(u) => u,
            None => {
                let uuid = uuid::Uuid::new_v4().simple().to_string();
                conn.execute(
                    "INSERT INTO datasets (dataset_uuid, experiment_id, name, digest, \
                     dataset_source_type, dataset_source, dataset_schema, dataset_profile) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        uuid,
                        exp_id,
                        name,
                        digest,
                        doc.str("source_type").unwrap_or_default(),
                        doc.str("source").unwrap_or_default(),
                        doc.str("schema"),
                        doc.str("profile")
                    ],
                )?;
                n.datasets += 1;
                uuid
            }
        };
        map.insert(folder, uuid);
    }
    Ok(map)
}

/// Copies the dataset inputs of a run (with their tags, such as the context).
fn import_inputs(
    conn: &Connection,
    run_dir: &Path,
    run_id: &str,
    datasets: &HashMap<String, String>,
    n: &mut ImportCounts,
) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(run_dir.join("inputs")) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let Ok(doc) = file::read_doc(&entry.path()) else {
            continue;
        };
        if doc.str("source_type") != Some("DATASET") {
            continue;
        }
        let Some(uuid) = doc.str("source_id").and_then(|id| datasets.get(id)) else {
            continue;
        };
        let input = uuid::Uuid::new_v4().simple().to_string();
        let inserted = conn.execute(
            "INSERT OR IGNORE INTO inputs (input_uuid, source_type, source_id, destination_type, \
             destination_id) VALUES (?1, 'DATASET', ?2, 'RUN', ?3)",
            params![input, uuid, run_id],
        )?;
        if inserted == 0 {
            continue;
        }
        n.inputs += 1;
        if let Some(tags) = doc.nested("tags") {
            for (name, value) in tags.pairs() {
                conn.execute(
                    "INSERT OR REPLACE INTO input_tags (input_uuid, name, value) VALUES (?1, ?2, ?3)",
                    params![input, name, value],
                )?;
            }
        }
    }
    Ok(())
}
