//! The subset of YAML that MLflow's file store writes with PyYAML's `safe_dump`: one
//! top-level block mapping of scalars, keys sorted, YAML 1.1 quoting rules.
//!
//! Reading returns each top-level key with its scalar, keeping whether it was quoted, so that
//! callers can apply PyYAML's typing (`123` unquoted is an int, `'123'` a string, `1e3` a
//! string in YAML 1.1). Nested values (the stale `tags:` map MLflow leaves in some experiment
//! files, input tags) are recognised and skipped. Writing quotes every string PyYAML would
//! read back as something else, so Python always reads what mlf meant.

use std::collections::BTreeMap;

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

/// Parses a `meta.yaml`; the error says what is wrong and on which line.
pub fn parse(text: &str) -> Result<Doc, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    let mut map = BTreeMap::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed == "---" {
            i += 1;
            continue;
        }
        if line.starts_with([' ', '\t']) {
            return Err(format!("line {}: unexpected indentation", i + 1));
        }
        let Some((key, rest)) = split_key(line) else {
            return Err(format!("line {}: expected `key: value`", i + 1));
        };
        // Continuation lines: indented, blank, or (an indentless block sequence) `- `.
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j];
            if l.starts_with([' ', '\t']) || l.trim().is_empty() || l == "-" || l.starts_with("- ")
            {
                j += 1;
            } else {
                break;
            }
        }
        // Trailing blank lines belong to nobody.
        let mut end = j;
        while end > i + 1 && lines[end - 1].trim().is_empty() {
            end -= 1;
        }
        let cont = &lines[i + 1..end];
        let value = scalar(rest.trim(), cont).map_err(|e| format!("line {}: {e}", i + 1))?;
        let mut raw = String::new();
        for l in &lines[i..end] {
            raw.push_str(l);
            raw.push('\n');
        }
        map.insert(key, (value, raw));
        i = j;
    }
    Ok(Doc { entries: map })
}

/// Splits `key: rest` (the key plain or quoted).
fn split_key(line: &str) -> Option<(String, &str)> {
    if let Some(q @ ('\'' | '"')) = line.chars().next() {
        let close = line[1..].find(q)? + 1;
        let key = line[1..close].to_string();
        let rest = line[close + 1..].strip_prefix(':')?;
        return Some((key, rest));
    }
    // The first `: ` (or a `:` ending the line) ends a plain key.
    let mut idx = None;
    for (k, c) in line.char_indices() {
        if c == ':' && line[k + 1..].chars().next().is_none_or(|n| n == ' ') {
            idx = Some(k);
            break;
        }
    }
    let k = idx?;
    Some((line[..k].trim().to_string(), &line[k + 1..]))
}

/// Reads the scalar that starts with `first` and goes on over the continuation lines.
fn scalar(first: &str, cont: &[&str]) -> Result<Scalar, String> {
    let first = strip_comment(first);
    if first.is_empty() {
        if cont.iter().all(|l| l.trim().is_empty()) {
            return Ok(Scalar::Null);
        }
        return Ok(Scalar::Nested);
    }
    if first.starts_with(['{', '[']) || first.starts_with(['|', '>']) {
        // Flow collections, and block literals MLflow never writes for the keys mlf reads.
        return Ok(Scalar::Nested);
    }
    if first.starts_with('\'') || first.starts_with('"') {
        let mut all = first.to_string();
        for l in cont {
            all.push('\n');
            all.push_str(l);
        }
        return if first.starts_with('\'') {
            single_quoted(&all).map(Scalar::Quoted)
        } else {
            double_quoted(&all).map(Scalar::Quoted)
        };
    }
    let mut parts = vec![first.to_string()];
    for l in cont {
        parts.push(strip_comment(l.trim()).to_string());
    }
    let value = fold(&parts);
    Ok(match value.as_str() {
        "~" | "null" | "Null" | "NULL" => Scalar::Null,
        _ => Scalar::Plain(value),
    })
}

/// Drops a ` #` comment from a plain scalar.
fn strip_comment(s: &str) -> &str {
    match s.find(" #") {
        Some(i) if !s.starts_with(['\'', '"']) => s[..i].trim_end(),
        _ => s,
    }
}

/// Joins folded lines: a single break becomes a space, each blank line a newline.
fn fold(parts: &[String]) -> String {
    let mut out = String::new();
    let mut pending_newlines = 0;
    for (n, p) in parts.iter().enumerate() {
        if p.is_empty() {
            pending_newlines += 1;
            continue;
        }
        if n > 0 {
            if pending_newlines > 0 {
                out.push_str(&"\n".repeat(pending_newlines));
            } else {
                out.push(' ');
            }
        }
        pending_newlines = 0;
        out.push_str(p);
    }
    out
}

/// Unquotes a single-quoted scalar, possibly spanning lines.
fn single_quoted(all: &str) -> Result<String, String> {
    let body = &all[1..];
    let mut out = String::new();
    let mut chars = body.chars().peekable();
    loop {
        match chars.next() {
            None => return Err("unterminated single-quoted string".into()),
            Some('\'') if chars.peek() == Some(&'\'') => {
                chars.next();
                out.push('\'');
            }
            Some('\'') => break,
            Some(c) => out.push(c),
        }
    }
    Ok(fold_quoted(&out))
}

/// Unquotes a double-quoted scalar, possibly spanning lines, with YAML escapes.
fn double_quoted(all: &str) -> Result<String, String> {
    let body = &all[1..];
    let mut raw = String::new();
    let mut chars = body.chars();
    loop {
        match chars.next() {
            None => return Err("unterminated double-quoted string".into()),
            Some('"') => break,
            Some('\\') => {
                let Some(e) = chars.next() else {
                    return Err("unterminated escape".into());
                };
                let hex = |chars: &mut std::str::Chars<'_>, n: usize| -> Result<char, String> {
                    let h: String = chars.by_ref().take(n).collect();
                    u32::from_str_radix(&h, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| format!("bad escape `\\{e}{h}`"))
                };
                let c = match e {
                    '0' => '\0',
                    'a' => '\x07',
                    'b' => '\x08',
                    't' | '\t' => '\t',
                    'n' => '\n',
                    'v' => '\x0b',
                    'f' => '\x0c',
                    'r' => '\r',
                    'e' => '\x1b',
                    ' ' => ' ',
                    '"' => '"',
                    '/' => '/',
                    '\\' => '\\',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex(&mut chars, 2)?,
                    'u' => hex(&mut chars, 4)?,
                    'U' => hex(&mut chars, 8)?,
                    '\n' => {
                        // An escaped line break: the break and the next line's indent vanish.
                        raw.push('\u{0}');
                        continue;
                    }
                    other => return Err(format!("unknown escape `\\{other}`")),
                };
                // Escaped characters go in as `\u{1}<hex>;` so that folding leaves them alone.
                raw.push_str(&format!("\u{1}{:x};", c as u32));
            }
            Some(c) => raw.push(c),
        }
    }
    // Fold unescaped line breaks, then resolve the markers.
    let mut out = String::new();
    for (n, seg) in raw.split('\u{0}').enumerate() {
        let seg = if n > 0 { seg.trim_start() } else { seg };
        out.push_str(&fold_quoted(seg));
    }
    let mut result = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(i) = rest.find('\u{1}') {
        result.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let end = tail.find(';').unwrap_or(tail.len());
        if let Some(c) = u32::from_str_radix(&tail[..end], 16)
            .ok()
            .and_then(char::from_u32)
        {
            result.push(c);
        }
        rest = tail.get(end + 1..).unwrap_or("");
    }
    result.push_str(rest);
    Ok(result)
}

/// Folds the line breaks inside a quoted scalar: surrounding spaces go, a single break
/// becomes a space, each extra (blank) line a newline.
fn fold_quoted(s: &str) -> String {
    if !s.contains('\n') {
        return s.to_string();
    }
    let lines: Vec<&str> = s.split('\n').collect();
    let mut out = String::new();
    let last = lines.len() - 1;
    let mut blank = 0;
    for (n, l) in lines.iter().enumerate() {
        let l = match n {
            0 => l.trim_end_matches([' ', '\t']),
            _ if n == last => l.trim_start_matches([' ', '\t']),
            _ => l.trim_matches([' ', '\t']),
        };
        if n > 0 && l.is_empty() && n != last {
            blank += 1;
            continue;
        }
        if n > 0 {
            if blank > 0 {
                out.push_str(&"\n".repeat(blank));
            } else {
                out.push(' ');
            }
        }
        blank = 0;
        out.push_str(l);
    }
    out
}

/// A value to write.
#[derive(Debug, Clone)]
pub enum Out<'a> {
    Str(&'a str),
    Int(i64),
    Null,
    EmptyList,
}

/// Writes a flat mapping with sorted keys, as PyYAML's `safe_dump` does.
pub fn write(entries: &[(&str, Out<'_>)]) -> String {
    let mut sorted: Vec<&(&str, Out<'_>)> = entries.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = String::new();
    for (k, v) in sorted {
        out.push_str(k);
        out.push(':');
        match v {
            Out::Str(s) => {
                out.push(' ');
                out.push_str(&quote(s));
            }
            Out::Int(n) => out.push_str(&format!(" {n}")),
            Out::Null => out.push_str(" null"),
            Out::EmptyList => out.push_str(" []"),
        }
        out.push('\n');
    }
    out
}

/// Returns a string as PyYAML would write it: plain when that reads back as the same string,
/// else single-quoted, else (control characters, line breaks) double-quoted.
pub fn quote(s: &str) -> String {
    let printable = |c: char| {
        c == ' '
            || (!c.is_control()
                && c != '\u{feff}'
                && !matches!(c as u32, 0xD800..=0xDFFF | 0xFFFE | 0xFFFF))
    };
    if !s.chars().all(printable) {
        return double_quote(s);
    }
    if plain_ok(s) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

fn double_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() || c == '\u{feff}' => {
                let n = c as u32;
                if n <= 0xFF {
                    out.push_str(&format!("\\x{n:02X}"));
                } else {
                    out.push_str(&format!("\\u{n:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a printable string may be written unquoted and still read back as itself by a
/// YAML 1.1 reader. Errs on the side of quoting: a quoted string always reads back.
fn plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if s.starts_with(' ') || s.ends_with(' ') {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        // `-x`, `?x` and `:x` could be plain, but quoting them is always safe.
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    // Anything a YAML 1.1 resolver could type as a number, date, bool, null, merge or value;
    // digits mixed with letters (a run id like `0cbc…`) stay plain, as PyYAML writes them.
    if first.is_ascii_digit() {
        let alnum = s.chars().all(|c| c.is_ascii_alphanumeric());
        let has_letter = s.chars().any(|c| c.is_ascii_alphabetic());
        let radix = s.starts_with("0x") || s.starts_with("0b") || s.starts_with("0o");
        let exponent = s
            .split_once(['e', 'E'])
            .is_some_and(|(a, b)| a.chars().chain(b.chars()).all(|c| c.is_ascii_digit()));
        if !(alnum && has_letter) || radix || exponent {
            return false;
        }
    }
    if first == '+' || first == '.' || first == '~' {
        return false;
    }
    const WORDS: [&str; 25] = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ];
    if WORDS.contains(&s) || s == "<<" || s == "=" {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_pyyaml_writes() {
        let text = "artifact_location: file:///tmp/m/1\ncreation_time: 1795341834343\n\
                    effective_trace_archival_retention: null\nexperiment_id: '933984275423225127'\n\
                    lifecycle_stage: active\nname: 'yes'\ntags:\n  a: b\n  c: d\nlist:\n- x\n- y\n\
                    trace_location: null\nworkspace: default\n";
        let m = parse(text).unwrap();
        assert_eq!(m.str("artifact_location"), Some("file:///tmp/m/1"));
        assert_eq!(m.int("creation_time"), Some(1795341834343));
        assert_eq!(
            m.get("experiment_id"),
            Some(&Scalar::Quoted("933984275423225127".into()))
        );
        assert_eq!(m.get("name"), Some(&Scalar::Quoted("yes".into())));
        assert_eq!(m.get("tags"), Some(&Scalar::Nested));
        assert_eq!(m.get("list"), Some(&Scalar::Nested));
        assert_eq!(m.get("trace_location"), Some(&Scalar::Null));
        assert_eq!(m.str("workspace"), Some("default"));
        // Untouched keys are copied verbatim, keys stay sorted.
        let mut doc = m.clone();
        doc.set("name", Some(Out::Str("no")));
        doc.set("trace_location", None);
        let back = doc.render();
        assert!(
            back.contains("name: 'no'\ntags:\n  a: b\n  c: d\n"),
            "{back}"
        );
        assert!(!back.contains("trace_location"));
    }

    #[test]
    fn reads_folded_and_escaped_scalars() {
        let m = parse("name: xxxx yyyy\n  zzzz\nq: 'a\n\n  b'\nd: \"tab\\there\"\ne: 'it''s'\n")
            .unwrap();
        assert_eq!(m.str("name"), Some("xxxx yyyy zzzz"));
        assert_eq!(m.str("q"), Some("a\nb"));
        assert_eq!(m.str("d"), Some("tab\there"));
        assert_eq!(m.str("e"), Some("it's"));
        assert!(parse("  x: 1\n").is_err());
        assert!(parse("just text\n").is_err());
        assert!(parse("a: 'open\n").is_err());
    }

    #[test]
    fn quotes_what_yaml_1_1_would_retype() {
        for s in [
            "yes",
            "on",
            "null",
            "~",
            "123",
            "012",
            "0x1F",
            "1:30",
            "2001-12-14",
            "#x",
            "a: b",
            "trailing ",
            "",
            ".5",
            "+1",
            "<<",
            "=",
            "-",
            "y",
        ] {
            assert!(quote(s).starts_with('\''), "{s:?} -> {}", quote(s));
        }
        for s in [
            "exp-one",
            "日本 exp",
            "a,b",
            "file:///x/y",
            "r1",
            "0cbcd5ec386646ed90bc8391e965b376",
        ] {
            assert_eq!(quote(s), s);
        }
        for s in ["1e3", "0x1F", "0b1", "12345", "1.5", "1-2"] {
            assert!(quote(s).starts_with('\''), "{s}");
        }
        assert_eq!(quote("tab\there"), "\"tab\\there\"");
        assert_eq!(quote("a\nb"), "\"a\\nb\"");
        assert_eq!(quote("it's 1"), "it's 1");
        assert_eq!(quote("'x"), "'''x'");
    }

    #[test]
    fn round_trips() {
        for s in [
            "a\nb", "tab\t", "it's", "'q'", "\"dq\"", "x: y", "日本", "\\back", "a  b",
        ] {
            let text = write(&[("name", Out::Str(s))]);
            assert_eq!(parse(&text).unwrap().str("name"), Some(s), "{text}");
        }
        let text = write(&[("b", Out::Int(3)), ("a", Out::Null), ("c", Out::EmptyList)]);
        assert_eq!(text, "a: null\nb: 3\nc: []\n");
    }
}
