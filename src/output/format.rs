//! Rendering of rows and values: tables, CSV, times, durations, sanitizing.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The space between two table columns.
const GAP: usize = 2;
/// Columns are first narrowed to no less than this (short columns such as statuses, steps
/// and durations stay whole), then, if the table is still too wide, to [`MIN_WIDTH`].
const SOFT_MIN_WIDTH: usize = 10;
/// A column is never cut below this many characters (or its content, if shorter).
const MIN_WIDTH: usize = 4;

/// Renders an aligned table fitted to `width` terminal columns, as `gh` and `kubectl` do: no
/// borders, a header row (bold with colour), cells padded to their column. When the table is
/// too wide, the widest columns are narrowed first and their long cells cut with `…`; the
/// first column and every `…id` column (ids people copy) are never cut, and nothing wraps.
pub fn table(
    headers: Option<&[String]>,
    rows: &[Vec<String>],
    width: usize,
    color: bool,
) -> String {
    let ncols = headers
        .map(<[String]>::len)
        .into_iter()
        .chain(rows.iter().map(Vec::len))
        .max()
        .unwrap_or(0);
    if ncols == 0 {
        return String::new();
    }
    let headers: Option<Vec<String>> = headers.map(|h| h.iter().map(|c| escape(c)).collect());
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| escape(c)).collect())
        .collect();
    let cell_width = |r: &Vec<String>, c: usize| r.get(c).map_or(0, |s| s.width());
    let mut widths: Vec<usize> = (0..ncols)
        .map(|c| {
            headers
                .iter()
                .chain(rows.iter())
                .map(|r| cell_width(r, c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let keep_whole: Vec<bool> = (0..ncols)
        .map(|c| {
            c == 0
                || headers.as_ref().is_some_and(|h| {
                    let h = h[c].to_ascii_lowercase();
                    h == "id" || h.ends_with("_id") || h.ends_with(" id")
                })
        })
        .collect();
    let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * (ncols - 1);
    let natural = widths.clone();
    // Columns whose every cell is a time (or empty).
    let times: Vec<bool> = (0..ncols)
        .map(|c| {
            rows.iter().any(|r| r.get(c).is_some_and(|v| is_time(v)))
                && rows
                    .iter()
                    .all(|r| r.get(c).is_none_or(|v| v.is_empty() || is_time(v)))
        })
        .collect();
    // The widest cell of each column, header aside: a long header is cut before its column's
    // short values are (`params.lr` over `0.01`).
    let content: Vec<usize> = (0..ncols)
        .map(|c| rows.iter().map(|r| cell_width(r, c)).max().unwrap_or(0))
        .collect();
    let soft_floor: Vec<usize> = (0..ncols)
        .map(|c| {
            let want = if content[c] <= SOFT_MIN_WIDTH {
                content[c].max(MIN_WIDTH)
            } else {
                SOFT_MIN_WIDTH
            };
            want.min(widths[c])
        })
        .collect();
    for phase in 0..2 {
        let floor: Vec<usize> = (0..ncols)
            .map(|c| match phase {
                0 => soft_floor[c],
                _ => widths[c].min(MIN_WIDTH),
            })
            .collect();
        while total(&widths) > width {
            // Narrow the widest column that may still be narrowed.
            let widest = (0..ncols)
                .filter(|&c| !keep_whole[c] && widths[c] > floor[c])
                .max_by_key(|&c| (widths[c], std::cmp::Reverse(c)));
            match widest {
                // A column of times narrows by whole parts: seconds, then the time of day.
                Some(c) if times[c] && widths[c] > 16 => widths[c] = 16.max(floor[c]),
                Some(c) if times[c] && widths[c] > 10 => widths[c] = 10.max(floor[c]),
                Some(c) => widths[c] -= 1,
                None => break,
            }
        }
    }
    // What a jump left over goes back to the columns that were cut most.
    while total(&widths) < width {
        let most_cut = (0..ncols)
            .filter(|&c| !times[c] && widths[c] < natural[c])
            .max_by_key(|&c| (natural[c] - widths[c], std::cmp::Reverse(c)));
        match most_cut {
            Some(c) => widths[c] += 1,
            None => break,
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[String], bold: bool| {
        let mut text = String::new();
        for (c, w) in widths.iter().enumerate() {
            let cell = cells.get(c).map_or("", String::as_str);
            let cell = cut(cell, *w);
            let last = c + 1 == ncols;
            if bold && color {
                text.push_str("\x1b[1m");
                text.push_str(&cell);
                text.push_str("\x1b[0m");
            } else {
                text.push_str(&cell);
            }
            if !last {
                text.push_str(&" ".repeat(w - cell.width() + GAP));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    if let Some(h) = &headers {
        line(h, true);
    }
    for r in &rows {
        line(r, false);
    }
    out
}

/// Cuts `s` to at most `width` terminal columns, ending with `…` when anything was cut. A
/// time (`2026-11-22 10:03:54`) loses its seconds, then its time of day, instead.
fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if is_time(s) {
        match width {
            16..=18 => return s[..16].to_string(),
            10..=15 => return s[..10].to_string(),
            _ => {}
        }
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// Returns whether a cell is a time as [`time`] writes it.
fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 19
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b' ',
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        })
}

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

    fn runs_table() -> (Vec<String>, Vec<Vec<String>>) {
        let headers = [
            "run_id",
            "name",
            "status",
            "start_time",
            "duration",
            "params.lr",
            "tags.note",
        ]
        .map(String::from)
        .to_vec();
        let row = |id: &str, name: &str, status: &str, lr: &str, note: &str| {
            [id, name, status, "2026-11-22 10:03:54", "4m 05s", lr, note]
                .map(String::from)
                .to_vec()
        };
        let rows = vec![
            row(
                "0f4c2a9e8b7d4c1fa3e6b5d2c1f0e9d8",
                "fraud-detection-baseline-with-a-long-name",
                "FINISHED",
                "0.01",
                "first try",
            ),
            row(
                "9a8b7c6d5e4f40312f1e0d9c8b7a6f5e",
                "cnn",
                "RUNNING",
                "0.001",
                "line one\nline two\twith a tab",
            ),
            row(
                "1234567890abcdef1234567890abcdef",
                "日本語の実験名",
                "FAILED",
                "1e-3",
                "",
            ),
        ];
        (headers, rows)
    }

    #[test]
    fn tables_fit_80_100_and_120_columns() {
        let (headers, rows) = runs_table();
        for width in [80, 100, 120] {
            let text = table(Some(&headers), &rows, width, false);
            for line in text.lines() {
                assert!(line.width() <= width, "{width}: {line:?}");
            }
            // Run ids stay whole, nothing wraps: one line per row plus the header.
            assert_eq!(text.lines().count(), rows.len() + 1);
            for r in &rows {
                assert!(text.contains(&r[0]), "{width}: {text}");
            }
            insta::assert_snapshot!(format!("runs_table_{width}"), text);
        }
        // The README's `runs search --columns params.lr` on an 80-column terminal.
        let lr: Vec<Vec<String>> = rows.iter().map(|r| r[..6].to_vec()).collect();
        let text = table(Some(&headers[..6]), &lr, 80, false);
        assert!(text.lines().all(|l| l.width() <= 80), "{text}");
        assert!(
            text.contains("FINISHED") && text.contains("2026-11-22"),
            "{text}"
        );
        insta::assert_snapshot!("runs_lr_table_80", text);
        // Wide enough, nothing is cut.
        let text = table(Some(&headers), &rows, 400, false);
        assert!(!text.contains('…'), "{text}");
        assert!(text.contains("fraud-detection-baseline-with-a-long-name"));
    }

    #[test]
    fn tables_cut_only_with_an_ellipsis() {
        let headers = ["experiment_id", "name", "artifact_location"].map(String::from);
        let rows = vec![[
            "1",
            "fraud-detection",
            "/home/someone/projects/fraud/mlruns/1",
        ]
        .map(String::from)
        .to_vec()];
        let text = table(Some(&headers), &rows, 50, false);
        insta::assert_snapshot!("experiments_table_50", text);
        assert!(text.contains("fraud-detection "), "{text}");
        assert!(text.lines().all(|l| l.width() <= 50), "{text}");
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("日本語", 5), "日本…");
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("2026-11-22 10:03:54", 18), "2026-11-22 10:03");
        assert_eq!(cut("2026-11-22 10:03:54", 12), "2026-11-22");
        assert_eq!(cut("2026-11-22 10:03:54", 8), "2026-11…");
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
