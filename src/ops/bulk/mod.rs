//! Reading metric points in bulk from JSON lines or CSV, streamed in batches so that memory
//! stays constant whatever the input size. Errors name the line.
//!
//! This module holds the reader and the number rules both formats share; `json` reads JSON
//! lines, `csv` reads CSV rows (with or without a header).

mod csv;
mod json;

use std::io::BufRead;

use self::csv::{is_header, CsvLayout};
use crate::model::Metric;
use crate::store::{validate, StoreError, MAX_BATCH_METRICS};

/// Input formats of `metrics log --file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line: {"key", "value", "step", "timestamp"}
    Jsonl,
    /// key,value[,step[,timestamp]], or a header row naming the columns
    Csv,
}

/// Streams batches of metric points from a reader.
pub struct MetricReader<R> {
    input: R,
    format: Option<Format>,
    /// How CSV rows are laid out, once the first row is read.
    layout: Option<CsvLayout>,
    line_no: usize,
    default_timestamp: i64,
    done: bool,
    line: String,
    /// The last key checked against MLflow's key rules (most inputs repeat a few keys).
    checked_key: String,
}

impl Format {
    /// Parses `jsonl` or `csv`.
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "jsonl" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

impl<R: BufRead> MetricReader<R> {
    /// Returns a reader; `format` `None` detects it from the first non-blank character
    /// (`{` means JSON lines). Points without a timestamp get `default_timestamp`.
    pub fn new(input: R, format: Option<Format>, default_timestamp: i64) -> Self {
        MetricReader {
            input,
            format,
            layout: None,
            line_no: 0,
            default_timestamp,
            done: false,
            line: String::new(),
            checked_key: String::new(),
        }
    }

    fn error(&self, msg: impl std::fmt::Display) -> StoreError {
        StoreError::Invalid(format!("line {}: {msg}", self.line_no))
    }

    /// Reads the next point, or `None` at the end of the input.
    fn next_point(&mut self) -> Result<Option<Metric>, StoreError> {
        loop {
            self.line.clear();
            let n = self.input.read_line(&mut self.line).map_err(|e| {
                StoreError::Invalid(format!(
                    "line {}: could not read input: {e}",
                    self.line_no + 1
                ))
            })?;
            if n == 0 {
                return Ok(None);
            }
            self.line_no += 1;
            let text = self.line.trim_start_matches('\u{feff}').trim().to_string();
            if text.is_empty() {
                continue;
            }
            let format = *self.format.get_or_insert(if text.starts_with('{') {
                Format::Jsonl
            } else {
                Format::Csv
            });
            let point = match format {
                Format::Jsonl => self.json_point(&text)?,
                Format::Csv => match &self.layout {
                    Some(_) => self.csv_point(&text)?,
                    // A first row whose first field is `key` names the columns; any other
                    // first row is already a point, `key,value[,step[,timestamp]]`.
                    None if is_header(&text) => {
                        self.csv_header(&text)?;
                        continue;
                    }
                    None => {
                        self.layout = Some(CsvLayout::Positional);
                        self.csv_point(&text)?
                    }
                },
            };
            self.check(&point)?;
            return Ok(Some(point));
        }
    }

    /// Checks a point as every store would (MLflow's key rules, a non-negative timestamp),
    /// so that a bad point is reported with its line before anything is written.
    fn check(&mut self, m: &Metric) -> Result<(), StoreError> {
        if m.key != self.checked_key {
            validate::key("metric", &m.key).map_err(|e| self.error(e))?;
            self.checked_key.clone_from(&m.key);
        }
        validate::timestamp(m.timestamp).map_err(|e| self.error(e))
    }
}

/// Returns a float with no fraction as an integer, when it fits.
fn whole(f: f64) -> Option<i64> {
    (f.fract() == 0.0 && f.abs() < 9.2e18).then_some(f as i64)
}

impl<R: BufRead> Iterator for MetricReader<R> {
    type Item = Result<Vec<Metric>, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut batch = Vec::with_capacity(MAX_BATCH_METRICS);
        while batch.len() < MAX_BATCH_METRICS {
            match self.next_point() {
                Ok(Some(m)) => batch.push(m),
                Ok(None) => {
                    self.done = true;
                    break;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        (!batch.is_empty()).then_some(Ok(batch))
    }
}

/// Parses a metric value as Python's `float()` does: a number (read exactly, to the last
/// bit), `nan`, `inf`, `infinity` in any case, with an optional sign.
pub fn parse_value(s: &str) -> Result<f64, String> {
    crate::float::parse(s).ok_or_else(|| format!("invalid metric value `{s}`: not a number"))
}

/// Parses a step or timestamp: a 64-bit integer (a float with no fraction is accepted).
fn parse_int(name: &str, s: &str) -> Result<i64, String> {
    let t = s.trim();
    t.parse::<i64>()
        .ok()
        .or_else(|| t.parse::<f64>().ok().and_then(whole))
        .ok_or_else(|| format!("invalid {name} `{s}`: not a 64-bit integer"))
}

#[cfg(test)]
mod tests;
