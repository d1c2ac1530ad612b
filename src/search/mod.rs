//! MLflow's search language: filter strings, `order_by` clauses and page tokens.
//!
//! Parsing happens once, here, into [`Filter`] and [`OrderKey`]; stores then translate the
//! parsed form into SQL (the SQLite store) or evaluate it in memory (the file store). This
//! module never touches a store.

pub mod filter;
pub mod models;
pub mod order;

use base64::Engine as _;

/// Which search a filter or `order_by` belongs to; the two accept different identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `runs/search`: metrics, params, tags, attributes, datasets.
    Runs,
    /// `experiments/search`: attributes and tags.
    Experiments,
    /// `search_logged_models` of MLflow's file store: the runs grammar with logged-model
    /// attributes (the SQL store has its own parser, `models::sql_filter`).
    LoggedModels,
}

/// What an identifier refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    Metric,
    Param,
    Tag,
    Attribute,
    Dataset,
}

/// A comparison operator of a filter clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Like,
    ILike,
    In,
    NotIn,
    IsNull,
    IsNotNull,
}

/// The right-hand side of a filter clause.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    String(String),
    List(Vec<String>),
    /// `IS NULL` and `IS NOT NULL` take no value.
    None,
}

/// One `<identifier> <comparator> <value>` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub entity: Entity,
    /// The key, unquoted; attribute aliases are translated to their canonical names
    /// (`created` → `start_time`, `run name` → `run_name`).
    pub key: String,
    pub comparator: Comparator,
    pub value: Value,
}

/// A parsed filter: clauses joined by AND. Empty means "everything".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    pub clauses: Vec<Clause>,
}

/// One parsed `order_by` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderKey {
    pub entity: Entity,
    /// Canonical key, as in [`Clause::key`].
    pub key: String,
    pub ascending: bool,
}

/// A filter or `order_by` string MLflow would reject.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SyntaxError {
    /// One line saying what is wrong, in mlf's wording.
    pub message: String,
    /// The string that failed to parse.
    pub input: String,
    /// Byte offset in `input` of the offending token.
    pub position: usize,
}

impl SyntaxError {
    /// Returns the input with a caret under the offending position, for a `caused by` line.
    pub fn caret(&self) -> String {
        let col = self.input[..self.position.min(self.input.len())]
            .chars()
            .count();
        format!("{}\n{}^", self.input, " ".repeat(col))
    }
}

/// Encodes a page token as MLflow does: base64 of `{"offset": N}`.
pub fn encode_page_token(offset: usize) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{{\"offset\": {offset}}}"))
}

/// Decodes a page token into an offset; `None` or empty means the first page.
pub fn decode_page_token(token: Option<&str>) -> Result<usize, String> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Ok(0);
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(token.trim())
        .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(token.trim()))
        .map_err(|_| format!("invalid page token `{token}`: could not base64-decode it"))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|_| format!("invalid page token `{token}`: it is not JSON"))?;
    let offset = value.get("offset").and_then(|o| {
        o.as_u64()
            .or_else(|| o.as_str().and_then(|s| s.trim().parse().ok()))
    });
    match offset {
        Some(n) if n > 0 => Ok(n as usize),
        _ => Err(format!(
            "invalid page token `{token}`: it holds no valid offset"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_tokens_match_mlflow() {
        assert_eq!(encode_page_token(2), "eyJvZmZzZXQiOiAyfQ==");
        assert_eq!(decode_page_token(Some("eyJvZmZzZXQiOiA0fQ==")), Ok(4));
        assert_eq!(decode_page_token(None), Ok(0));
        assert!(decode_page_token(Some("!!")).is_err());
        assert!(decode_page_token(Some(&encode_page_token(0))).is_err());
    }

    #[test]
    fn caret_points_at_the_position() {
        let e = SyntaxError {
            message: "x".into(),
            input: "ab cd".into(),
            position: 3,
        };
        assert_eq!(e.caret(), "ab cd\n   ^");
    }
}

#[cfg(test)]
mod like_tests;
#[cfg(test)]
mod order_tests;
#[cfg(test)]
mod parser_tests;
