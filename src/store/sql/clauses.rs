//! SQL fragments of a search: each filter clause as a condition over MLflow's tables (NaN
//! metrics matching only `!=`, datasets through the inputs tables), order keys as ORDER BY
//! terms with MLflow's tie-breakers, every value bound as a parameter.

use rusqlite::types::Value as SqlValue;

use crate::search::{Clause, Comparator, Entity, OrderKey, Value};
use crate::store::{Result, StoreError};

/// A WHERE or ORDER BY fragment under construction, with its bound values.
#[derive(Default)]
pub(super) struct Sql {
    pub joins: String,
    pub wheres: Vec<String>,
    pub order: Vec<String>,
    pub args: Vec<SqlValue>,
}

impl Sql {
    pub(super) fn bind(&mut self, v: impl Into<SqlValue>) -> String {
        self.args.push(v.into());
        format!("?{}", self.args.len())
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
pub(super) fn run_clause(sql: &mut Sql, c: &Clause) -> Result<()> {
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
pub(super) fn run_order(sql: &mut Sql, keys: &[OrderKey]) -> Result<()> {
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

/// Adds one experiments-dialect filter clause.
pub(super) fn experiment_clause(sql: &mut Sql, c: &Clause) -> Result<()> {
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
