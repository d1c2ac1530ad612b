//! Aligned tables for a terminal, fitted to its width: columns narrowed widest first, cells
//! cut with `…`, times cut by whole parts, ids never cut.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::format::escape;

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

/// Returns whether a cell is a time as [`time`](super::time) writes it.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
