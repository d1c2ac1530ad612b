//! Translating parsed searches (`crate::search`) into SQL over MLflow's tables, with MLflow's
//! ordering rules: values first, then NaN, then missing, in both directions; default order
//! `start_time DESC, run_uuid ASC` for runs and `creation_time DESC, experiment_id ASC` for
//! experiments; offsets as page tokens.
//!
//! The filter clauses and order keys become SQL fragments in `clauses`.

use rusqlite::Connection;

use super::clauses::{experiment_clause, run_clause, run_order, Sql};
use super::{experiment_id, experiments, runs, SqlStore};
use crate::model::{Experiment, Page, Run};
use crate::search::{self, Entity};
use crate::store::{ExperimentQuery, ParsedQuery, Result, RunQuery, StoreError};

/// Cuts the rows fetched (one more than `max`) to a page, with a token when more follow.
/// Runs `select` with the clauses, order and one page of `sql`, mapping rows with `row`.
fn select_page<T>(
    conn: &Connection,
    sql: &mut Sql,
    select: &str,
    offset: usize,
    max: usize,
    row: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Page<T>> {
    let limit = sql.bind((max + 1) as i64);
    let off = sql.bind(offset as i64);
    let text = format!(
        "{select} WHERE {} ORDER BY {} LIMIT {limit} OFFSET {off}",
        sql.wheres.join(" AND "),
        sql.order.join(", ")
    );
    let mut stmt = conn.prepare(&text).map_err(too_large)?;
    let items = stmt
        .query_map(rusqlite::params_from_iter(sql.args.iter()), row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(paged(items, offset, max))
}

fn paged<T>(mut items: Vec<T>, offset: usize, max: usize) -> Page<T> {
    let next_page_token = (items.len() > max).then(|| search::encode_page_token(offset + max));
    items.truncate(max);
    Page {
        items,
        next_page_token,
    }
}

/// Runs one page of a runs search.
pub(super) fn runs(conn: &Connection, q: &RunQuery) -> Result<Page<Run>> {
    let ParsedQuery {
        offset,
        filter,
        order,
    } = q.parse()?;
    // MLflow's SQL store refuses an order_by naming one key twice (its file store does not).
    search::order::check_unique(&q.order_by, &order)
        .map_err(|e| StoreError::Invalid(format!("{}\n{}", e.message, e.caret())))?;
    if q.experiment_ids.is_empty() {
        return Ok(Page {
            items: Vec::new(),
            next_page_token: None,
        });
    }
    let mut sql = Sql::default();
    let ids: Vec<String> = q
        .experiment_ids
        .iter()
        .map(|id| experiment_id(id).map(|i| sql.bind(i)))
        .collect::<Result<_>>()?;
    sql.wheres
        .push(format!("runs.experiment_id IN ({})", ids.join(", ")));
    let stages: Vec<String> = q
        .view
        .stages()
        .iter()
        .map(|s| sql.bind(s.to_string()))
        .collect();
    sql.wheres
        .push(format!("runs.lifecycle_stage IN ({})", stages.join(", ")));
    for clause in &filter.clauses {
        run_clause(&mut sql, clause)?;
    }
    run_order(&mut sql, &order)?;
    let select = format!(
        "SELECT runs.run_uuid, runs.name, runs.experiment_id, runs.user_id, runs.status, \
         runs.start_time, runs.end_time, runs.artifact_uri, runs.lifecycle_stage FROM runs{}",
        sql.joins
    );
    let page = select_page(
        conn,
        &mut sql,
        &select,
        offset,
        q.max_results,
        runs::info_from_row,
    )?;
    Ok(Page {
        items: runs::with_data(conn, page.items)?,
        next_page_token: page.next_page_token,
    })
}

/// Runs one page of an experiments search.
pub(super) fn experiments(
    store: &SqlStore,
    conn: &Connection,
    q: &ExperimentQuery,
) -> Result<Page<Experiment>> {
    let ParsedQuery {
        offset,
        filter,
        order,
    } = q.parse()?;
    let mut sql = Sql::default();
    let stages: Vec<String> = q
        .view
        .stages()
        .iter()
        .map(|s| sql.bind(s.to_string()))
        .collect();
    sql.wheres.push(format!(
        "experiments.lifecycle_stage IN ({})",
        stages.join(", ")
    ));
    if store.has_workspace {
        sql.wheres.push("experiments.workspace = 'default'".into());
    }
    for clause in &filter.clauses {
        experiment_clause(&mut sql, clause)?;
    }
    if order.is_empty() {
        sql.order.push("experiments.creation_time DESC".into());
        sql.order.push("experiments.experiment_id ASC".into());
    } else {
        for k in &order {
            let dir = if k.ascending { "ASC" } else { "DESC" };
            match (k.entity, k.key.as_str()) {
                (
                    Entity::Attribute,
                    key @ ("name" | "experiment_id" | "creation_time" | "last_update_time"),
                ) => sql.order.push(format!("experiments.{key} {dir}")),
                _ => {
                    return Err(StoreError::Invalid(format!(
                        "invalid order_by key `{}`",
                        k.key
                    )))
                }
            }
        }
        if !order.iter().any(|k| k.key == "experiment_id") {
            sql.order.push("experiments.experiment_id DESC".into());
        }
    }
    let select = format!("SELECT {} FROM experiments", experiments::columns(store));
    let mut page = select_page(
        conn,
        &mut sql,
        &select,
        offset,
        q.max_results,
        experiments::from_row,
    )?;
    experiments::load_tags(conn, &mut page.items)?;
    Ok(page)
}

/// A search SQLite cannot even prepare because of its size (a filter with thousands of terms)
/// is bad input, not a database failure.
fn too_large(e: rusqlite::Error) -> StoreError {
    let text = e.to_string();
    let limits = [
        "too large",
        "too many SQL variables",
        "too many terms",
        "parser stack overflow",
        "too complex",
        "too big",
    ];
    if limits.iter().any(|l| text.contains(l)) {
        StoreError::Invalid(format!(
            "the filter is too large for SQLite ({text}); split the search into smaller ones"
        ))
    } else {
        e.into()
    }
}
