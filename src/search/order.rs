//! Parser of `order_by` elements: `<identifier> [ASC|DESC]`, one key per element.

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
    p.skip_ws();
    if p.eof() {
        return Err(p.error("empty order_by clause", 0));
    }
    let start = p.pos;
    let id = p.identifier(dialect)?;
    let (entity, key) = (id.entity, id.key);
    p.skip_ws();
    let dir_pos = p.pos;
    let ascending = if p.keyword("ASC") {
        true
    } else if p.keyword("DESC") {
        false
    } else if p.eof() {
        true
    } else {
        return Err(p.error("expected ASC or DESC after the order_by key", dir_pos));
    };
    p.skip_ws();
    if !p.eof() {
        let msg = if p.peek() == Some(',') {
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

/// Parses every `order_by` element; the same key twice is an error, as in MLflow.
pub fn parse_all(inputs: &[String], dialect: Dialect) -> Result<Vec<OrderKey>, SyntaxError> {
    let mut keys: Vec<OrderKey> = Vec::with_capacity(inputs.len());
    for input in inputs {
        let k = parse(input, dialect)?;
        if keys.iter().any(|o| o.entity == k.entity && o.key == k.key) {
            return Err(SyntaxError {
                message: format!("order_by names `{}` twice", k.key),
                input: input.clone(),
                position: 0,
            });
        }
        keys.push(k);
    }
    Ok(keys)
}
