//! The filter parser's cursor: position, whitespace, keywords, words, quoted text and
//! numbers as MLflow's tokenizer (sqlparse) reads them, and errors pointing at a position.

use crate::search::SyntaxError;

/// A cursor over a filter or `order_by` string.
pub(in crate::search) struct Parser<'a> {
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

    pub(super) fn bump(&mut self) -> Option<char> {
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

    pub(super) fn is_word_char(c: char) -> bool {
        c.is_alphanumeric() || c == '_'
    }

    /// Returns whether a keyword starts here (case-insensitive, whole word), without moving.
    pub(super) fn at_keyword(&self, kw: &str) -> bool {
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

    pub(super) fn next_word_or_char(&self) -> String {
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
    pub(super) fn quoted(&mut self) -> Result<String, SyntaxError> {
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

    /// Reads a number as sqlparse (MLflow's tokenizer) lexes one: an optional `-`, then digits
    /// with an optional fraction (`5`, `5.`, `5.25`) or a bare fraction (`.5`); an exponent
    /// (`e`/`E`, an optional `-`, digits) only after digits with, if any, a fraction that has
    /// digits (`1e3`, `1.5E-3`; `.5e1`, `5.e1` and `1e+5` are not numbers). A number running
    /// into a letter, digit or `_` is not one.
    pub(super) fn number(&mut self) -> Option<f64> {
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
}
