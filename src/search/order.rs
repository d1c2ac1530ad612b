//! `order_by` parser (placeholder until the helper lands the full grammar).

use super::{Dialect, Entity, OrderKey, SyntaxError};

/// Parses one `order_by` element of the given dialect.
pub fn parse(input: &str, dialect: Dialect) -> Result<OrderKey, SyntaxError> {
    let _ = dialect;
    let s = input.trim();
    let (ident, ascending) = match s.rsplit_once(' ') {
        Some((i, d)) if d.eq_ignore_ascii_case("desc") => (i.trim(), false),
        Some((i, d)) if d.eq_ignore_ascii_case("asc") => (i.trim(), true),
        _ => (s, true),
    };
    let (entity, key) = match ident.split_once('.') {
        Some(("metrics" | "metric", k)) => (Entity::Metric, k),
        Some(("params" | "param", k)) => (Entity::Param, k),
        Some(("tags" | "tag", k)) => (Entity::Tag, k),
        Some(("attributes" | "attribute" | "attr" | "run", k)) => (Entity::Attribute, k),
        _ => (Entity::Attribute, ident),
    };
    Ok(OrderKey {
        entity,
        key: key.trim_matches('`').to_string(),
        ascending,
    })
}

/// Parses every `order_by` element (placeholder).
pub fn parse_all(inputs: &[String], dialect: Dialect) -> Result<Vec<OrderKey>, SyntaxError> {
    inputs.iter().map(|s| parse(s, dialect)).collect()
}
