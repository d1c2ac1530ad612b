//! Creating a fresh MLflow 3.18 database, and checking that an existing one is an MLflow
//! database at a revision whose tracking tables mlf understands.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::store::{now_ms, Result, StoreError};

/// Every CREATE statement of a fresh MLflow 3.18.0 database, plus its seed rows.
const SCHEMA: &str = include_str!("schema.sql");
/// MLflow 3.18.0's alembic revisions, oldest first (comment lines start with `#`).
const REVISIONS: &str = include_str!("revisions.txt");
/// The revision mlf creates: MLflow 3.18.0's head.
pub const HEAD: &str = "f4a9b2c7d1e6";

/// Tables mlf reads and writes.
const TRACKING_TABLES: [&str; 7] = [
    "experiments",
    "experiment_tags",
    "runs",
    "tags",
    "params",
    "metrics",
    "latest_metrics",
];

/// Creates the schema if the database has no tables, then checks its revision and tracking
/// tables. Returns whether `experiments` has the `workspace` column.
pub fn prepare(conn: &Connection, path: &Path, artifact_root: &str) -> Result<bool> {
    if table_count(conn)? == 0 {
        // Several processes may find a fresh file at once: the first to take the write lock
        // creates the schema, the others see it when they get the lock.
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        if table_count(&tx)? == 0 {
            tx.execute_batch(SCHEMA)?;
            let now = now_ms();
            tx.execute(
                "INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, \
                 creation_time, last_update_time, workspace) \
                 VALUES (0, 'Default', ?1, 'active', ?2, ?2, 'default')",
                rusqlite::params![format!("{artifact_root}/0"), now],
            )?;
        }
        tx.commit()?;
    }
    check_revision(conn, path)?;
    for table in TRACKING_TABLES {
        if !has_table(conn, table)? {
            return Err(StoreError::Corrupt(format!(
                "`{}` is not an MLflow tracking database: it has no `{table}` table",
                path.display()
            )));
        }
    }
    let has_workspace = conn
        .prepare("SELECT 1 FROM pragma_table_info('experiments') WHERE name = 'workspace'")?
        .exists([])?;
    Ok(has_workspace)
}

fn table_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?)
}

fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")?
        .exists([name])?)
}

/// Returns whether mlf knows this alembic revision (one of MLflow 3.18.0's chain).
pub fn is_known_revision(rev: &str) -> bool {
    REVISIONS
        .lines()
        .any(|l| !l.starts_with('#') && l.trim() == rev)
}

fn check_revision(conn: &Connection, path: &Path) -> Result<()> {
    if !has_table(conn, "alembic_version")? {
        return Err(StoreError::Corrupt(format!(
            "`{}` is not an MLflow tracking database: it has no `alembic_version` table",
            path.display()
        )));
    }
    let rev: Option<String> = conn
        .query_row("SELECT version_num FROM alembic_version", [], |r| r.get(0))
        .optional()?;
    match rev {
        None => Err(StoreError::Corrupt(format!(
            "`{}` has no schema revision in `alembic_version`; it was not fully created by MLflow",
            path.display()
        ))),
        Some(rev) if !is_known_revision(&rev) => Err(StoreError::Corrupt(format!(
            "`{}` has schema revision `{rev}`, which mlf does not know (it knows MLflow's \
             revisions up to 3.18.0, `{HEAD}`); a newer MLflow wrote it",
            path.display()
        ))),
        Some(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_is_complete() {
        let conn = Connection::open_in_memory().unwrap();
        prepare(&conn, Path::new(":memory:"), "/tmp/mlruns").unwrap();
        assert_eq!(table_count(&conn).unwrap(), 71);
        let rev: String = conn
            .query_row("SELECT version_num FROM alembic_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rev, HEAD);
        let indexes: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 163);
        let loc: String = conn
            .query_row(
                "SELECT artifact_location FROM experiments WHERE experiment_id = 0",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(loc, "/tmp/mlruns/0");
    }

    #[test]
    fn knows_revisions() {
        assert!(is_known_revision(HEAD));
        assert!(is_known_revision("dc11669786a5"));
        assert!(!is_known_revision("ffffffffffff"));
        assert!(!is_known_revision("# alembic"));
    }

    #[test]
    fn refuses_unknown_revision() {
        let conn = Connection::open_in_memory().unwrap();
        prepare(&conn, Path::new("x.db"), "/tmp").unwrap();
        conn.execute(
            "UPDATE alembic_version SET version_num = 'ffffffffffff'",
            [],
        )
        .unwrap();
        let err = prepare(&conn, Path::new("x.db"), "/tmp").unwrap_err();
        assert!(err.to_string().contains("`ffffffffffff`"), "{err}");
    }
}
