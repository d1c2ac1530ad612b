//! `SqlStore` as an [`Importer`]: experiments and runs copied from another store with their
//! ids, tags, timestamps, statuses, lifecycle stages, artifact locations, params, tags, every
//! metric point, datasets and dataset inputs. One transaction for the whole import: nothing is
//! visible until the commit, and an error leaves the target as it was.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::{runs, SqlStore, Tx};
use crate::model::{DatasetInput, Experiment};
use crate::store::copy::{ExperimentImported, Importer, RunCopy, RunImported};
use crate::store::{Result, StoreError};

/// An import into an SQLite store, in one transaction.
pub(crate) struct SqlImporter<'a> {
    store: &'a SqlStore,
    tx: Tx<'a>,
    /// Dataset records by (experiment id, name, digest).
    datasets: HashMap<(i64, String, String), String>,
}

impl SqlStore {
    /// Starts an import.
    pub(crate) fn start_import(&self) -> Result<SqlImporter<'_>> {
        Ok(SqlImporter {
            store: self,
            tx: self.write()?,
            datasets: HashMap::new(),
        })
    }
}

impl Importer for SqlImporter<'_> {
    fn experiment(&mut self, exp: &Experiment) -> Result<ExperimentImported> {
        let Ok(id) = exp.experiment_id.parse::<i64>() else {
            return Ok(ExperimentImported::Skipped(format!(
                "experiment `{}` ({}): an SQL store needs integer experiment ids",
                exp.experiment_id, exp.name
            )));
        };
        import_experiment(self.store, &self.tx, id, exp)
    }

    fn run(&mut self, run: &RunCopy) -> Result<RunImported> {
        let exists: Option<i64> = self
            .tx
            .query_row(
                "SELECT 1 FROM runs WHERE run_uuid = ?1",
                [&run.info.run_id],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Ok(RunImported::Existing);
        }
        let exp_id = super::experiment_id(&run.info.experiment_id)?;
        import_run(&self.tx, exp_id, run)?;
        let (mut datasets, mut inputs) = (0, 0);
        for input in &run.inputs {
            let (uuid, created) = self.dataset(exp_id, input)?;
            datasets += u64::from(created);
            inputs += import_input(&self.tx, &run.info.run_id, &uuid, input)?;
        }
        Ok(RunImported::Created { datasets, inputs })
    }

    fn commit(self: Box<Self>) -> Result<()> {
        self.tx.commit()
    }
}

impl SqlImporter<'_> {
    /// Returns the record of a run's dataset in its experiment, creating it when missing.
    fn dataset(&mut self, exp_id: i64, input: &DatasetInput) -> Result<(String, bool)> {
        let d = &input.dataset;
        let key = (exp_id, d.name.clone(), d.digest.clone());
        if let Some(uuid) = self.datasets.get(&key) {
            return Ok((uuid.clone(), false));
        }
        let existing: Option<String> = self
            .tx
            .query_row(
                "SELECT dataset_uuid FROM datasets WHERE experiment_id = ?1 AND name = ?2 AND digest = ?3",
                params![exp_id, d.name, d.digest],
                |r| r.get(0),
            )
            .optional()?;
        let (uuid, created) = match existing {
            Some(u) => (u, false),
            None => {
                let uuid = uuid::Uuid::new_v4().simple().to_string();
                self.tx.execute(
                    "INSERT INTO datasets (dataset_uuid, experiment_id, name, digest, \
                     dataset_source_type, dataset_source, dataset_schema, dataset_profile) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        uuid,
                        exp_id,
                        d.name,
                        d.digest,
                        d.source_type,
                        d.source,
                        d.schema,
                        d.profile
                    ],
                )?;
                (uuid, true)
            }
        };
        self.datasets.insert(key, uuid.clone());
        Ok((uuid, created))
    }
}

/// Writes one dataset input of a run with its tags; returns 1 when it was new.
fn import_input(
    conn: &Connection,
    run_id: &str,
    dataset: &str,
    input: &DatasetInput,
) -> Result<u64> {
    let uuid = uuid::Uuid::new_v4().simple().to_string();
    let inserted = conn.execute(
        "INSERT OR IGNORE INTO inputs (input_uuid, source_type, source_id, destination_type, \
         destination_id) VALUES (?1, 'DATASET', ?2, 'RUN', ?3)",
        params![uuid, dataset, run_id],
    )?;
    if inserted == 0 {
        return Ok(0);
    }
    for tag in &input.tags {
        conn.execute(
            "INSERT OR REPLACE INTO input_tags (input_uuid, name, value) VALUES (?1, ?2, ?3)",
            params![uuid, tag.key, tag.value],
        )?;
    }
    Ok(1)
}

fn import_experiment(
    store: &SqlStore,
    conn: &Connection,
    id: i64,
    exp: &Experiment,
) -> Result<ExperimentImported> {
    let existing: Option<String> = conn
        .query_row(
            "SELECT name FROM experiments WHERE experiment_id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    let created = match existing {
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
            ExperimentImported::Existing
        }
        Some(name) if name == exp.name => ExperimentImported::Existing,
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
            let ws = if store.has_workspace {
                ", workspace"
            } else {
                ""
            };
            let ws_value = if store.has_workspace {
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
            ExperimentImported::Created
        }
    };
    super::experiments::insert_tags(conn, id, &exp.tags)?;
    Ok(created)
}

fn has_runs(conn: &Connection, exp_id: i64) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM runs WHERE experiment_id = ?1",
        [exp_id],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

fn import_run(conn: &Connection, exp_id: i64, run: &RunCopy) -> Result<()> {
    let i = &run.info;
    conn.execute(
        "INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id, \
         status, start_time, end_time, deleted_time, source_version, lifecycle_stage, \
         artifact_uri, experiment_id) \
         VALUES (?1, ?2, ?3, '', '', ?4, ?5, ?6, ?7, ?8, '', ?9, ?10, ?11)",
        params![
            i.run_id,
            i.run_name,
            run.source_type.as_deref().unwrap_or("LOCAL"),
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
    for p in &run.params {
        param.execute(params![p.key, p.value, i.run_id])?;
    }
    let mut tag = conn
        .prepare_cached("INSERT OR REPLACE INTO tags (key, value, run_uuid) VALUES (?1, ?2, ?3)")?;
    for t in &run.tags {
        tag.execute(params![t.key, t.value, i.run_id])?;
    }
    runs::log_metrics(conn, &i.run_id, &run.metrics)?;
    Ok(())
}
