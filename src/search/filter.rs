//! Filter-string parser (placeholder until the helper lands the full grammar).

use super::{Dialect, Filter, SyntaxError};

/// Parses a filter string of the given dialect.
pub fn parse(input: &str, dialect: Dialect) -> Result<Filter, SyntaxError> {
    let _ = dialect;
    if input.trim().is_empty() {
        return Ok(Filter::default());
    }
    Err(SyntaxError {
        message: "filters are not supported yet".into(),
        input: input.into(),
        position: 0,
    })
}
