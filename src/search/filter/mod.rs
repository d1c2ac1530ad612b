//! Parser of MLflow's filter strings (runs and experiments dialects), accepting what MLflow
//! 3.18 accepts and rejecting what it rejects, plus the in-memory matching rules.
//!
//! Grammar: clauses joined by `AND` (case-insensitive; stray leading, trailing or doubled
//! `AND`s are tolerated as MLflow tolerates them). A clause is `<identifier> <comparator>
//! <value>` or `<identifier> IS [NOT] NULL`. An identifier is `<prefix>.<key>` split at the
//! first dot, or a bare attribute key; the prefix may be back-quoted, the key back-quoted,
//! double- or single-quoted. Values are numbers in sqlparse's forms (`5`, `-1.5`, `.5`, `5.`,
//! `1.5e-3`; not `.5e1`, `5.e1` or `1e+5`), quoted strings (no escapes: `'it''s'` stays
//! `it''s`), or for `IN`/`NOT IN` a non-empty list read as MLflow reads it, as a Python tuple
//! literal: escapes are decoded, adjacent literals join, a trailing comma is allowed.
//! An empty filter matches everything; a blank one (only whitespace) is an error, as in MLflow.
//!
//! Here: the entry point and the clause loop. `cursor` reads characters, words, quoted text
//! and numbers; `clause` reads identifiers, comparators and values; `list` reads `IN` lists;
//! `rules` checks a clause against what MLflow allows; `eval` matches values in memory.

mod clause;
mod cursor;
mod eval;
mod list;
mod registry;
mod rules;

use super::{Dialect, Entity, Filter, SyntaxError};

pub(super) use cursor::Parser;
pub use eval::like_matches;
pub use registry::{parse_registry, RegistryDialect};

/// Parses a filter string of the given dialect; an empty string is an empty filter, a blank
/// one (whitespace only) is rejected as MLflow rejects it.
pub fn parse(input: &str, dialect: Dialect) -> Result<Filter, SyntaxError> {
    let mut p = Parser { s: input, pos: 0 };
    if !input.is_empty() && input.chars().all(char::is_whitespace) {
        return Err(p.error(
            "the filter is blank: give at least one condition, or no filter",
            0,
        ));
    }
    let mut clauses = Vec::new();
    loop {
        p.skip_ws();
        if p.eof() {
            break;
        }
        if p.keyword("AND") {
            continue;
        }
        if p.peek() == Some(';') {
            return Err(p.error("a filter is one statement: `;` is not allowed", p.pos));
        }
        let start = p.pos;
        let clause = p.clause(dialect)?;
        clauses.push(clause);
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

/// A parsed identifier.
pub(super) struct Ident {
    pub entity: Entity,
    pub key: String,
}
