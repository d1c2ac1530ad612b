//! Translating parsed searches (`crate::search`) into SQL over MLflow's tables, with MLflow's
//! ordering rules: values first, then NaN, then missing, in both directions; default order
//! `start_time DESC, run_uuid ASC` for runs and `creation_time DESC, experiment_id ASC` for
//! experiments; offsets as page tokens.

use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;

use super::{experiment_id, experiments, runs, SqlStore};
use crate::model::{Experiment, Page, Run};
use crate::search::{self, Clause, Comparator, Entity, OrderKey, Value};
use crate::store::{ExperimentQuery, ParsedQuery, Result, RunQuery, StoreError};

/// A WHERE or ORDER BY fragment under construction, with its bound values.
#[derive(Default)]
struct Sql {
    joins: String,
    wheres: Vec<String>,
    order: Vec<String>,
    args: Vec<SqlValue>,
}

impl Sql {
    fn bind(&mut self, v: impl Into<SqlValue>) -> String {
        self.args.push(v.into());
        format!("?{}", self.args.len())
    }
}

fn paged<T>(mut items: Vec<T>, offset: usize, max: usize) -> Page<T> {
    let next_page_token = (items.len() > max).then(|| search::encode_page_token(offset + max));
    items.truncate(max);
    Page {
        items,
        next_page_token,
    }
}

/// SQL comparison for a string column.
fn string_cond(sql: &mut Sql, column: &str, c: &Clause) -> Result<String> {
    Ok(match (&c.comparator, &c.value) {
        (Comparator::In | Comparator::NotIn, Value::List(items)) => {
            let marks: Vec<String> = items.iter().map(|v| sql.bind(v.clone())).collect();
            let not = if c.comparator == Comparator::NotIn {
                "NOT "
            } else {
                ""
            };
            format!("{column} {not}IN ({})", marks.join(", "))
        }
        (Comparator::ILike, Value::String(s)) => {
            format!("lower({column}) LIKE lower({})", sql.bind(s.clone()))
        }
        (op, Value::String(s)) => format!("{column} {} {}", sql_op(*op)?, sql.bind(s.clone())),
        (op, Value::Number(n)) => format!("{column} {} {}", sql_op(*op)?, sql.bind(*n)),
        _ => {
            return Err(StoreError::Invalid(format!(
                "unsupported comparison on `{}`",
                c.key
            )))
        }
    })
}

fn sql_op(op: Comparator) -> Result<&'static str> {
    Ok(match op {
        Comparator::Eq => "=",
        Comparator::Ne => "!=",
        Comparator::Lt => "<",
        Comparator::Le => "<=",
        Comparator::Gt => ">",
        Comparator::Ge => ">=",
        Comparator::Like => "LIKE",
        other => {
            return Err(StoreError::Invalid(format!(
                "unsupported comparator {other:?}"
            )))
        }
    })
}

/// The `runs` column of a canonical run attribute key.
fn run_column(key: &str) -> Result<&'static str> {
    Ok(match key {
        "run_id" => "runs.run_uuid",
        "run_name" => "runs.name",
        "status" => "runs.status",
        "user_id" => "runs.user_id",
        "start_time" => "runs.start_time",
        "end_time" => "runs.end_time",
        "artifact_uri" => "runs.artifact_uri",
        "experiment_id" => "runs.experiment_id",
        "lifecycle_stage" => "runs.lifecycle_stage",
        other => {
            return Err(StoreError::Invalid(format!(
                "invalid run attribute `{other}`"
            )))
        }
    })
}

/// Adds one runs-dialect filter clause.
fn run_clause(sql: &mut Sql, c: &Clause) -> Result<()> {
    let (table, extra) = match c.entity {
        Entity::Attribute if c.key == "run_name" => ("tags", Some("mlflow.runName")),
        Entity::Attribute => {
            let cond = string_cond(sql, run_column(&c.key)?, c)?;
            sql.wheres.push(cond);
            return Ok(());
        }
        Entity::Metric => ("latest_metrics", None),
        Entity::Param => ("params", None),
        Entity::Tag => ("tags", None),
        Entity::Dataset => return dataset_clause(sql, c),
    };
    let key = sql.bind(extra.unwrap_or(&c.key).to_string());
    let exists =
        format!("SELECT 1 FROM {table} f WHERE f.run_uuid = runs.run_uuid AND f.key = {key}");
    let cond = match c.comparator {
        Comparator::IsNull => format!("NOT EXISTS ({exists})"),
        Comparator::IsNotNull => format!("EXISTS ({exists})"),
        // NaN is stored as 0 with is_nan: it satisfies only `!=`.
        Comparator::Ne if c.entity == Entity::Metric => {
            format!(
                "EXISTS ({exists} AND ({} OR f.is_nan = 1))",
                string_cond(sql, "f.value", c)?
            )
        }
        _ if c.entity == Entity::Metric => {
            format!(
                "EXISTS ({exists} AND {} AND f.is_nan = 0)",
                string_cond(sql, "f.value", c)?
            )
        }
        _ => format!("EXISTS ({exists} AND {})", string_cond(sql, "f.value", c)?),
    };
    sql.wheres.push(cond);
    Ok(())
}

/// Adds a `datasets.name|digest|context` clause (datasets logged as run inputs).
fn dataset_clause(sql: &mut Sql, c: &Clause) -> Result<()> {
    let cond = if c.key == "context" {
        let v = string_cond(sql, "it.value", c)?;
        format!(
            "EXISTS (SELECT 1 FROM inputs i JOIN input_tags it ON it.input_uuid = i.input_uuid \
             WHERE i.destination_type = 'RUN' AND i.destination_id = runs.run_uuid \
             AND i.source_type = 'DATASET' AND it.name = 'mlflow.data.context' AND {v})"
        )
    } else {
        let column = match c.key.as_str() {
            "name" => "d.name",
            "digest" => "d.digest",
            other => {
                return Err(StoreError::Invalid(format!(
                    "invalid dataset attribute `{other}`"
                )))
            }
        };
        let v = string_cond(sql, column, c)?;
        format!(
            "EXISTS (SELECT 1 FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id \
             WHERE i.destination_type = 'RUN' AND i.destination_id = runs.run_uuid \
             AND i.source_type = 'DATASET' AND {v})"
        )
    };
    sql.wheres.push(cond);
    Ok(())
}

/// Adds the ORDER BY terms of a runs search, MLflow's tie-breakers included.
fn run_order(sql: &mut Sql, keys: &[OrderKey]) -> Result<()> {
    let mut has_start_time = false;
    for (i, k) in keys.iter().enumerate() {
        let dir = if k.ascending { "ASC" } else { "DESC" };
        let (nulls, value) = match k.entity {
            Entity::Attribute => {
                let col = run_column(&k.key)?;
                has_start_time |= col == "runs.start_time";
                (
                    format!("CASE WHEN {col} IS NULL THEN 1 ELSE 0 END"),
                    col.to_string(),
                )
            }
            Entity::Metric | Entity::Param | Entity::Tag => {
                let table = match k.entity {
                    Entity::Metric => "latest_metrics",
                    Entity::Param => "params",
                    _ => "tags",
                };
                let key = sql.bind(k.key.clone());
                sql.joins.push_str(&format!(
                    " LEFT JOIN {table} o{i} ON o{i}.run_uuid = runs.run_uuid AND o{i}.key = {key}"
                ));
                let nulls = if k.entity == Entity::Metric {
                    format!("CASE WHEN o{i}.is_nan = 1 THEN 1 WHEN o{i}.value IS NULL THEN 2 ELSE 0 END")
                } else {
                    format!("CASE WHEN o{i}.value IS NULL THEN 1 ELSE 0 END")
                };
                (nulls, format!("o{i}.value"))
            }
            Entity::Dataset => {
                return Err(StoreError::Invalid("cannot order runs by datasets".into()))
            }
        };
        sql.order.push(nulls);
        sql.order.push(format!("{value} {dir}"));
    }
    if !has_start_time {
        sql.order.push("runs.start_time DESC".into());
    }
    sql.order.push("runs.run_uuid ASC".into());
    Ok(())
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
    let limit = sql.bind((q.max_results + 1) as i64);
    let off = sql.bind(offset as i64);
    let text = format!(
        "SELECT runs.run_uuid, runs.name, runs.experiment_id, runs.user_id, runs.status, \
         runs.start_time, runs.end_time, runs.artifact_uri, runs.lifecycle_stage \
         FROM runs{} WHERE {} ORDER BY {} LIMIT {limit} OFFSET {off}",
        sql.joins,
        sql.wheres.join(" AND "),
        sql.order.join(", ")
    );
    let mut stmt = conn.prepare(&text).map_err(too_large)?;
    let infos = stmt
        .query_map(
            rusqlite::params_from_iter(sql.args.iter()),
            runs::info_from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let page = paged(infos, offset, q.max_results);
    Ok(Page {
        items: runs::with_data(conn, page.items)?,
        next_page_token: page.next_page_token,
    })
}

/// Adds one experiments-dialect filter clause.
fn experiment_clause(sql: &mut Sql, c: &Clause) -> Result<()> {
    let cond = match c.entity {
        Entity::Attribute => {
            let col = match c.key.as_str() {
                "name" => "experiments.name",
                "experiment_id" => "experiments.experiment_id",
                "creation_time" => "experiments.creation_time",
                "last_update_time" => "experiments.last_update_time",
                other => {
                    return Err(StoreError::Invalid(format!(
                        "invalid experiment attribute `{other}`"
                    )))
                }
            };
            string_cond(sql, col, c)?
        }
        Entity::Tag => {
            let key = sql.bind(c.key.clone());
            let exists = format!(
                "SELECT 1 FROM experiment_tags f WHERE f.experiment_id = experiments.experiment_id \
                 AND f.key = {key}"
            );
            match c.comparator {
                Comparator::IsNull => format!("NOT EXISTS ({exists})"),
                Comparator::IsNotNull => format!("EXISTS ({exists})"),
                _ => format!("EXISTS ({exists} AND {})", string_cond(sql, "f.value", c)?),
            }
        }
        _ => {
            return Err(StoreError::Invalid(format!(
                "invalid experiment filter on `{}`",
                c.key
            )))
        }
    };
    sql.wheres.push(cond);
    Ok(())
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
    let limit = sql.bind((q.max_results + 1) as i64);
    let off = sql.bind(offset as i64);
    let text = format!(
        "SELECT {} FROM experiments WHERE {} ORDER BY {} LIMIT {limit} OFFSET {off}",
        experiments::columns(store),
        sql.wheres.join(" AND "),
        sql.order.join(", ")
    );
    let mut stmt = conn.prepare(&text).map_err(too_large)?;
    let items = stmt
        .query_map(
            rusqlite::params_from_iter(sql.args.iter()),
            experiments::from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut page = paged(items, offset, q.max_results);
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
