//! Parser of `order_by` elements: `<identifier> [ASC|DESC]`, one key per element, with no
//! space before or after it (MLflow's sqlparse check wants the element to be one identifier).

use super::filter::Parser;
use super::{Dialect, Entity, OrderKey, SyntaxError};

/// Run attributes runs can be ordered by (after alias translation).
const RUN_ORDER_ATTRIBUTES: [&str; 7] = [
    "artifact_uri",
    "end_time",
    "run_id",
    "run_name",
    "start_time",
    "status",
    "user_id",
];

/// Parses one `order_by` element of the given dialect.
pub fn parse(input: &str, dialect: Dialect) -> Result<OrderKey, SyntaxError> {
    let mut p = Parser { s: input, pos: 0 };
    let stray_space = "remove the space at the start or end of the order_by clause";
    if input.trim().is_empty() {
        return Err(p.error("empty order_by clause", 0));
    }
    if input.starts_with(char::is_whitespace) {
        return Err(p.error(stray_space, 0));
    }
    let start = p.pos;
    let id = p.identifier(dialect)?;
    let (entity, key) = (id.entity, id.key);
    let key_end = p.pos;
    p.skip_ws();
    let dir_pos = p.pos;
    let ascending = if p.eof() {
        if dir_pos > key_end {
            return Err(p.error(stray_space, key_end));
        }
        true
    } else if p.keyword("ASC") {
        true
    } else if p.keyword("DESC") {
        false
    } else {
        return Err(p.error("expected ASC or DESC after the order_by key", dir_pos));
    };
    if !p.eof() {
        let rest = &input[p.pos..];
        let msg = if rest.trim().is_empty() {
            stray_space
        } else if rest.trim_start().starts_with(',') {
            "give one key per order_by clause (repeat --order-by)"
        } else {
            "unexpected text after ASC/DESC in the order_by clause"
        };
        return Err(p.error(msg, p.pos));
    }
    let allowed = match (dialect, entity) {
        (Dialect::Runs, Entity::Metric | Entity::Param | Entity::Tag) => true,
        (Dialect::Runs, Entity::Attribute) => RUN_ORDER_ATTRIBUTES.contains(&key.as_str()),
        (Dialect::Experiments, Entity::Attribute) => {
            matches!(
                key.as_str(),
                "name" | "experiment_id" | "creation_time" | "last_update_time"
            )
        }
        _ => false,
    };
    if !allowed {
        let what = match entity {
            Entity::Attribute => format!("invalid order_by attribute `{key}`"),
            Entity::Tag => "experiments cannot be ordered by tags".to_string(),
            Entity::Dataset => "runs cannot be ordered by datasets".to_string(),
            _ => format!("invalid order_by key `{key}`"),
        };
        return Err(p.error(what, start));
    }
    Ok(OrderKey {
        entity,
        key,
        ascending,
    })
}

/// Parses every `order_by` element. Naming a key twice is allowed here, as MLflow's file
/// store and its experiments search allow it; see [`check_unique`] for the SQL runs search.
pub fn parse_all(inputs: &[String], dialect: Dialect) -> Result<Vec<OrderKey>, SyntaxError> {
    inputs.iter().map(|input| parse(input, dialect)).collect()
}

/// Rejects a runs `order_by` that names one key twice (after alias translation, so `created`
/// and `start_time` are the same key), as MLflow's SQL store does.
pub fn check_unique(inputs: &[String], keys: &[OrderKey]) -> Result<(), SyntaxError> {
    for (i, k) in keys.iter().enumerate() {
        if keys[..i]
            .iter()
            .any(|o| o.entity == k.entity && o.key == k.key)
        {
            return Err(SyntaxError {
                message: format!("order_by names `{}` twice", k.key),
                input: inputs.get(i).cloned().unwrap_or_default(),
                position: 0,
            });
        }
    }
    Ok(())
}
