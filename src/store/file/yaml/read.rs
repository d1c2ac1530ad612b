//! Parsing a `meta.yaml`: top-level keys with their scalars (plain, single- or
//! double-quoted, folded over continuation lines), nested values recognised and skipped.

use std::collections::BTreeMap;

use super::{Doc, Scalar};

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
