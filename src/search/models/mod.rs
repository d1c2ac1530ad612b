//! MLflow's logged-model search (`search_logged_models`). Its two local stores read filters
//! differently, and mlf follows each: the SQL store has its own stricter parser
//! (`sql_filter`), the file store uses the runs grammar with logged-model rules
//! ([`Dialect::LoggedModels`](super::Dialect::LoggedModels) in `filter`). Here also the
//! `order_by` string form of the command line and the SQL store's page tokens (base64 JSON
//! of the experiment ids, filter, order_by and offset, as Python writes them).

mod keywords;
mod lexer;
mod literal;
pub mod sql_filter;
mod token;

pub use token::{decode_sql_token, encode_sql_token, SqlToken};

use super::{Comparator, SyntaxError};

/// One `order_by` entry of a logged-model search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelOrder {
    /// An attribute (`name`, `creation_time`, …) or `metrics.<key>`.
    pub field: String,
    pub ascending: bool,
    pub dataset_name: Option<String>,
    pub dataset_digest: Option<String>,
}

/// What a logged-model clause compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelEntity {
    Attribute,
    Metric,
    Param,
    Tag,
}

/// An item of an `IN` list, as Python's `literal_eval` gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Str(String),
    Int(i64),
    Float(f64),
}

/// The value of a logged-model clause of the SQL store.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelValue {
    /// Metrics, timestamps, and `status` (its code).
    Number(f64),
    Str(String),
    List(Vec<Literal>),
}

/// One clause of the SQL store's logged-model filter.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelClause {
    pub entity: ModelEntity,
    /// Metric, param or tag key; for attributes the `logged_models` column.
    pub key: String,
    pub comparator: Comparator,
    pub value: ModelValue,
}

/// Parses one `--order-by` element: `<field> [ASC|DESC]` (direction case-insensitive); a
/// metric may name the dataset its values come from, `metrics.<key>@<name>[:<digest>]`
/// (`@` cannot occur in metric keys).
pub fn parse_order(s: &str) -> Result<ModelOrder, SyntaxError> {
    let err = |message: String, position: usize| SyntaxError {
        message,
        input: s.to_string(),
        position,
    };
    let trimmed = s.trim_end();
    let (field, ascending) = match trimmed.rsplit_once(char::is_whitespace) {
        Some((f, dir)) if dir.eq_ignore_ascii_case("ASC") => (f.trim(), true),
        Some((f, dir)) if dir.eq_ignore_ascii_case("DESC") => (f.trim(), false),
        _ => (trimmed.trim(), true),
    };
    if field.is_empty() {
        return Err(err(
            "an order-by needs a field, e.g. `metrics.f1 DESC`".into(),
            0,
        ));
    }
    if let Some(p) = field.find(char::is_whitespace) {
        return Err(err(
            format!("expected `<field> [ASC|DESC]`, found `{trimmed}`"),
            s.len() - s.trim_start().len() + p,
        ));
    }
    let (field, dataset) = match field.rsplit_once('@') {
        Some((f, d)) if f.starts_with("metrics.") => (f, Some(d)),
        _ => (field, None),
    };
    let (dataset_name, dataset_digest) = match dataset.map(|d| d.split_once(':').unwrap_or((d, "")))
    {
        Some((n, d)) => (
            Some(n.to_string()).filter(|n| !n.is_empty()),
            Some(d.to_string()).filter(|d| !d.is_empty()),
        ),
        None => (None, None),
    };
    Ok(ModelOrder {
        field: field.to_string(),
        ascending,
        dataset_name,
        dataset_digest,
    })
}

/// Checks an order field as MLflow's SQL store does: a `logged_models` column (or alias) or
/// `metrics.<key>`; returns the column, or `None` for a metric.
pub fn sql_order_column(field: &str) -> Result<Option<&'static str>, String> {
    if let Some((entity, _)) = field.split_once('.') {
        if entity != "metrics" {
            return Err(format!(
                "invalid order-by field `{field}`: only metrics.<key> and attributes can be ordered by"
            ));
        }
        return Ok(None);
    }
    let name = sql_filter::alias(field);
    sql_filter::COLUMNS
        .iter()
        .find(|c| **c == name)
        .map(|c| Some(*c))
        .ok_or_else(|| format!("invalid order-by field `{field}`"))
}

/// Checks an order field as MLflow's file store does; returns the attribute (aliases
/// translated), or `None` for a metric.
pub fn file_order_field(field: &str) -> Result<Option<&'static str>, String> {
    if let Some((entity, _)) = field.split_once('.') {
        if entity != "metrics" {
            return Err(format!(
                "invalid order-by field `{field}`: only metrics.<key> and attributes can be ordered by"
            ));
        }
        return Ok(None);
    }
    match field.trim() {
        "creation_time" | "creation_timestamp" => Ok(Some("creation_timestamp")),
        f @ ("name" | "model_id" | "model_type" | "status" | "source_run_id"
        | "last_updated_timestamp") => Ok(Some(match f {
            "name" => "name",
            "model_id" => "model_id",
            "model_type" => "model_type",
            "status" => "status",
            "source_run_id" => "source_run_id",
            _ => "last_updated_timestamp",
        })),
        f => Err(format!(
            "invalid order-by field `{f}`; valid: name, model_id, model_type, status, \
             source_run_id, creation_time, creation_timestamp, last_updated_timestamp, metrics.<key>"
        )),
    }
}

#[cfg(test)]
mod tests;
