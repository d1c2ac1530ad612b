//! Writing a `meta.yaml` as PyYAML's `safe_dump` does: sorted keys, and strings quoted
//! whenever a YAML 1.1 reader would read them back as something else.

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
