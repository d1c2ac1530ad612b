//! Reading the list of `IN` / `NOT IN` as MLflow reads it: a Python tuple of string
//! literals (`ast.literal_eval`), escapes decoded, adjacent literals joined.

use super::Parser;
use crate::search::SyntaxError;

impl Parser<'_> {
    /// Reads the parenthesised list of `IN`/`NOT IN` as MLflow reads it, with Python's
    /// `ast.literal_eval`: the items are Python string literals (single or double quotes,
    /// optional `r`/`u` prefix, backslash escapes decoded), adjacent literals join into one
    /// (`'a' 'b'` is `ab`, so `'it''s'` is `its`), items are separated by commas, a trailing
    /// comma is allowed, and the list may not be empty. (`\N{name}` escapes are not decoded:
    /// such a list is refused.)
    pub(super) fn list(&mut self) -> Result<Vec<String>, SyntaxError> {
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
}
