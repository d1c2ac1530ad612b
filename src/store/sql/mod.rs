//! `SqlStore`: MLflow's SQL schema in an SQLite file, read and written as MLflow 3.18 does.
//!
//! Schema: MLflow 3.18.0, alembic revision `f4a9b2c7d1e6` (`schema.sql`, generated from a
//! real MLflow by `scripts/gen-schema.py`). A missing database is created with that complete
//! schema; an existing one is opened at whatever known MLflow revision it has and is never
//! migrated. Each operation is one transaction; writers start with `BEGIN IMMEDIATE`. A reader
//! or writer that finds the database locked by another process waits for it (saying so on
//! stderr after two seconds) for up to ten minutes, so readers and writers queue up behind a
//! long ingest instead of failing after SQLite's usual few seconds. The database keeps
//! MLflow's rollback journal: mlf never switches it to WAL.

mod clauses;
mod experiments;
mod import;
mod inputs;
mod models;
mod models_search;
mod registry;
mod registry_read;
mod runs;
mod schema;
mod search;

use std::path::{Path, PathBuf};
use std::time::Duration;

use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

use super::{
    CreateRun, ExperimentQuery, MetricBatches, PartialWrite, Result, RunQuery, Store, StoreError,
    UpdateRun,
};
use crate::model::{Experiment, Metric, Page, Param, Run, RunInfo, Tag};

/// How long mlf waits for another process that holds the database.
const BUSY_LIMIT: Duration = Duration::from_secs(600);
/// After how long waiting is said on stderr.
const BUSY_NOTICE: Duration = Duration::from_secs(2);

/// Where the busy handler says that it waits (set by the first store opened).
static BUSY_NOTIFY: std::sync::OnceLock<Notify> = std::sync::OnceLock::new();

/// A callback taking a status line.
type Notify = Box<dyn Fn(&str) + Send + Sync>;

/// When the current wait for the lock began (one wait at a time per process).
static BUSY_SINCE: std::sync::Mutex<Option<std::time::Instant>> = std::sync::Mutex::new(None);

/// SQLite's busy handler: called while another connection holds the lock, with the number of
/// times it was called for this wait; sleeps a little and says whether to try again.
fn busy(count: i32) -> bool {
    let now = std::time::Instant::now();
    let Ok(mut since) = BUSY_SINCE.lock() else {
        return false;
    };
    let start = if count == 0 {
        *since = Some(now);
        now
    } else {
        *since.get_or_insert(now)
    };
    drop(since);
    let waited = now - start;
    if waited >= BUSY_LIMIT {
        return false;
    }
    if waited >= BUSY_NOTICE && waited - BUSY_NOTICE < Duration::from_millis(60) {
        if let Some(notify) = BUSY_NOTIFY.get() {
            notify("waiting for another process that is using the database…");
        }
    }
    std::thread::sleep(Duration::from_millis(match count {
        0..=9 => 1,
        10..=49 => 10,
        _ => 50,
    }));
    true
}

/// An MLflow tracking database in an SQLite file.
pub struct SqlStore {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// Whether `experiments` has the `workspace` column (added in MLflow 3.x).
    has_workspace: bool,
    /// Where artifacts of new experiments go: `<cwd>/mlruns`, as MLflow's default.
    default_artifact_root: String,
}

impl SqlStore {
    /// Opens (creating if missing) the database at `path`; `notify` hears that mlf waits for
    /// another process holding it.
    pub fn open_with(path: &Path, notify: Notify) -> Result<SqlStore> {
        let _ = BUSY_NOTIFY.set(notify);
        Self::open(path)
    }

    /// Opens (creating if missing) the database at `path`.
    pub fn open(path: &Path) -> Result<SqlStore> {
        if let Some(parent) = path.parent() {
            if !parent.as_os_str().is_empty() && !parent.exists() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    StoreError::Io(std::io::Error::new(
                        e.kind(),
                        format!("could not create `{}`: {e}", parent.display()),
                    ))
                })?;
            }
        }
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        conn.busy_handler(Some(busy))?;
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA case_sensitive_like = true;")
            .map_err(|e| open_error(path, e))?;
        let cwd = std::env::current_dir()?;
        let default_artifact_root = cwd.join("mlruns").to_string_lossy().into_owned();
        let has_workspace = schema::prepare(&conn, path, &default_artifact_root)?;
        Ok(SqlStore {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
            has_workspace,
            default_artifact_root,
        })
    }

    /// Starts a write transaction, waiting for other writers.
    fn write(&self) -> Result<Tx<'_>> {
        Tx::begin(self.conn()?, "BEGIN IMMEDIATE")
    }

    /// Starts a read transaction, so that a multi-query read sees one snapshot.
    fn read(&self) -> Result<Tx<'_>> {
        Tx::begin(self.conn()?, "BEGIN DEFERRED")
    }

    /// Returns the connection, for one caller at a time.
    fn conn(&self) -> Result<MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| StoreError::Database {
            message: "an earlier operation on the database panicked".into(),
            busy: false,
        })
    }
}

/// A transaction on the store's connection, which it holds until committed or dropped
/// (dropped uncommitted, it rolls back).
pub(crate) struct Tx<'a> {
    conn: MutexGuard<'a, Connection>,
    open: bool,
}

impl<'a> Tx<'a> {
    fn begin(conn: MutexGuard<'a, Connection>, sql: &str) -> Result<Tx<'a>> {
        conn.execute_batch(sql)?;
        Ok(Tx { conn, open: true })
    }

    /// Makes the transaction's writes permanent.
    pub(crate) fn commit(mut self) -> Result<()> {
        self.open = false;
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// SQLite's errors become the store's: the text, and whether the database was busy.
impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Database {
            busy: e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy),
            message: e.to_string(),
        }
    }
}

fn open_error(path: &Path, e: rusqlite::Error) -> StoreError {
    StoreError::Corrupt(format!(
        "could not open `{}` as an SQLite database: {e}",
        path.display()
    ))
}

/// Parses an experiment id; the SQL store's ids are integers.
fn experiment_id(id: &str) -> Result<i64> {
    id.trim().parse().map_err(|_| {
        StoreError::Invalid(format!(
            "invalid experiment id `{id}`: experiment ids of an SQLite store are integers"
        ))
    })
}

impl Store for SqlStore {
    fn kind(&self) -> &'static str {
        "sqlite"
    }

    fn create_experiment(
        &self,
        name: &str,
        location: Option<&str>,
        tags: &[Tag],
    ) -> Result<String> {
        let tx = self.write()?;
        let id = experiments::create(self, &tx, name, location, tags)?;
        tx.commit()?;
        Ok(id.to_string())
    }

    fn get_experiment(&self, id: &str) -> Result<Experiment> {
        let tx = self.read()?;
        experiments::get(self, &tx, experiment_id(id)?)
    }

    fn get_experiment_by_name(&self, name: &str) -> Result<Experiment> {
        let tx = self.read()?;
        experiments::get_by_name(self, &tx, name)
    }

    fn search_experiments(&self, query: &ExperimentQuery) -> Result<Page<Experiment>> {
        let tx = self.read()?;
        search::experiments(self, &tx, query)
    }

    fn rename_experiment(&self, id: &str, new_name: &str) -> Result<()> {
        let tx = self.write()?;
        experiments::rename(self, &tx, experiment_id(id)?, new_name)?;
        tx.commit()
    }

    fn delete_experiment(&self, id: &str) -> Result<()> {
        let tx = self.write()?;
        experiments::set_lifecycle(self, &tx, experiment_id(id)?, true)?;
        tx.commit()
    }

    fn restore_experiment(&self, id: &str) -> Result<()> {
        let tx = self.write()?;
        experiments::set_lifecycle(self, &tx, experiment_id(id)?, false)?;
        tx.commit()
    }

    fn set_experiment_tags(&self, id: &str, tags: &[Tag]) -> Result<()> {
        let tx = self.write()?;
        experiments::set_tags(self, &tx, experiment_id(id)?, tags)?;
        tx.commit()
    }

    fn delete_experiment_tags(&self, id: &str, keys: &[String]) -> Result<()> {
        let tx = self.write()?;
        experiments::delete_tags(self, &tx, experiment_id(id)?, keys)?;
        tx.commit()
    }

    fn create_run(&self, req: &CreateRun) -> Result<Run> {
        let tx = self.write()?;
        let run_id = runs::create(self, &tx, req)?;
        let run = runs::get(&tx, &run_id)?;
        tx.commit()?;
        Ok(run)
    }

    fn get_run(&self, run_id: &str) -> Result<Run> {
        let tx = self.read()?;
        runs::get(&tx, run_id)
    }

    fn update_run(&self, run_id: &str, update: &UpdateRun) -> Result<RunInfo> {
        let tx = self.write()?;
        runs::update(&tx, run_id, update)?;
        let info = runs::get_info(&tx, run_id)?;
        tx.commit()?;
        Ok(info)
    }

    fn delete_run(&self, run_id: &str) -> Result<()> {
        let tx = self.write()?;
        runs::set_lifecycle(&tx, run_id, true)?;
        tx.commit()
    }

    fn restore_run(&self, run_id: &str) -> Result<()> {
        let tx = self.write()?;
        runs::set_lifecycle(&tx, run_id, false)?;
        tx.commit()
    }

    fn search_runs(&self, query: &RunQuery) -> Result<Page<Run>> {
        let tx = self.read()?;
        search::runs(&tx, query)
    }

    fn log_batch(
        &self,
        run_id: &str,
        metrics: &[Metric],
        params: &[Param],
        tags: &[Tag],
    ) -> Result<()> {
        let tx = self.write()?;
        runs::check_active(&tx, run_id)?;
        runs::log_params(&tx, run_id, params)?;
        runs::log_metrics(&tx, run_id, metrics)?;
        models::log_model_metrics(&tx, run_id, metrics)?;
        runs::set_tags(&tx, run_id, tags)?;
        tx.commit()
    }

    fn log_metric_stream(
        &self,
        run_id: &str,
        batches: &mut MetricBatches<'_>,
    ) -> Result<u64, PartialWrite> {
        // One transaction for the whole stream: a bad line leaves nothing written.
        let tx = self.write()?;
        runs::check_active(&tx, run_id)?;
        let mut n = 0;
        for batch in batches {
            let batch = batch?;
            runs::log_metrics(&tx, run_id, &batch)?;
            models::log_model_metrics(&tx, run_id, &batch)?;
            n += batch.len() as u64;
        }
        tx.commit()?;
        Ok(n)
    }

    fn delete_run_tags(&self, run_id: &str, keys: &[String]) -> Result<()> {
        let tx = self.write()?;
        runs::delete_tags(&tx, run_id, keys)?;
        tx.commit()
    }

    fn importer(&self) -> Result<Box<dyn crate::store::copy::Importer + '_>> {
        Ok(Box::new(self.start_import()?))
    }

    fn holds_data(&self) -> Result<bool> {
        let conn = self.conn()?;
        let runs: i64 = conn.query_row("SELECT count(*) FROM runs", [], |r| r.get(0))?;
        let exps: i64 = conn.query_row(
            "SELECT count(*) FROM experiments WHERE experiment_id != 0",
            [],
            |r| r.get(0),
        )?;
        Ok(runs > 0 || exps > 0)
    }

    fn metric_history(&self, run_id: &str, key: &str) -> Result<Vec<Metric>> {
        let tx = self.read()?;
        runs::metric_history(&tx, run_id, key)
    }

    fn metric_points(
        &self,
        run_id: &str,
        key: &str,
        from_step: Option<i64>,
    ) -> Result<Vec<crate::model::Point>> {
        let mut points = Vec::new();
        self.visit_metric_points(run_id, key, from_step, &mut |p| points.push(p))?;
        Ok(points)
    }

    fn visit_metric_points(
        &self,
        run_id: &str,
        key: &str,
        from_step: Option<i64>,
        visit: &mut dyn FnMut(crate::model::Point),
    ) -> Result<()> {
        let tx = self.read()?;
        runs::visit_metric_points(&tx, run_id, key, from_step, visit)
    }
}

impl std::fmt::Debug for SqlStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqlStore")
            .field("path", &self.path)
            .finish()
    }
}
