//! Search requests of the [`Store`](super::Store) trait, and their checking and parsing,
//! done once for every store: page size, page token, filter and `order_by`.

use super::{Result, StoreError, MAX_PAGE_SIZE};
use crate::model::ViewType;

/// One page request of [`Store::search_experiments`](super::Store::search_experiments).
#[derive(Debug, Clone, Default)]
pub struct ExperimentQuery {
    pub view: ViewType,
    pub filter: Option<String>,
    pub order_by: Vec<String>,
    pub max_results: usize,
    pub page_token: Option<String>,
}

/// One page request of [`Store::search_runs`](super::Store::search_runs).
#[derive(Debug, Clone, Default)]
pub struct RunQuery {
    pub experiment_ids: Vec<String>,
    pub view: ViewType,
    pub filter: Option<String>,
    pub order_by: Vec<String>,
    pub max_results: usize,
    pub page_token: Option<String>,
}

/// A search request checked and parsed once for every store: the offset its page token
/// names, the filter and the `order_by` keys.
pub(crate) struct ParsedQuery {
    pub offset: usize,
    pub filter: crate::search::Filter,
    pub order: Vec<crate::search::OrderKey>,
}

/// Checks the page size (between 1 and 50,000, as MLflow), decodes the page token and parses
/// the filter and `order_by` of a search; syntax errors carry a caret under the position.
fn parse_query(
    dialect: crate::search::Dialect,
    max_results: usize,
    page_token: Option<&str>,
    filter: Option<&str>,
    order_by: &[String],
) -> Result<ParsedQuery> {
    if max_results == 0 || max_results > MAX_PAGE_SIZE {
        return Err(StoreError::Invalid(format!(
            "invalid max results {max_results}: it must be between 1 and {MAX_PAGE_SIZE}"
        )));
    }
    let syntax = |e: crate::search::SyntaxError| {
        StoreError::Invalid(format!("{}\n{}", e.message, e.caret()))
    };
    Ok(ParsedQuery {
        offset: crate::search::decode_page_token(page_token).map_err(StoreError::Invalid)?,
        filter: crate::search::filter::parse(filter.unwrap_or(""), dialect).map_err(syntax)?,
        order: crate::search::order::parse_all(order_by, dialect).map_err(syntax)?,
    })
}

impl RunQuery {
    /// Checks and parses this request.
    pub(crate) fn parse(&self) -> Result<ParsedQuery> {
        let q = self;
        parse_query(
            crate::search::Dialect::Runs,
            q.max_results,
            q.page_token.as_deref(),
            q.filter.as_deref(),
            &q.order_by,
        )
    }
}

impl ExperimentQuery {
    /// Checks and parses this request.
    pub(crate) fn parse(&self) -> Result<ParsedQuery> {
        let q = self;
        parse_query(
            crate::search::Dialect::Experiments,
            q.max_results,
            q.page_token.as_deref(),
            q.filter.as_deref(),
            &q.order_by,
        )
    }
}
