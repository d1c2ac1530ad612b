//! The subset of YAML that MLflow's file store writes with PyYAML's `safe_dump`: one
//! top-level block mapping of scalars, keys sorted, YAML 1.1 quoting rules.
//!
//! Reading returns each top-level key with its scalar, keeping whether it was quoted, so that
//! callers can apply PyYAML's typing (`123` unquoted is an int, `'123'` a string, `1e3` a
//! string in YAML 1.1). Nested values (the stale `tags:` map MLflow leaves in some experiment
//! files, input tags) are recognised and skipped. Writing quotes every string PyYAML would
//! read back as something else, so Python always reads what mlf meant.
//!
//! This module holds the parsed document; `read` parses, `write` renders and quotes.

mod read;
mod write;

use std::collections::BTreeMap;

pub use read::parse;
pub use write::{quote, write, Out};

/// A top-level value of a `meta.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// `null`, `~` or nothing.
    Null,
    /// An unquoted scalar, with folded continuation lines joined.
    Plain(String),
    /// A single- or double-quoted scalar, unescaped.
    Quoted(String),
    /// A nested mapping or sequence (block or flow), not interpreted.
    Nested,
}

impl Scalar {
    /// Returns the value as a string, whatever its YAML type (`None` for null and nested).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Scalar::Plain(s) | Scalar::Quoted(s) => Some(s),
            Scalar::Null | Scalar::Nested => None,
        }
    }

    /// Returns the value as an integer, as PyYAML types an unquoted int (`_` separators
    /// allowed); quoted digits are accepted too, as MLflow's legacy files hold either.
    pub fn as_i64(&self) -> Option<i64> {
        let s = self.as_str()?.trim();
        let s = s.replace('_', "");
        s.parse::<i64>()
            .ok()
            .or_else(|| s.parse::<f64>().ok().map(|f| f as i64))
    }
}

/// A parsed `meta.yaml`: each top-level key with its value and its source lines, so that a
/// rewrite changes only the keys it means to and copies the others verbatim.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    entries: BTreeMap<String, (Scalar, String)>,
}

impl Doc {
    /// Returns the value of a top-level key.
    pub fn get(&self, key: &str) -> Option<&Scalar> {
        self.entries.get(key).map(|(v, _)| v)
    }

    /// Returns the value of a key as a string (`None` when missing, null or nested).
    pub fn str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Scalar::as_str)
    }

    /// Returns the value of a key as an integer.
    pub fn int(&self, key: &str) -> Option<i64> {
        self.get(key).and_then(Scalar::as_i64)
    }

    /// Parses a nested block mapping (the `tags:` of an input's `meta.yaml`).
    pub fn nested(&self, key: &str) -> Option<Doc> {
        let (_, raw) = self.entries.get(key)?;
        let body: Vec<&str> = raw.lines().skip(1).collect();
        let indent = body
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()?;
        let text: String = body
            .iter()
            .map(|l| format!("{}\n", l.get(indent..).unwrap_or("")))
            .collect();
        parse(&text).ok()
    }

    /// Returns every key with a string value, in key order.
    pub fn pairs(&self) -> Vec<(String, String)> {
        self.entries
            .iter()
            .filter_map(|(k, (v, _))| v.as_str().map(|s| (k.clone(), s.to_string())))
            .collect()
    }

    /// Sets (`Some`) or removes (`None`) a key.
    pub fn set(&mut self, key: &str, value: Option<Out<'_>>) {
        match value {
            Some(v) => {
                let line = write(&[(key, v.clone())]);
                let scalar = match v {
                    Out::Str(s) => Scalar::Quoted(s.to_string()),
                    Out::Int(n) => Scalar::Plain(n.to_string()),
                    Out::Null => Scalar::Null,
                    Out::EmptyList => Scalar::Nested,
                };
                self.entries.insert(key.to_string(), (scalar, line));
            }
            None => {
                self.entries.remove(key);
            }
        }
    }

    /// Writes the document back, keys sorted.
    pub fn render(&self) -> String {
        self.entries.values().map(|(_, raw)| raw.as_str()).collect()
    }
}

#[cfg(test)]
mod tests;
