//! Rendering of rows and values: tables, CSV, times, durations, sanitizing.

use comfy_table::{presets, ContentArrangement, Table};

/// Renders an aligned table fitted to the terminal.
pub fn table(headers: &[String], rows: &[Vec<String>], color: bool) -> String {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    // Some terminals (and ptys) report no usable width: fall back to $COLUMNS, then 120.
    let width = t
        .width()
        .filter(|w| *w >= 20)
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(120);
    t.set_width(width);
    if !color {
        t.force_no_tty();
    }
    t.set_header(headers.iter().map(|h| sanitize(h)));
    for row in rows {
        t.add_row(row.iter().map(|c| sanitize(c)));
    }
    // The first column holds ids, which people copy: never wrap it.
    if let Some(first) = t.column_mut(0) {
        first.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    format!("{t}\n")
}

/// Renders rows as tab-separated lines without a header (for pipes).
pub fn tsv(rows: &[Vec<String>]) -> String {
    let mut s = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| c.replace(['\t', '\n', '\r'], " "))
            .collect();
        s.push_str(&cells.join("\t"));
        s.push('\n');
    }
    s
}

/// Renders a header row and rows as CSV (RFC 4180 quoting).
pub fn csv(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut s = csv_line(headers);
    for row in rows {
        s.push_str(&csv_line(row));
    }
    s
}

fn csv_line(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect();
    format!("{}\n", quoted.join(","))
}

/// Removes control characters and escape sequences from text shown to a person.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
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
    fn sanitize_strips_escapes() {
        assert_eq!(sanitize("a\x1b[31mb\x07"), "a[31mb");
    }
}
