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

use super::{Clause, Comparator, Dialect, Entity, Filter, SyntaxError, Value};

/// Run attributes a filter may name (after alias translation).
const RUN_STRING_ATTRIBUTES: [&str; 5] =
    ["run_id", "run_name", "status", "user_id", "artifact_uri"];
const RUN_NUMERIC_ATTRIBUTES: [&str; 2] = ["start_time", "end_time"];
const DATASET_KEYS: [&str; 3] = ["name", "digest", "context"];
const EXPERIMENT_ATTRIBUTES: [&str; 4] =
    ["name", "experiment_id", "creation_time", "last_update_time"];

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

pub(super) struct Parser<'a> {
    pub s: &'a str,
    pub pos: usize,
}

impl<'a> Parser<'a> {
    pub fn eof(&self) -> bool {
        self.pos >= self.s.len()
    }

    pub fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    pub fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    pub fn error(&self, message: impl Into<String>, position: usize) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            input: self.s.to_string(),
            position: position.min(self.s.len()),
        }
    }

    fn is_word_char(c: char) -> bool {
        c.is_alphanumeric() || c == '_'
    }

    /// Returns whether a keyword starts here (case-insensitive, whole word), without moving.
    fn at_keyword(&self, kw: &str) -> bool {
        let rest = &self.s[self.pos..];
        rest.len() >= kw.len()
            && rest.is_char_boundary(kw.len())
            && rest[..kw.len()].eq_ignore_ascii_case(kw)
            && !rest[kw.len()..]
                .chars()
                .next()
                .is_some_and(Self::is_word_char)
    }

    /// Consumes a keyword if it starts here.
    pub fn keyword(&mut self, kw: &str) -> bool {
        if self.at_keyword(kw) {
            self.pos += kw.len();
            true
        } else {
            false
        }
    }

    fn next_word_or_char(&self) -> String {
        let rest = &self.s[self.pos..];
        let word: String = rest
            .chars()
            .take_while(|c| Self::is_word_char(*c))
            .collect();
        if word.is_empty() {
            rest.chars().next().map(String::from).unwrap_or_default()
        } else {
            word
        }
    }

    /// Reads a quoted run starting at the opening quote; a doubled or backslash-escaped quote
    /// stays part of the text, as MLflow's tokenizer leaves it.
    fn quoted(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        let q = self.bump().expect("caller saw a quote");
        let mut text = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error(format!("unterminated {q}quoted{q} text"), start)),
                Some('\\') if self.peek() == Some(q) && q != '`' => {
                    text.push('\\');
                    text.push(q);
                    self.bump();
                }
                Some(c) if c == q => {
                    if q != '`' && self.peek() == Some(q) {
                        text.push(q);
                        text.push(q);
                        self.bump();
                    } else {
                        return Ok(text);
                    }
                }
                Some(c) => text.push(c),
            }
        }
    }

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

    fn comparator(&mut self) -> Result<Comparator, SyntaxError> {
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

    /// Reads a number as sqlparse (MLflow's tokenizer) lexes one: an optional `-`, then digits
    /// with an optional fraction (`5`, `5.`, `5.25`) or a bare fraction (`.5`); an exponent
    /// (`e`/`E`, an optional `-`, digits) only after digits with, if any, a fraction that has
    /// digits (`1e3`, `1.5E-3`; `.5e1`, `5.e1` and `1e+5` are not numbers). A number running
    /// into a letter, digit or `_` is not one.
    fn number(&mut self) -> Option<f64> {
        let rest = &self.s[self.pos..];
        let b = rest.as_bytes();
        let digits_from = |mut i: usize| {
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            i
        };
        let mut i = usize::from(b.first() == Some(&b'-'));
        let int_end = digits_from(i);
        let int_digits = int_end - i;
        i = int_end;
        let mut frac_digits = None;
        if b.get(i) == Some(&b'.') {
            let end = digits_from(i + 1);
            frac_digits = Some(end - i - 1);
            i = end;
        }
        if int_digits == 0 && frac_digits.unwrap_or(0) == 0 {
            return None;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) && int_digits > 0 && frac_digits != Some(0) {
            let sign = usize::from(b.get(i + 1) == Some(&b'-'));
            let end = digits_from(i + 1 + sign);
            if end > i + 1 + sign {
                i = end;
            }
        }
        if rest[i..].chars().next().is_some_and(Self::is_word_char) {
            return None;
        }
        let v = rest[..i].parse::<f64>().ok()?;
        self.pos += i;
        Some(v)
    }

    /// Reads the parenthesised list of `IN`/`NOT IN` as MLflow reads it, with Python's
    /// `ast.literal_eval`: the items are Python string literals (single or double quotes,
    /// optional `r`/`u` prefix, backslash escapes decoded), adjacent literals join into one
    /// (`'a' 'b'` is `ab`, so `'it''s'` is `its`), items are separated by commas, a trailing
    /// comma is allowed, and the list may not be empty. (`\N{name}` escapes are not decoded:
    /// such a list is refused.)
    fn list(&mut self) -> Result<Vec<String>, SyntaxError> {
        let start = self.pos;
        self.bump(); // the opening parenthesis
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            match self.peek() {
                Some(')') if items.is_empty() => {
                    return Err(
                        self.error("the list is empty: give at least one quoted value", start)
                    )
                }
                Some(')') => {
                    self.bump();
                    return Ok(items);
                }
                _ => {}
            }
            let mut item = self.python_string()?;
            loop {
                self.skip_ws();
                if self.at_python_string() {
                    item.push_str(&self.python_string()?);
                } else {
                    break;
                }
            }
            items.push(item);
            match self.peek() {
                Some(',') => {
                    self.bump();
                }
                Some(')') => {
                    self.bump();
                    return Ok(items);
                }
                _ => return Err(self.error("expected `,` or `)` in the list", self.pos)),
            }
        }
    }

    /// Whether a Python string literal (with an optional `r`/`u` prefix) starts here.
    fn at_python_string(&self) -> bool {
        let mut chars = self.s[self.pos..].chars();
        match chars.next() {
            Some('\'' | '"') => true,
            Some('r' | 'R' | 'u' | 'U') => matches!(chars.next(), Some('\'' | '"')),
            _ => false,
        }
    }

    /// Reads one Python string literal and returns its value.
    fn python_string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        if !self.at_python_string() {
            return Err(self.error("lists hold quoted strings: ('a', 'b')", start));
        }
        let raw = matches!(self.peek(), Some('r' | 'R'));
        if !matches!(self.peek(), Some('\'' | '"')) {
            self.bump(); // the prefix
        }
        let q = self.bump().expect("a quote follows");
        let mut text = String::new();
        loop {
            match self.bump() {
                None | Some('\n') => {
                    return Err(self.error(format!("unterminated {q}quoted{q} text"), start))
                }
                Some(c) if c == q => return Ok(text),
                Some('\\') if raw => {
                    text.push('\\');
                    match self.bump() {
                        None => {
                            return Err(self.error(format!("unterminated {q}quoted{q} text"), start))
                        }
                        Some(c) => text.push(c),
                    }
                }
                Some('\\') => {
                    let at = self.pos - 1;
                    self.escape(&mut text, at)?;
                }
                Some(c) => text.push(c),
            }
        }
    }

    /// Decodes the Python escape sequence after a backslash (at byte `at`) into `text`.
    fn escape(&mut self, text: &mut String, at: usize) -> Result<(), SyntaxError> {
        let bad = |p: &Self| p.error("invalid escape sequence in a quoted list value", at);
        let Some(c) = self.bump() else {
            return Err(bad(self));
        };
        let simple = match c {
            '\n' => Some(None), // a line continuation: nothing
            '\\' | '\'' | '"' => Some(Some(c)),
            'a' => Some(Some('\u{7}')),
            'b' => Some(Some('\u{8}')),
            'f' => Some(Some('\u{c}')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\u{b}')),
            _ => None,
        };
        if let Some(ch) = simple {
            text.extend(ch);
            return Ok(());
        }
        let hex = |p: &mut Self, n: usize| -> Result<char, SyntaxError> {
            let digits: String = p.s[p.pos..].chars().take(n).collect();
            if digits.len() != n || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
                return Err(bad(p));
            }
            p.pos += n;
            u32::from_str_radix(&digits, 16)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| bad(p))
        };
        match c {
            'x' => text.push(hex(self, 2)?),
            'u' => text.push(hex(self, 4)?),
            'U' => text.push(hex(self, 8)?),
            '0'..='7' => {
                let mut v = c.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.bump();
                        }
                        None => break,
                    }
                }
                text.push(char::from_u32(v).ok_or_else(|| bad(self))?);
            }
            'N' => return Err(bad(self)),
            // Python keeps an unknown escape as it is written.
            other => {
                text.push('\\');
                text.push(other);
            }
        }
        Ok(())
    }

    /// Reads a value: a number, a quoted string, or a parenthesised list of quoted strings.
    fn value(&mut self) -> Result<(Value, usize), SyntaxError> {
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

    fn clause(&mut self, dialect: Dialect) -> Result<Clause, SyntaxError> {
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

/// Checks a clause's comparator and value type against what MLflow allows for its entity.
fn check(
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
    };
    let what = match id.entity {
        Entity::Metric => format!("metric `{}`", id.key),
        Entity::Param => format!("param `{}`", id.key),
        Entity::Tag => format!("tag `{}`", id.key),
        Entity::Dataset => format!("dataset `{}`", id.key),
        Entity::Attribute => format!("attribute `{}`", id.key),
    };
    if matches!(cmp, IsNull | IsNotNull) && !allowed.contains(&cmp) {
        let only = if dialect == Dialect::Runs {
            "tags and params"
        } else {
            "tags"
        };
        return Err(p.error(
            format!("IS NULL / IS NOT NULL is only supported for {only}, not for {what}"),
            cmp_pos,
        ));
    }
    if matches!(cmp, In | NotIn) && !list_ok {
        let keys = if dialect == Dialect::Runs {
            "run_id and dataset fields"
        } else {
            "experiment_id"
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

fn prefix_list(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Runs => "metrics, params, tags, attributes, datasets",
        Dialect::Experiments => "attributes, tags",
    }
}

fn attribute_list(dialect: Dialect) -> String {
    match dialect {
        Dialect::Runs => {
            "run_id, run_name, status, user_id, artifact_uri, start_time, end_time, created".into()
        }
        Dialect::Experiments => EXPERIMENT_ATTRIBUTES.join(", "),
    }
}

/// Returns the canonical name of a searchable attribute, translating aliases.
fn canonical_attribute(dialect: Dialect, key: &str) -> Option<String> {
    let key = match (dialect, key) {
        (Dialect::Runs, "created" | "Created") => "start_time",
        (Dialect::Runs, "run name" | "Run name" | "Run Name") => "run_name",
        (Dialect::Runs, k)
            if RUN_STRING_ATTRIBUTES.contains(&k) || RUN_NUMERIC_ATTRIBUTES.contains(&k) =>
        {
            k
        }
        (Dialect::Experiments, k) if EXPERIMENT_ATTRIBUTES.contains(&k) => k,
        _ => return None,
    };
    Some(key.to_string())
}

/// MLflow's in-memory `LIKE`, which its file store uses: the pattern becomes a Python regular
/// expression (`%` → `.*`, `_` → `.`, everything else literal), `^` is put in front unless
/// the pattern starts with `%`, `$` at the end unless it ends with `%`, and the value is
/// tried with `re.match`. So `%` and `_` do not cross a newline, the match is anchored at the
/// start, a pattern ending in `%` needs only to match a prefix, and `$` also matches before a
/// final newline (`LIKE 'abc'` matches `abc\n`). `case_insensitive` (`ILIKE`) compares as
/// Python's `re.IGNORECASE` does, by simple Unicode case mappings. (SQL stores use their
/// database's `LIKE` instead, where `%` and `_` match newlines too.)
pub fn like_matches(pattern: &str, value: &str, case_insensitive: bool) -> bool {
    let v: Vec<char> = value.chars().collect();
    let same = |a: char, b: char| a == b || (case_insensitive && same_ignoring_case(a, b));
    // reachable[i]: the pattern read so far can match exactly v[..i].
    let mut reachable = vec![false; v.len() + 1];
    reachable[0] = true;
    for p in pattern.chars() {
        let mut next = vec![false; v.len() + 1];
        match p {
            '%' => {
                let mut run = false;
                for i in 0..=v.len() {
                    run = reachable[i] || (run && i > 0 && v[i - 1] != '\n');
                    next[i] = run;
                }
            }
            _ => {
                for i in 0..v.len() {
                    let ok = if p == '_' {
                        v[i] != '\n'
                    } else {
                        same(p, v[i])
                    };
                    next[i + 1] = reachable[i] && ok;
                }
            }
        }
        reachable = next;
    }
    if pattern.ends_with('%') {
        reachable.iter().any(|r| *r)
    } else {
        let n = v.len();
        reachable[n] || (n > 0 && v[n - 1] == '\n' && reachable[n - 1])
    }
}

/// Whether two characters match under Python's `re.IGNORECASE`: their simple lower-case or
/// their simple upper-case forms agree (`i`/`I`/`ı`/`İ`, `s`/`ſ`, `k`/`K`, `ß`/`ẞ`).
fn same_ignoring_case(a: char, b: char) -> bool {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let upper = |c: char| {
        let mut u = c.to_uppercase();
        match (u.next(), u.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    };
    lower(a) == lower(b) || upper(a) == upper(b)
}

impl Clause {
    /// Returns whether a string value (a param, tag or string attribute; `None` when the run
    /// lacks it) satisfies the clause. A missing value matches only `IS NULL`.
    pub fn matches_str(&self, v: Option<&str>) -> bool {
        match (self.comparator, v, &self.value) {
            (Comparator::IsNull, v, _) => v.is_none(),
            (Comparator::IsNotNull, v, _) => v.is_some(),
            (_, None, _) => false,
            (Comparator::Eq, Some(v), Value::String(s)) => v == s,
            (Comparator::Ne, Some(v), Value::String(s)) => v != s,
            (Comparator::Like, Some(v), Value::String(s)) => like_matches(s, v, false),
            (Comparator::ILike, Some(v), Value::String(s)) => like_matches(s, v, true),
            (Comparator::In, Some(v), Value::List(items)) => items.iter().any(|i| i == v),
            (Comparator::NotIn, Some(v), Value::List(items)) => !items.iter().any(|i| i == v),
            _ => false,
        }
    }

    /// Returns whether a numeric value (a metric or numeric attribute; `None` when missing)
    /// satisfies the clause. Missing never matches; NaN matches only `!=`.
    pub fn matches_num(&self, v: Option<f64>) -> bool {
        let (Some(v), Value::Number(n)) = (v, &self.value) else {
            return false;
        };
        match self.comparator {
            Comparator::Eq => v == *n,
            Comparator::Ne => v != *n,
            Comparator::Lt => v < *n,
            Comparator::Le => v <= *n,
            Comparator::Gt => v > *n,
            Comparator::Ge => v >= *n,
            _ => false,
        }
    }
}
