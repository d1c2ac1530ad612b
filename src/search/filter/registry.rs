//! The model registry's filter grammar (`search_registered_models`, `search_model_versions`),
//! stricter than the runs grammar: a bare key or `attribute.<key>` is an attribute, `tag.` /
//! `tags.` a tag; no other prefix, no `IS NULL`.
//!
//! Registered models: attribute `name` (`=`, `!=`, `LIKE`, `ILIKE`, `IN`, `NOT IN`) and tags
//! (`=`, `!=`, `LIKE`, `ILIKE`). Model versions: `name`, `run_id`, `source_path` (strings, `IN`
//! for `name` and `run_id` only), `version_number` (numeric comparators, an integer or a
//! quoted integer), and tags. Values are quoted strings or, for `IN`, lists.

use super::{Ident, Parser};
use crate::search::{Clause, Comparator, Entity, Filter, SyntaxError, Value};

/// Which registry search a filter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistryDialect {
    RegisteredModels,
    ModelVersions,
}

impl RegistryDialect {
    fn attributes(self) -> &'static [&'static str] {
        match self {
            RegistryDialect::RegisteredModels => &["name"],
            RegistryDialect::ModelVersions => &["name", "version_number", "run_id", "source_path"],
        }
    }

    fn what(self) -> &'static str {
        match self {
            RegistryDialect::RegisteredModels => "registered model",
            RegistryDialect::ModelVersions => "model version",
        }
    }
}

/// Parses a registry filter; an empty string is an empty filter.
pub fn parse_registry(input: &str, dialect: RegistryDialect) -> Result<Filter, SyntaxError> {
    let mut p = Parser { s: input, pos: 0 };
    let mut clauses = Vec::new();
    loop {
        p.skip_ws();
        if p.eof() {
            break;
        }
        if p.keyword("AND") {
            continue;
        }
        let start = p.pos;
        clauses.push(p.registry_clause(dialect)?);
        p.skip_ws();
        if !p.eof() && !p.at_keyword("AND") {
            let word = p.next_word_or_char();
            let what = if word.eq_ignore_ascii_case("OR") {
                "only AND joins clauses; `OR` is not supported".to_string()
            } else {
                format!(
                    "expected AND after the clause starting at column {}, found `{word}`",
                    start + 1
                )
            };
            return Err(p.error(what, p.pos));
        }
    }
    Ok(Filter { clauses })
}

impl Parser<'_> {
    fn registry_identifier(&mut self, dialect: RegistryDialect) -> Result<Ident, SyntaxError> {
        let start = self.pos;
        let word = |p: &mut Parser<'_>, dots: bool| {
            let w: String = p.s[p.pos..]
                .chars()
                .take_while(|c| Self::is_word_char(*c) || (dots && *c == '.'))
                .collect();
            p.pos += w.len();
            w
        };
        let first = match self.peek() {
            Some('`') => self.quoted()?,
            Some(c) if Self::is_word_char(c) => word(self, false),
            Some(c) => {
                return Err(self.error(
                    format!("expected an identifier such as name or tags.key, found `{c}`"),
                    start,
                ))
            }
            None => return Err(self.error("expected an identifier such as name", start)),
        };
        let (entity, key, key_start) = if self.peek() == Some('.') {
            self.bump();
            let key_start = self.pos;
            let key = match self.peek() {
                Some('`' | '"' | '\'') => self.quoted()?,
                _ => word(self, true),
            };
            if key.is_empty() {
                return Err(self.error(format!("missing key after `{first}.`"), key_start));
            }
            let entity = match first.as_str() {
                "attribute" => Entity::Attribute,
                "tag" | "tags" => Entity::Tag,
                _ => {
                    return Err(self.error(
                        format!("invalid entity type `{first}`; valid: attribute, tag, tags"),
                        start,
                    ))
                }
            };
            (entity, key, key_start)
        } else {
            (Entity::Attribute, first, start)
        };
        if entity == Entity::Attribute && !dialect.attributes().contains(&key.as_str()) {
            return Err(self.error(
                format!(
                    "invalid attribute key `{key}` for a {} search; valid keys: {}",
                    dialect.what(),
                    dialect.attributes().join(", ")
                ),
                key_start,
            ));
        }
        Ok(Ident { entity, key })
    }

    fn registry_clause(&mut self, dialect: RegistryDialect) -> Result<Clause, SyntaxError> {
        use Comparator::*;
        let ident = self.registry_identifier(dialect)?;
        self.skip_ws();
        let cmp_pos = self.pos;
        let cmp = self.comparator()?;
        if matches!(cmp, IsNull | IsNotNull) {
            return Err(self.error(
                format!(
                    "IS NULL / IS NOT NULL is not supported for {} search",
                    dialect.what()
                ),
                cmp_pos,
            ));
        }
        self.skip_ws();
        let (value, value_pos) = self.value()?;
        let numeric = ident.entity == Entity::Attribute && ident.key == "version_number";
        let what = match ident.entity {
            Entity::Tag => format!("tag `{}`", ident.key),
            _ => format!("attribute `{}`", ident.key),
        };
        let allowed: &[Comparator] = match ident.entity {
            Entity::Tag => &[Eq, Ne, Like, ILike],
            _ if numeric => &[Eq, Ne, Lt, Le, Gt, Ge],
            _ => &[Eq, Ne, Like, ILike, In, NotIn],
        };
        if !allowed.contains(&cmp) {
            return Err(self.error(format!("invalid comparator for {what}"), cmp_pos));
        }
        if matches!(cmp, In | NotIn) && !matches!(ident.key.as_str(), "name" | "run_id") {
            return Err(self.error(
                format!("IN and NOT IN work only with name and run_id, not {what}"),
                cmp_pos,
            ));
        }
        let value = match (value, numeric) {
            (Value::List(items), _) if matches!(cmp, In | NotIn) => Value::List(items),
            (Value::List(_), _) => {
                return Err(self.error(
                    format!("a list needs IN or NOT IN, not another comparator, for {what}"),
                    value_pos,
                ))
            }
            (_, _) if matches!(cmp, In | NotIn) => {
                return Err(self.error(
                    "IN and NOT IN take a list of quoted strings: ('a', 'b')",
                    value_pos,
                ))
            }
            (Value::Number(n), true)
                if n.fract() == 0.0 && !self.s[value_pos..self.pos].contains(['.', 'e', 'E']) =>
            {
                Value::Number(n)
            }
            (Value::String(s), true) => match s.trim().parse::<i64>() {
                Ok(n) => Value::Number(n as f64),
                Err(_) => {
                    return Err(self.error(
                        format!("invalid value `{s}` for {what}: expected an integer"),
                        value_pos,
                    ))
                }
            },
            (Value::Number(_), true) => {
                return Err(self.error(
                    format!("invalid value for {what}: expected an integer"),
                    value_pos,
                ))
            }
            (Value::String(s), false) => Value::String(s),
            (_, false) => {
                return Err(self.error(
                    format!("expected a quoted string value for {what}"),
                    value_pos,
                ))
            }
            (Value::None, true) => {
                return Err(self.error(format!("expected a value for {what}"), value_pos))
            }
        };
        Ok(Clause {
            entity: ident.entity,
            key: ident.key,
            comparator: cmp,
            value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str, d: RegistryDialect) -> Filter {
        parse_registry(s, d).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn registry_filters_accepted() {
        use RegistryDialect::*;
        let f = ok("name = 'fraud' AND tags.team LIKE 'ri%'", RegisteredModels);
        assert_eq!(f.clauses.len(), 2);
        assert_eq!(f.clauses[1].entity, Entity::Tag);
        let f = ok(
            "version_number >= '2' and run_id IN ('a', 'b')",
            ModelVersions,
        );
        assert_eq!(f.clauses[0].value, Value::Number(2.0));
        assert_eq!(
            f.clauses[1].value,
            Value::List(vec!["a".into(), "b".into()])
        );
        ok(
            "source_path = 'runs:/x/model' AND tag.`k` != 'v'",
            ModelVersions,
        );
        ok("attribute.name ILIKE '%f%'", RegisteredModels);
        ok("", ModelVersions);
    }

    #[test]
    fn registry_filters_rejected() {
        use RegistryDialect::*;
        for (s, d) in [
            ("run_id = 'x'", RegisteredModels),
            ("params.a = 'x'", ModelVersions),
            ("name IS NULL", ModelVersions),
            ("version_number = 1.5", ModelVersions),
            ("version_number LIKE '1'", ModelVersions),
            ("source_path IN ('a')", ModelVersions),
            ("tags.k = 1", ModelVersions),
            ("name = 'a' OR name = 'b'", RegisteredModels),
            ("tags.k IN ('a')", RegisteredModels),
            ("name = 3", RegisteredModels),
        ] {
            assert!(parse_registry(s, d).is_err(), "{s} should fail");
        }
    }
}
