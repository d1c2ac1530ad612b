//! The values MLflow reads with Python's `ast.literal_eval` (the parenthesised list of
//! `IN`/`NOT IN`) and with `float()` (numbers of metric and timestamp clauses), for the
//! forms that make sense in a search: strings (with Python's escapes, adjacent ones joined),
//! integers and floats, a trailing comma, redundant parentheses.

use super::Literal;

/// Python's `float(text)`: decimal forms with `_` between digits, `inf`, `infinity`, `nan`.
pub(super) fn python_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let b = body.as_bytes();
    // underscores only between two digits
    for (i, c) in b.iter().enumerate() {
        if *c == b'_'
            && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
        if !(c.is_ascii_digit() || matches!(c, b'_' | b'.' | b'e' | b'E' | b'-' | b'+')) {
            return None;
        }
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    if clean.starts_with(['-', '+']) || clean.is_empty() {
        return None;
    }
    clean.parse::<f64>().ok().map(|v| sign * v)
}

struct P<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

enum Node {
    Lit(Literal),
    Tuple(Vec<Node>),
}

impl P<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn expr(&mut self) -> Option<Node> {
        self.ws();
        match *self.s.get(self.i)? {
            b'(' => {
                self.i += 1;
                let mut items = Vec::new();
                let mut comma = false;
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b')') {
                        self.i += 1;
                        break;
                    }
                    items.push(self.expr()?);
                    self.ws();
                    match self.s.get(self.i)? {
                        b',' => {
                            comma = true;
                            self.i += 1;
                        }
                        b')' => {
                            self.i += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                if items.len() == 1 && !comma {
                    items.pop()
                } else {
                    Some(Node::Tuple(items))
                }
            }
            b'\'' | b'"' => {
                let mut out = String::new();
                while matches!(self.s.get(self.i), Some(b'\'' | b'"')) {
                    out.push_str(&self.string()?);
                    self.ws();
                }
                Some(Node::Lit(Literal::Str(out)))
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len()
                    && (self.s[self.i].is_ascii_alphanumeric()
                        || matches!(self.s[self.i], b'_' | b'.' | b'-' | b'+'))
                {
                    // a sign only at the start or after an exponent
                    if matches!(self.s[self.i], b'-' | b'+')
                        && self.i > start
                        && !matches!(self.s[self.i - 1], b'e' | b'E')
                    {
                        break;
                    }
                    self.i += 1;
                }
                let word = &self.text[start..self.i];
                let digits = word.trim_start_matches('-');
                if digits.is_empty()
                    || !digits.as_bytes()[0].is_ascii_digit() && !digits.starts_with('.')
                {
                    return None;
                }
                if digits.bytes().all(|c| c.is_ascii_digit() || c == b'_') {
                    let clean: String = word.chars().filter(|c| *c != '_').collect();
                    return clean.parse().ok().map(|n| Node::Lit(Literal::Int(n)));
                }
                python_float(word).map(|f| Node::Lit(Literal::Float(f)))
            }
        }
    }

    /// One quoted Python string with its escapes decoded.
    fn string(&mut self) -> Option<String> {
        let q = self.s[self.i];
        self.i += 1;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.i..)?;
            let c = rest.chars().next()?;
            self.i += c.len_utf8();
            if c as u32 == q as u32 {
                return Some(out);
            }
            if c == '\n' {
                return None;
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let e = self.text.get(self.i..)?.chars().next()?;
            self.i += e.len_utf8();
            match e {
                '\\' | '\'' | '"' => out.push(e),
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                'a' => out.push('\u{7}'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'v' => out.push('\u{b}'),
                '\n' => {}
                'x' | 'u' | 'U' => {
                    let n = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let hex = self.text.get(self.i..self.i + n)?;
                    self.i += n;
                    out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
        }
    }
}

/// `ast.literal_eval` of a parenthesised list as MLflow applies it: a tuple of strings and
/// numbers, or one string (a one-item list). `None` for what MLflow cannot compare.
pub(super) fn literal_list(text: &str) -> Option<Vec<Literal>> {
    let mut p = P {
        s: text.as_bytes(),
        text,
        i: 0,
    };
    let node = p.expr()?;
    p.ws();
    if p.i != p.s.len() {
        return None;
    }
    match node {
        Node::Lit(Literal::Str(s)) => Some(vec![Literal::Str(s)]),
        Node::Lit(_) => None,
        Node::Tuple(items) => items
            .into_iter()
            .map(|n| match n {
                Node::Lit(l) => Some(l),
                Node::Tuple(_) => None,
            })
            .collect(),
    }
}
