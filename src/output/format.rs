//! Rendering of rows and values for pipes and people: CSV, TSV, escaped cells, sanitized
//! messages, times and durations. Terminal tables are in `table`.

/// Renders rows as tab-separated lines, after a header row when `headers` is given (for
/// pipes: no alignment, no truncation).
pub fn tsv(headers: Option<&[String]>, rows: &[Vec<String>]) -> String {
    let mut s = String::new();
    for row in headers.into_iter().chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
        s.push_str(&cells.join("\t"));
        s.push('\n');
    }
    s
}

/// Renders rows as CSV (RFC 4180 quoting), after a header row when `headers` is given.
pub fn csv(headers: Option<&[String]>, rows: &[Vec<String>]) -> String {
    let mut s = String::new();
    for row in headers.into_iter().chain(rows.iter().map(Vec::as_slice)) {
        s.push_str(&csv_line(row));
    }
    s
}

fn csv_line(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            let c = escape(c);
            if c.contains([',', '"']) || c.starts_with(' ') || c.ends_with(' ') {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c
            }
        })
        .collect();
    format!("{}\n", quoted.join(","))
}

/// Writes control characters of a cell as escapes (`\n`, `\t`, `\r`, `\u{1b}`), so that
/// one item is always one line and no cell can move the cursor or change colours.
pub fn escape(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The most characters of one quoted piece of input a message repeats.
const ECHO_LIMIT: usize = 200;
/// The most characters of one line of a message.
const LINE_LIMIT: usize = 1000;

/// Makes a message safe and short for a person: removes control characters and escape
/// sequences, cuts each `quoted` piece of input at 200 characters and each line at 1,000,
/// with `…` (a 20 MB line or a 10 KB id is not worth repeating whole).
pub fn sanitize(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    let mut out = String::with_capacity(clean.len().min(4096));
    for (i, line) in clean.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut kept = String::new();
        for (j, piece) in line.split('`').enumerate() {
            if j > 0 {
                kept.push('`');
            }
            // Odd pieces are inside backticks: echoed input.
            if j % 2 == 1 && piece.chars().count() > ECHO_LIMIT {
                kept.extend(piece.chars().take(ECHO_LIMIT));
                kept.push('…');
            } else {
                kept.push_str(piece);
            }
        }
        if kept.chars().count() > LINE_LIMIT {
            out.extend(kept.chars().take(LINE_LIMIT));
            out.push('…');
        } else {
            out.push_str(&kept);
        }
    }
    out
}

/// Formats milliseconds since the epoch as `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn time(ms: Option<i64>) -> String {
    let Some(ms) = ms else { return String::new() };
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Formats the time between two instants in ms: `850ms`, `12.3s`, `4m 05s`, `2h 03m`.
pub fn duration(start: Option<i64>, end: Option<i64>) -> String {
    let (Some(start), Some(end)) = (start, end) else {
        return String::new();
    };
    let ms = end.saturating_sub(start).max(0);
    match ms {
        0..=999 => format!("{ms}ms"),
        1000..=59_999 => format!("{:.1}s", ms as f64 / 1000.0),
        60_000..=3_599_999 => format!("{}m {:02}s", ms / 60_000, ms % 60_000 / 1000),
        _ => format!("{}h {:02}m", ms / 3_600_000, ms % 3_600_000 / 60_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_utc() {
        assert_eq!(time(Some(0)), "1970-01-01 00:00:00");
        assert_eq!(time(Some(1_795_341_834_326)), "2026-11-22 10:03:54");
        assert_eq!(time(None), "");
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Some(0), Some(850)), "850ms");
        assert_eq!(duration(Some(0), Some(12_345)), "12.3s");
        assert_eq!(duration(Some(0), Some(245_000)), "4m 05s");
        assert_eq!(duration(Some(0), Some(7_380_000)), "2h 03m");
        assert_eq!(duration(Some(0), None), "");
    }

    #[test]
    fn pipes_get_a_header_and_escaped_cells() {
        let headers = ["path", "is_dir"].map(String::from);
        let rows = vec![["a\nb", "false"].map(String::from).to_vec()];
        assert_eq!(tsv(Some(&headers), &rows), "path\tis_dir\na\\nb\tfalse\n");
        assert_eq!(tsv(None, &rows), "a\\nb\tfalse\n");
        assert_eq!(csv(Some(&headers), &rows), "path,is_dir\na\\nb,false\n");
        assert_eq!(escape("x\x1b[31m"), "x\\u{1b}[31m");
    }

    #[test]
    fn sanitize_strips_escapes() {
        assert_eq!(sanitize("a\x1b[31mb\x07"), "a[31mb");
        let id = "x".repeat(10_000);
        let msg = sanitize(&format!("run `{id}` does not exist"));
        assert_eq!(msg, format!("run `{}…` does not exist", "x".repeat(200)));
        let line = sanitize(&"y".repeat(20 << 20));
        assert_eq!(line.chars().count(), 1001);
        assert_eq!(sanitize("a `b` c\n`d`"), "a `b` c\n`d`");
    }
}
