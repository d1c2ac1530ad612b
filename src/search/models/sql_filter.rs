//! The logged-model filter of MLflow's SQL store (`search_logged_model_utils`): sqlparse's
//! comparisons joined by `AND`, each exactly `<identifier> <op> <value>`; the identifier is
//! `attributes|metrics|params|tags.<key>` (lower case, plural, split at the first dot,
//! back-quotes trimmed) or a bare attribute (aliases `creation_time`, `creation_timestamp`,
//! `last_updated_timestamp`, only when bare); numeric entities take `< <= > >= = !=` and a
//! value Python's `float()` reads (`inf` too), the others `= != LIKE ILIKE IN NOT IN` and text
//! with its single quotes stripped (double quotes stay part of the value) or a tuple literal.

use super::keywords::is_keyword;
use super::lexer::{tokens, Kind, Token};
use super::literal::{literal_list, python_float};
use super::{Literal, ModelClause, ModelEntity, ModelValue};
use crate::model::ModelStatus;
use crate::search::{Comparator, SyntaxError};

/// The columns of MLflow's `logged_models` table: the attributes a clause may name.
pub const COLUMNS: [&str; 11] = [
    "model_id",
    "experiment_id",
    "name",
    "artifact_location",
    "creation_timestamp_ms",
    "last_updated_timestamp_ms",
    "status",
    "lifecycle_stage",
    "model_type",
    "source_run_id",
    "status_message",
];

/// MLflow's attribute aliases (applied to bare keys only).
pub fn alias(key: &str) -> &str {
    match key {
        "creation_time" | "creation_timestamp" => "creation_timestamp_ms",
        "last_updated_timestamp" => "last_updated_timestamp_ms",
        k => k,
    }
}

fn is_atom(t: &Token<'_>) -> bool {
    match t.kind {
        Kind::Word => !is_keyword(t.text) || t.text.eq_ignore_ascii_case("NULL"),
        Kind::Backtick | Kind::Single | Kind::Double | Kind::Number | Kind::Paren => true,
        _ => false,
    }
}

struct Operand<'a> {
    text: &'a str,
    pos: usize,
    identifier: bool,
}

struct Reader<'a, 't> {
    s: &'a str,
    t: &'t [Token<'a>],
    i: usize,
}

impl<'a> Reader<'a, '_> {
    fn err(&self, message: impl Into<String>, pos: usize) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            input: self.s.to_string(),
            position: pos,
        }
    }
    fn here(&self) -> usize {
        self.t.get(self.i).map_or(self.s.len(), |t| t.pos)
    }
    fn word(&self, w: &str) -> bool {
        self.t
            .get(self.i)
            .is_some_and(|t| t.kind == Kind::Word && t.text.eq_ignore_ascii_case(w))
    }

    /// An operand as sqlparse groups it: an atom, then `.part`s and unspaced `-`/`/` joins.
    fn operand(&mut self) -> Result<Operand<'a>, SyntaxError> {
        let Some(first) = self.t.get(self.i).filter(|t| is_atom(t)) else {
            let found = self.t.get(self.i).map_or("the end", |t| t.text);
            return Err(self.err(
                format!("expected an identifier or a value, found `{found}`"),
                self.here(),
            ));
        };
        let start = first.pos;
        let mut end = first.pos + first.text.len();
        let mut identifier = matches!(first.kind, Kind::Word | Kind::Backtick | Kind::Double);
        self.i += 1;
        while let (Some(a), Some(b)) = (self.t.get(self.i), self.t.get(self.i + 1)) {
            if a.spaced || b.spaced {
                break;
            }
            let joins = match a.kind {
                Kind::Dot if first.kind == Kind::Number => false,
                Kind::Dot => matches!(
                    b.kind,
                    Kind::Word | Kind::Backtick | Kind::Single | Kind::Double
                ),
                Kind::Arith => is_atom(b) && b.kind != Kind::Paren,
                _ => false,
            };
            if !joins {
                break;
            }
            identifier &= a.kind == Kind::Dot;
            end = b.pos + b.text.len();
            self.i += 2;
        }
        Ok(Operand {
            text: &self.s[start..end],
            pos: start,
            identifier,
        })
    }
}

/// Parses a filter of MLflow's SQL store; an empty one is no clause.
pub fn parse(s: &str) -> Result<Vec<ModelClause>, SyntaxError> {
    if !s.is_empty() && s.trim().is_empty() {
        return Err(SyntaxError {
            message: "the filter is blank: give at least one condition, or no filter".into(),
            input: s.to_string(),
            position: 0,
        });
    }
    let toks = tokens(s)?;
    let mut r = Reader { s, t: &toks, i: 0 };
    let mut out = Vec::new();
    while r.i < toks.len() {
        if r.word("AND") {
            r.i += 1;
            continue;
        }
        if toks[r.i].kind == Kind::Semicolon {
            return Err(r.err(
                "a filter is one statement: `;` is not allowed",
                toks[r.i].pos,
            ));
        }
        let left = r.operand()?;
        let op_pos = r.here();
        let not_in = r.word("NOT")
            && toks
                .get(r.i + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.text.eq_ignore_ascii_case("IN"));
        let (op, right) = if r.word("IN") || not_in {
            r.i += if not_in { 2 } else { 1 };
            if !left.identifier {
                return Err(r.err("IN needs an identifier on its left", left.pos));
            }
            let Some(p) = toks.get(r.i).filter(|t| t.kind == Kind::Paren) else {
                return Err(r.err(
                    "IN and NOT IN take a parenthesised list: ('a', 'b')",
                    r.here(),
                ));
            };
            r.i += 1;
            let op = if not_in { "NOT IN" } else { "IN" };
            (
                op.to_string(),
                Operand {
                    text: p.text,
                    pos: p.pos,
                    identifier: false,
                },
            )
        } else if let Some(t) = toks.get(r.i).filter(|t| t.kind == Kind::Cmp) {
            r.i += 1;
            (t.text.to_string(), r.operand()?)
        } else if r.word("IS") {
            return Err(r.err(
                "IS NULL / IS NOT NULL are not supported in logged-model filters",
                op_pos,
            ));
        } else {
            let found = toks.get(r.i).map_or("the end", |t| t.text);
            return Err(r.err(format!("expected a comparator, found `{found}`"), op_pos));
        };
        out.push(clause(&r, &left, &op, op_pos, &right)?);
        if r.i < toks.len() && !r.word("AND") {
            let t = &toks[r.i];
            let what = if t.text.eq_ignore_ascii_case("OR") {
                "only AND joins clauses; `OR` is not supported".to_string()
            } else {
                format!("expected AND after a clause, found `{}`", t.text)
            };
            return Err(r.err(what, t.pos));
        }
    }
    Ok(out)
}

fn clause(
    r: &Reader<'_, '_>,
    left: &Operand<'_>,
    op: &str,
    op_pos: usize,
    right: &Operand<'_>,
) -> Result<ModelClause, SyntaxError> {
    let text = left.text;
    let prefix_len = text.bytes().take_while(u8::is_ascii_lowercase).count();
    let (entity, key) = if prefix_len > 0
        && text[prefix_len..].starts_with('.')
        && text.len() > prefix_len + 1
        && !text.contains('\n')
    {
        let entity = match &text[..prefix_len] {
            "attributes" => ModelEntity::Attribute,
            "metrics" => ModelEntity::Metric,
            "params" => ModelEntity::Param,
            "tags" => ModelEntity::Tag,
            p => {
                return Err(r.err(
                    format!("invalid entity type `{p}`; valid: attributes, metrics, params, tags"),
                    left.pos,
                ))
            }
        };
        (entity, text[prefix_len + 1..].trim_matches('`').to_string())
    } else {
        (
            ModelEntity::Attribute,
            alias(text).trim_matches('`').to_string(),
        )
    };
    let numeric = entity == ModelEntity::Metric
        || (entity == ModelEntity::Attribute
            && matches!(
                alias(&key),
                "creation_timestamp_ms" | "last_updated_timestamp_ms"
            ));
    use Comparator::*;
    let cmp = match op.to_uppercase().as_str() {
        "<" => Lt,
        "<=" => Le,
        ">" => Gt,
        ">=" => Ge,
        "=" => Eq,
        "!=" => Ne,
        "LIKE" if !numeric => Like,
        "ILIKE" if !numeric => ILike,
        "IN" if !numeric => In,
        "NOT IN" if !numeric => NotIn,
        _ => {
            let allowed = if numeric {
                "<, <=, >, >=, =, !="
            } else {
                "=, !=, LIKE, ILIKE, IN, NOT IN"
            };
            return Err(r.err(
                format!("invalid comparator `{op}` for `{text}`; expected one of {allowed}"),
                op_pos,
            ));
        }
    };
    if !numeric && matches!(cmp, Lt | Le | Gt | Ge) {
        return Err(r.err(
            format!("invalid comparator `{op}` for `{text}`; expected one of =, !=, LIKE, ILIKE, IN, NOT IN"),
            op_pos,
        ));
    }
    if entity == ModelEntity::Attribute && !COLUMNS.contains(&key.as_str()) {
        return Err(r.err(
            format!(
                "invalid attribute `{key}`; valid: name, model_id, model_type, status, \
                 source_run_id, experiment_id, creation_time, last_updated_timestamp"
            ),
            left.pos,
        ));
    }
    let value = if numeric {
        ModelValue::Number(python_float(right.text).ok_or_else(|| {
            r.err(
                format!("expected a number for `{text}`, found `{}`", right.text),
                right.pos,
            )
        })?)
    } else if right.text.starts_with('(') && right.text.ends_with(')') {
        let items = literal_list(right.text).ok_or_else(|| {
            r.err(
                "invalid list: give quoted strings, e.g. ('a', 'b')",
                right.pos,
            )
        })?;
        ModelValue::List(items)
    } else {
        ModelValue::Str(right.text.trim_matches('\'').to_string())
    };
    match (&value, cmp) {
        (ModelValue::List(_), In | NotIn) | (ModelValue::Str(_) | ModelValue::Number(_), _) => {}
        _ => return Err(r.err("a list needs IN or NOT IN", right.pos)),
    }
    let value = if entity == ModelEntity::Attribute && key == "status" {
        status_value(r, cmp, value, op_pos, right.pos)?
    } else {
        value
    };
    Ok(ModelClause {
        entity,
        key,
        comparator: cmp,
        value,
    })
}

/// `status` compares names (`READY`) as their codes, with `=`, `!=`, `IN`, `NOT IN` only.
fn status_value(
    r: &Reader<'_, '_>,
    cmp: Comparator,
    value: ModelValue,
    op_pos: usize,
    pos: usize,
) -> Result<ModelValue, SyntaxError> {
    use Comparator::*;
    if !matches!(cmp, Eq | Ne | In | NotIn) {
        return Err(r.err("status takes only =, !=, IN and NOT IN", op_pos));
    }
    let code = |s: &str| {
        ModelStatus::ALL
            .into_iter()
            .find(|st| st.filter_name() == s)
            .map(|st| st.code())
            .ok_or_else(|| {
                r.err(
                    format!(
                        "unknown model status `{s}`; valid: PENDING, READY, FAILED, UNSPECIFIED"
                    ),
                    pos,
                )
            })
    };
    Ok(match value {
        ModelValue::Str(s) => ModelValue::Number(code(&s)? as f64),
        ModelValue::List(items) => ModelValue::List(
            items
                .iter()
                .map(|l| match l {
                    Literal::Str(s) => code(s).map(Literal::Int),
                    _ => Err(r.err("status values are names such as 'READY'", pos)),
                })
                .collect::<Result<_, _>>()?,
        ),
        number @ ModelValue::Number(_) => number,
    })
}
