//! CSV input: `key,value[,step[,timestamp]]` rows, or a header row naming the columns in
//! any order; fields may be double-quoted.

use std::io::BufRead;

use super::{parse_int, parse_value, MetricReader};
use crate::model::Metric;
use crate::store::StoreError;

impl<R: BufRead> MetricReader<R> {
    pub(super) fn csv_header(&mut self, text: &str) -> Result<(), StoreError> {
        let names: Vec<String> = split_csv(text)
            .into_iter()
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let mut cols = [None; 4];
        for (i, name) in names.iter().enumerate() {
            let slot = match name.as_str() {
                "key" => 0,
                "value" => 1,
                "step" => 2,
                "timestamp" => 3,
                other => {
                    return Err(self.error(format!(
                        "unknown CSV column `{other}`; the header must name key, value and optionally step, timestamp"
                    )))
                }
            };
            if cols[slot].replace(i).is_some() {
                return Err(self.error(format!("CSV column `{name}` appears twice")));
            }
        }
        if cols[0].is_none() || cols[1].is_none() {
            return Err(self.error("the CSV header must name the columns `key` and `value`"));
        }
        self.layout = Some(CsvLayout::Header {
            columns: cols,
            width: names.len(),
        });
        Ok(())
    }

    pub(super) fn csv_point(&self, text: &str) -> Result<Metric, StoreError> {
        let cells = split_csv(text);
        let (cols, expected) = match self.layout {
            Some(CsvLayout::Header { columns, width }) => (columns, width..=width),
            _ => ([Some(0), Some(1), Some(2), Some(3)], 2..=4),
        };
        if !expected.contains(&cells.len()) {
            let want = if expected.start() == expected.end() {
                expected.start().to_string()
            } else {
                "2 to 4 (key,value[,step[,timestamp]])".to_string()
            };
            return Err(self.error(format!("expected {want} fields, found {}", cells.len())));
        }
        let cell = |slot: usize| {
            cols[slot]
                .and_then(|i| cells.get(i))
                .map(String::as_str)
                .filter(|c| !c.is_empty())
        };
        let key = cell(0).ok_or_else(|| self.error("empty key"))?.to_string();
        let value = parse_value(cell(1).ok_or_else(|| self.error("empty value"))?)
            .map_err(|e| self.error(e))?;
        let step = cell(2)
            .map(|s| parse_int("step", s))
            .transpose()
            .map_err(|e| self.error(e))?;
        let timestamp = cell(3)
            .map(|s| parse_int("timestamp", s))
            .transpose()
            .map_err(|e| self.error(e))?;
        Ok(Metric {
            key,
            value,
            step: step.unwrap_or(0),
            timestamp: timestamp.unwrap_or(self.default_timestamp),
            ..Default::default()
        })
    }
}

/// How the rows of a CSV input are laid out.
#[derive(Debug, Clone, Copy)]
pub(super) enum CsvLayout {
    /// A header row gave the positions of key, value, step and timestamp.
    Header {
        columns: [Option<usize>; 4],
        width: usize,
    },
    /// No header row: `key,value[,step[,timestamp]]`.
    Positional,
}

/// Returns whether a first CSV row is a header: its first field is `key`, or every field is
/// a column name (`step,key,value`: no point has a value that is not a number).
pub(super) fn is_header(text: &str) -> bool {
    let cells = split_csv(text);
    let named = |c: &String| {
        ["key", "value", "step", "timestamp"]
            .iter()
            .any(|n| c.eq_ignore_ascii_case(n))
    };
    cells.first().is_some_and(|c| c.eq_ignore_ascii_case("key")) || cells.iter().all(named)
}

/// Splits a CSV line; fields may be double-quoted with `""` for a quote.
fn split_csv(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cur).trim().to_string()),
            c => cur.push(c),
        }
    }
    cells.push(cur.trim().to_string());
    cells
}
