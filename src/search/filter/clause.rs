//! Reading one clause: `<identifier> <comparator> <value>` or `<identifier> IS [NOT] NULL`,
//! identifiers split at the first dot into entity prefix and key, aliases translated.

use super::rules::{
    attribute_list, canonical_attribute, check, entity_of, prefix_list, DATASET_KEYS,
};
use super::{Ident, Parser};
use crate::search::{Clause, Comparator, Dialect, Entity, SyntaxError, Value};

impl Parser<'_> {
    /// Parses `<prefix>.<key>` or a bare key.
    pub fn identifier(&mut self, dialect: Dialect) -> Result<Ident, SyntaxError> {
        let start = self.pos;
        let first = match self.peek() {
            Some('`') => self.quoted()?,
            Some(c) if Self::is_word_char(c) => {
                let w: String = self.s[self.pos..]
                    .chars()
                    .take_while(|c| Self::is_word_char(*c))
                    .collect();
                self.pos += w.len();
                w
            }
            Some('(') => return Err(self.error("parentheses are not supported in filters", start)),
            Some(c) => {
                return Err(self.error(
                    format!("expected an identifier such as metrics.acc, found `{c}`"),
                    start,
                ))
            }
            None => return Err(self.error("expected an identifier such as metrics.acc", start)),
        };
        if self.peek() != Some('.') {
            let key = first;
            for kw in ["NOT", "OR", "AND", "BETWEEN"] {
                if key.eq_ignore_ascii_case(kw) && !self.s[start..].starts_with('`') {
                    return Err(self.error(format!("`{key}` is not supported in filters"), start));
                }
            }
            let key = canonical_attribute(dialect, &key).ok_or_else(|| {
                self.error(
                    format!(
                        "invalid attribute key `{key}`; valid keys: {}",
                        attribute_list(dialect)
                    ),
                    start,
                )
            })?;
            return Ok(Ident {
                entity: Entity::Attribute,
                key,
            });
        }
        self.bump(); // the dot
        let key_start = self.pos;
        let key = match self.peek() {
            Some('`' | '"' | '\'') => self.quoted()?,
            _ => {
                let k: String = self.s[self.pos..]
                    .chars()
                    .take_while(|c| Self::is_word_char(*c) || *c == '.')
                    .collect();
                self.pos += k.len();
                k
            }
        };
        if key.is_empty() {
            return Err(self.error(format!("missing key after `{first}.`"), key_start));
        }
        let entity = entity_of(dialect, &first).ok_or_else(|| {
            self.error(
                format!(
                    "invalid entity type `{first}`; valid: {}",
                    prefix_list(dialect)
                ),
                start,
            )
        })?;
        let key = match entity {
            Entity::Attribute => canonical_attribute(dialect, &key).ok_or_else(|| {
                self.error(
                    format!(
                        "invalid attribute key `{key}`; valid keys: {}",
                        attribute_list(dialect)
                    ),
                    key_start,
                )
            })?,
            // MLflow's file store compares `datasets.name` with the model's name (and fails on
            // the other dataset keys)
            Entity::Dataset if dialect == Dialect::LoggedModels && key == "name" => {
                return Ok(Ident {
                    entity: Entity::Attribute,
                    key,
                })
            }
            Entity::Dataset if dialect == Dialect::LoggedModels => {
                return Err(self.error(
                    format!("invalid key `{key}`: logged models have no dataset fields"),
                    key_start,
                ))
            }
            Entity::Dataset if !DATASET_KEYS.contains(&key.as_str()) => {
                return Err(self.error(
                    format!("invalid dataset key `{key}`; valid keys: name, digest, context"),
                    key_start,
                ))
            }
            _ => key,
        };
        Ok(Ident { entity, key })
    }

    pub(super) fn comparator(&mut self) -> Result<Comparator, SyntaxError> {
        let start = self.pos;
        let two: String = self.s[self.pos..].chars().take(2).collect();
        let op = match two.as_str() {
            ">=" => Some((Comparator::Ge, 2)),
            "<=" => Some((Comparator::Le, 2)),
            "!=" => Some((Comparator::Ne, 2)),
            "==" | "<>" => {
                return Err(self.error(
                    format!("`{two}` is not a comparator; use `=` or `!=`"),
                    start,
                ))
            }
            _ => match two.chars().next() {
                Some('=') => Some((Comparator::Eq, 1)),
                Some('<') => Some((Comparator::Lt, 1)),
                Some('>') => Some((Comparator::Gt, 1)),
                _ => None,
            },
        };
        if let Some((op, len)) = op {
            self.pos += len;
            return Ok(op);
        }
        if self.keyword("LIKE") {
            return Ok(Comparator::Like);
        }
        if self.keyword("ILIKE") {
            return Ok(Comparator::ILike);
        }
        if self.keyword("IN") {
            return Ok(Comparator::In);
        }
        if self.keyword("IS") {
            self.skip_ws();
            let not = self.keyword("NOT");
            self.skip_ws();
            if self.keyword("NULL") {
                return Ok(if not {
                    Comparator::IsNotNull
                } else {
                    Comparator::IsNull
                });
            }
            return Err(self.error("expected NULL after IS / IS NOT", self.pos));
        }
        if self.keyword("NOT") {
            self.skip_ws();
            if self.keyword("IN") {
                return Ok(Comparator::NotIn);
            }
            return Err(self.error("only NOT IN is supported after NOT", start));
        }
        if self.eof() {
            return Err(self.error(
                "expected a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, IS NULL)",
                start,
            ));
        }
        Err(self.error(
            format!("invalid comparator `{}`", self.next_word_or_char()),
            start,
        ))
    }

    /// Reads a value: a number, a quoted string, or a parenthesised list of quoted strings.
    pub(super) fn value(&mut self) -> Result<(Value, usize), SyntaxError> {
        let start = self.pos;
        match self.peek() {
            Some('\'' | '"') => Ok((Value::String(self.quoted()?), start)),
            Some('(') => Ok((Value::List(self.list()?), start)),
            Some('+') => Err(self.error("numbers may not start with `+`", start)),
            None => Err(self.error("expected a value after the comparator", start)),
            _ => {
                match self.number() {
                    Some(n) => Ok((Value::Number(n), start)),
                    None => {
                        let w = self.next_word_or_char();
                        Err(self.error(format!("value `{w}` is not quoted; quote strings with single or double quotes"), start))
                    }
                }
            }
        }
    }

    pub(super) fn clause(&mut self, dialect: Dialect) -> Result<Clause, SyntaxError> {
        let ident = self.identifier(dialect)?;
        self.skip_ws();
        let cmp_pos = self.pos;
        let comparator = self.comparator()?;
        let (value, value_pos) = if matches!(comparator, Comparator::IsNull | Comparator::IsNotNull)
        {
            (Value::None, self.pos)
        } else {
            self.skip_ws();
            self.value()?
        };
        check(
            self, dialect, &ident, comparator, &value, cmp_pos, value_pos,
        )?;
        Ok(Clause {
            entity: ident.entity,
            key: ident.key,
            comparator,
            value,
        })
    }
}
