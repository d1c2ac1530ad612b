//! Tokens of a logged-model filter as sqlparse 0.6 splits it, for the forms MLflow's SQL
//! store can accept: words, back-quoted names, single- and double-quoted text, numbers,
//! comparison operators (`[<>=~!]+`, `LIKE`, `ILIKE`, `NOT LIKE`…), parentheses, dots and
//! the arithmetic signs sqlparse joins into one operand (`a-b`, `a/b`). Anything else
//! (comments, `;`, placeholders) is an error: MLflow would reject it or read it oddly.

use crate::search::SyntaxError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word (`\w[\w$#]*`), possibly a keyword.
    Word,
    /// `` `…` ``
    Backtick,
    /// `'…'`
    Single,
    /// `"…"`
    Double,
    /// An integer or decimal literal.
    Number,
    /// A comparison operator.
    Cmp,
    /// `(…)`, balanced, with its contents.
    Paren,
    /// `.`
    Dot,
    /// `-`, `+`, `*`, `/` between two operands.
    Arith,
    /// `,` outside parentheses.
    Comma,
    /// `;`
    Semicolon,
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub pos: usize,
    /// Whether whitespace comes right before it.
    pub spaced: bool,
}

fn error(input: &str, message: impl Into<String>, position: usize) -> SyntaxError {
    SyntaxError {
        message: message.into(),
        input: input.to_string(),
        position,
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The end of a quoted run starting at `start` (the opening quote `q`): the longest match of
/// sqlparse's `q(qq|\\q|[^q])*q`.
fn quoted_end(s: &str, start: usize, q: u8, backslash: bool) -> Option<usize> {
    let b = s.as_bytes();
    // reach[i]: inside the quotes, having read up to byte i.
    let mut reach = vec![false; b.len() + 1];
    reach[start + 1] = true;
    let mut end = None;
    for i in start + 1..b.len() {
        if !reach[i] {
            continue;
        }
        if b[i] == q {
            end = Some(i + 1);
            if b.get(i + 1) == Some(&q) {
                reach[i + 2] = true;
            }
        } else {
            reach[i + 1] = true;
            if backslash && b[i] == b'\\' && b.get(i + 1) == Some(&q) {
                reach[i + 2] = true;
            }
        }
    }
    end
}

/// A number at `i` (`-?` digits with an optional fraction and exponent, or `.5`), not run
/// into a word; returns its end.
fn number_end(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut j = i;
    if b.get(j) == Some(&b'-') {
        j += 1;
    }
    let digits = |mut k: usize| {
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        k
    };
    let int_end = digits(j);
    let mut end = int_end;
    if int_end > j {
        if b.get(end) == Some(&b'.') {
            let frac = digits(end + 1);
            // `1.e3` is `1.` then the word `e3`
            end = frac;
            if frac > int_end + 1 {
                end = exponent(b, frac).unwrap_or(frac);
            }
        } else {
            end = exponent(b, end).unwrap_or(end);
        }
    } else if b.get(j) == Some(&b'.') {
        let frac = digits(j + 1);
        if frac == j + 1 {
            return None;
        }
        end = frac;
    } else {
        return None;
    }
    let word_after = |k: usize| s[k..].chars().next().is_some_and(is_word);
    if !word_after(end) {
        Some(end)
    } else if int_end > j && end > int_end && !word_after(int_end) {
        // `1.e3`: the integer `1`, then `.` and a word
        Some(int_end)
    } else {
        None
    }
}

fn exponent(b: &[u8], i: usize) -> Option<usize> {
    if !matches!(b.get(i), Some(b'e' | b'E')) {
        return None;
    }
    let mut j = i + 1;
    if matches!(b.get(j), Some(b'-' | b'+')) {
        j += 1;
    }
    let start = j;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    (j > start).then_some(j)
}

/// Reads a keyword comparison (`LIKE`, `ILIKE`, `RLIKE`, optionally after `NOT`) at `i`.
fn like_end(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let mut j = 0;
    let upper = rest.to_ascii_uppercase();
    if upper.starts_with("NOT") && rest[3..].starts_with(char::is_whitespace) {
        j = 3 + rest[3..].len() - rest[3..].trim_start().len();
    }
    for kw in ["LIKE", "ILIKE", "RLIKE"] {
        if upper[j..].starts_with(kw) {
            let end = j + kw.len();
            if !rest[end..].starts_with(is_word) {
                return Some(i + end);
            }
        }
    }
    None
}

/// Splits a filter into tokens.
pub(super) fn tokens(s: &str) -> Result<Vec<Token<'_>>, SyntaxError> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut i = 0;
    let mut spaced = false;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
            spaced = true;
            continue;
        }
        let unclosed = |what: &str| error(s, format!("unclosed {what}"), i);
        let (kind, end) = match c {
            '\'' => (
                Kind::Single,
                quoted_end(s, i, b'\'', true).ok_or_else(|| unclosed("quote"))?,
            ),
            '"' => (
                Kind::Double,
                quoted_end(s, i, b'"', true).ok_or_else(|| unclosed("quote"))?,
            ),
            '`' => (
                Kind::Backtick,
                quoted_end(s, i, b'`', false).ok_or_else(|| unclosed("back-quote"))?,
            ),
            '(' => (
                Kind::Paren,
                paren_end(s, i).ok_or_else(|| unclosed("parenthesis"))?,
            ),
            ')' => return Err(error(s, "unbalanced `)`", i)),
            '.' if number_end(s, i).is_none() => (Kind::Dot, i + 1),
            ',' => (Kind::Comma, i + 1),
            ';' => (Kind::Semicolon, i + 1),
            '<' | '>' | '=' | '~' | '!' => {
                let len = s[i..]
                    .chars()
                    .take_while(|c| matches!(c, '<' | '>' | '=' | '~' | '!'))
                    .count();
                (Kind::Cmp, i + len)
            }
            '-' if s[i..].starts_with("--") => {
                return Err(error(s, "comments are not allowed in filters", i))
            }
            '/' if s[i..].starts_with("/*") => {
                return Err(error(s, "comments are not allowed in filters", i))
            }
            '-' | '.' | '0'..='9' if number_end(s, i).is_some() => {
                (Kind::Number, number_end(s, i).unwrap_or(i + 1))
            }
            '-' | '+' | '*' | '/' => (Kind::Arith, i + 1),
            c if is_word(c) => {
                if let Some(end) = like_end(s, i) {
                    (Kind::Cmp, end)
                } else {
                    let len: usize = s[i..]
                        .chars()
                        .take_while(|c| is_word(*c) || *c == '$' || *c == '#')
                        .map(char::len_utf8)
                        .sum();
                    (Kind::Word, i + len)
                }
            }
            c => return Err(error(s, format!("unexpected `{c}` in the filter"), i)),
        };
        out.push(Token {
            kind,
            text: &s[i..end],
            pos: i,
            spaced,
        });
        spaced = false;
        i = end;
    }
    Ok(out)
}

/// The end of a balanced parenthesis at `i`, skipping quoted text inside.
fn paren_end(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut j = i;
    while j < b.len() {
        match b[j] {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            q @ (b'\'' | b'"') => {
                j = quoted_end(s, j, q, true)? - 1;
            }
            _ => {}
        }
        j += 1;
    }
    None
}
