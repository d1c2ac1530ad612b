//! What MLflow allows in a clause: the entity prefixes and attribute names of each dialect
//! (aliases translated), and the comparators and value types each entity takes.

use super::{Ident, Parser};
use crate::search::{Comparator, Dialect, Entity, SyntaxError, Value};

/// Run attributes a filter may name (after alias translation).
const RUN_STRING_ATTRIBUTES: [&str; 5] =
    ["run_id", "run_name", "status", "user_id", "artifact_uri"];
const RUN_NUMERIC_ATTRIBUTES: [&str; 2] = ["start_time", "end_time"];
pub(super) const DATASET_KEYS: [&str; 3] = ["name", "digest", "context"];
const MODEL_STRING_ATTRIBUTES: [&str; 5] =
    ["name", "model_id", "model_type", "status", "source_run_id"];
const MODEL_NUMERIC_ATTRIBUTES: [&str; 2] = ["creation_timestamp", "last_updated_timestamp"];
const EXPERIMENT_ATTRIBUTES: [&str; 4] =
    ["name", "experiment_id", "creation_time", "last_update_time"];

/// Checks a clause's comparator and value type against what MLflow allows for its entity.
pub(super) fn check(
    p: &Parser<'_>,
    dialect: Dialect,
    id: &Ident,
    cmp: Comparator,
    value: &Value,
    cmp_pos: usize,
    value_pos: usize,
) -> Result<(), SyntaxError> {
    use Comparator::*;
    let numeric_ops = [Eq, Ne, Lt, Le, Gt, Ge];
    let string_ops = [Eq, Ne, Like, ILike];
    let (allowed, wants_number, list_ok): (&[Comparator], bool, bool) = match (dialect, id.entity) {
        (_, Entity::Metric) => (&numeric_ops, true, false),
        (Dialect::Runs, Entity::Param) => (&[Eq, Ne, Like, ILike, IsNull, IsNotNull], false, false),
        (Dialect::LoggedModels, Entity::Tag) => (&string_ops, false, false),
        (_, Entity::Tag) => (&[Eq, Ne, Like, ILike, IsNull, IsNotNull], false, false),
        (_, Entity::Dataset) => (&[Eq, Ne, Like, ILike, In, NotIn], false, true),
        (Dialect::Runs, Entity::Attribute) if RUN_NUMERIC_ATTRIBUTES.contains(&id.key.as_str()) => {
            (&numeric_ops, true, false)
        }
        (Dialect::Runs, Entity::Attribute) => {
            (&[Eq, Ne, Like, ILike, In, NotIn], false, id.key == "run_id")
        }
        (Dialect::Experiments, Entity::Attribute) => match id.key.as_str() {
            "creation_time" | "last_update_time" => (&numeric_ops, true, false),
            "experiment_id" => (&[Eq, Ne, In, NotIn], false, true),
            _ => (&string_ops, false, false),
        },
        (Dialect::Experiments, Entity::Param) => (&[], false, false),
        (Dialect::LoggedModels, Entity::Param) => (&string_ops, false, false),
        (Dialect::LoggedModels, Entity::Attribute)
            if MODEL_NUMERIC_ATTRIBUTES.contains(&id.key.as_str()) =>
        {
            (&numeric_ops, true, false)
        }
        // MLflow's file store never checks these comparators: `name > 'b'` compares strings
        (Dialect::LoggedModels, Entity::Attribute) => (
            &[Eq, Ne, Lt, Le, Gt, Ge, Like, ILike, In, NotIn],
            false,
            true,
        ),
    };
    let what = match id.entity {
        Entity::Metric => format!("metric `{}`", id.key),
        Entity::Param => format!("param `{}`", id.key),
        Entity::Tag => format!("tag `{}`", id.key),
        Entity::Dataset => format!("dataset `{}`", id.key),
        Entity::Attribute => format!("attribute `{}`", id.key),
    };
    if matches!(cmp, IsNull | IsNotNull) && !allowed.contains(&cmp) {
        let only = match dialect {
            Dialect::Runs => "tags and params",
            Dialect::Experiments => "tags",
            Dialect::LoggedModels => "no logged-model field",
        };
        return Err(p.error(
            format!("IS NULL / IS NOT NULL is only supported for {only}, not for {what}"),
            cmp_pos,
        ));
    }
    if matches!(cmp, In | NotIn) && !list_ok {
        let keys = match dialect {
            Dialect::Runs => "run_id and dataset fields",
            Dialect::Experiments => "experiment_id",
            Dialect::LoggedModels => "string attributes",
        };
        return Err(p.error(
            format!("IN and NOT IN work only with {keys}, not {what}"),
            cmp_pos,
        ));
    }
    if !allowed.contains(&cmp) {
        return Err(p.error(format!("invalid comparator for {what}"), cmp_pos));
    }
    match (cmp, value) {
        (IsNull | IsNotNull, _) => Ok(()),
        (In | NotIn, Value::List(_)) => Ok(()),
        (In | NotIn, _) => Err(p.error(
            "IN and NOT IN take a list of quoted strings: ('a', 'b')",
            value_pos,
        )),
        (_, Value::List(_)) => Err(p.error(
            format!("a list needs IN or NOT IN, not another comparator, for {what}"),
            value_pos,
        )),
        (_, Value::Number(_)) if wants_number => Ok(()),
        (_, Value::String(_)) if !wants_number => Ok(()),
        (_, Value::Number(_)) => Err(p.error(
            format!("expected a quoted string value for {what}"),
            value_pos,
        )),
        (_, _) => Err(p.error(format!("expected a numeric value for {what}"), value_pos)),
    }
}

/// Maps a prefix as written to its entity, per dialect (lower case only, as MLflow).
pub(super) fn entity_of(dialect: Dialect, prefix: &str) -> Option<Entity> {
    let dialect = match dialect {
        Dialect::LoggedModels => Dialect::Runs,
        d => d,
    };
    match (dialect, prefix) {
        (Dialect::Runs, "metric" | "metrics") => Some(Entity::Metric),
        (Dialect::Runs, "param" | "params" | "parameter" | "parameters") => Some(Entity::Param),
        (_, "tag" | "tags") => Some(Entity::Tag),
        (Dialect::Runs, "attribute" | "attributes" | "attr" | "run") => Some(Entity::Attribute),
        (Dialect::Experiments, "attribute" | "attributes") => Some(Entity::Attribute),
        (Dialect::Runs, "dataset" | "datasets") => Some(Entity::Dataset),
        _ => None,
    }
}

pub(super) fn prefix_list(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Runs => "metrics, params, tags, attributes, datasets",
        Dialect::Experiments => "attributes, tags",
        Dialect::LoggedModels => "metrics, params, tags, attributes",
    }
}

pub(super) fn attribute_list(dialect: Dialect) -> String {
    match dialect {
        Dialect::Runs => {
            "run_id, run_name, status, user_id, artifact_uri, start_time, end_time, created".into()
        }
        Dialect::Experiments => EXPERIMENT_ATTRIBUTES.join(", "),
        Dialect::LoggedModels => {
            "name, model_id, model_type, status, source_run_id, creation_timestamp, \
             last_updated_timestamp"
                .into()
        }
    }
}

/// Returns the canonical name of a searchable attribute, translating aliases.
pub(super) fn canonical_attribute(dialect: Dialect, key: &str) -> Option<String> {
    let key = match (dialect, key) {
        (Dialect::Runs, "created" | "Created") => "start_time",
        (Dialect::Runs, "run name" | "Run name" | "Run Name") => "run_name",
        (Dialect::Runs, k)
            if RUN_STRING_ATTRIBUTES.contains(&k) || RUN_NUMERIC_ATTRIBUTES.contains(&k) =>
        {
            k
        }
        (Dialect::Experiments, k) if EXPERIMENT_ATTRIBUTES.contains(&k) => k,
        (Dialect::LoggedModels, k)
            if MODEL_STRING_ATTRIBUTES.contains(&k) || MODEL_NUMERIC_ATTRIBUTES.contains(&k) =>
        {
            k
        }
        _ => return None,
    };
    Some(key.to_string())
}
