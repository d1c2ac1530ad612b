//! Reading metric points in bulk from JSON lines or CSV, streamed in batches so that memory
//! stays constant whatever the input size. Errors name the line.

use std::io::BufRead;

use crate::store::model::Metric;
use crate::store::{StoreError, MAX_BATCH_METRICS};

/// Input formats of `metrics log --file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per line: {"key", "value", "step", "timestamp"}
    Jsonl,
    /// A header row naming key, value and optionally step, timestamp
    Csv,
}

/// Streams batches of metric points from a reader.
pub struct MetricReader<R> {
    input: R,
    format: Option<Format>,
    /// Column positions of key, value, step, timestamp (CSV).
    columns: Option<[Option<usize>; 4]>,
    width: usize,
    line_no: usize,
    default_timestamp: i64,
    done: bool,
    line: String,
}

impl<R: BufRead> MetricReader<R> {
    /// Returns a reader; `format` `None` detects it from the first non-blank character
    /// (`{` means JSON lines). Points without a timestamp get `default_timestamp`.
    pub fn new(input: R, format: Option<Format>, default_timestamp: i64) -> Self {
        MetricReader {
            input,
            format,
            columns: None,
            width: 0,
            line_no: 0,
            default_timestamp,
            done: false,
            line: String::new(),
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
            match format {
                Format::Jsonl => return self.json_point(&text).map(Some),
                Format::Csv if self.columns.is_none() => self.csv_header(&text)?,
                Format::Csv => return self.csv_point(&text).map(Some),
            }
        }
    }

    fn json_point(&self, text: &str) -> Result<Metric, StoreError> {
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|e| self.error(format!("invalid JSON: {e}")))?;
        let obj = v
            .as_object()
            .ok_or_else(|| self.error("expected a JSON object"))?;
        let key = match obj.get("key") {
            Some(serde_json::Value::String(k)) => k.clone(),
            _ => return Err(self.error("missing string field `key`")),
        };
        let value = match obj.get("value") {
            Some(serde_json::Value::Number(n)) => {
                n.as_f64().ok_or_else(|| self.error("invalid `value`"))?
            }
            Some(serde_json::Value::String(s)) => parse_value(s).map_err(|e| self.error(e))?,
            _ => return Err(self.error("missing numeric field `value`")),
        };
        let int = |name: &str| -> Result<Option<i64>, StoreError> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::Number(n)) => n
                    .as_i64()
                    .or_else(|| {
                        n.as_f64()
                            .filter(|f| f.fract() == 0.0 && f.abs() < 9.2e18)
                            .map(|f| f as i64)
                    })
                    .map(Some)
                    .ok_or_else(|| self.error(format!("`{name}` must be an integer, got {n}"))),
                Some(serde_json::Value::String(s)) => {
                    parse_int(name, s).map(Some).map_err(|e| self.error(e))
                }
                Some(other) => Err(self.error(format!("`{name}` must be an integer, got {other}"))),
            }
        };
        Ok(Metric {
            key,
            value,
            step: int("step")?.unwrap_or(0),
            timestamp: int("timestamp")?.unwrap_or(self.default_timestamp),
        })
    }

    fn csv_header(&mut self, text: &str) -> Result<(), StoreError> {
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
        self.width = names.len();
        self.columns = Some(cols);
        Ok(())
    }

    fn csv_point(&self, text: &str) -> Result<Metric, StoreError> {
        let cols = self.columns.expect("header read before rows");
        let cells = split_csv(text);
        if cells.len() != self.width {
            return Err(self.error(format!(
                "expected {} fields, found {}",
                self.width,
                cells.len()
            )));
        }
        let cell = |slot: usize| {
            cols[slot]
                .map(|i| cells[i].as_str())
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
        })
    }
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

/// Parses a metric value: a float, `nan`, `inf` or `-inf` (any case).
pub fn parse_value(s: &str) -> Result<f64, String> {
    let t = s.trim();
    t.parse::<f64>()
        .ok()
        .or_else(|| match t.to_ascii_lowercase().as_str() {
            "+nan" | "-nan" => Some(f64::NAN),
            _ => None,
        })
        .ok_or_else(|| format!("invalid metric value `{s}`: not a number"))
}

/// Parses a step or timestamp: a 64-bit integer (a float with no fraction is accepted).
fn parse_int(name: &str, s: &str) -> Result<i64, String> {
    let t = s.trim();
    t.parse::<i64>()
        .ok()
        .or_else(|| {
            t.parse::<f64>()
                .ok()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.2e18)
                .map(|f| f as i64)
        })
        .ok_or_else(|| format!("invalid {name} `{s}`: not a 64-bit integer"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, format: Option<Format>) -> Result<Vec<Metric>, StoreError> {
        let mut all = Vec::new();
        for batch in MetricReader::new(text.as_bytes(), format, 7) {
            all.extend(batch?);
        }
        Ok(all)
    }

    #[test]
    fn reads_jsonl() {
        let m = read("{\"key\":\"a\",\"value\":1.5,\"step\":-3}\n\n{\"key\":\"b\",\"value\":\"NaN\",\"timestamp\":5}\n", None).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].step, m[0].timestamp), (-3, 7));
        assert!(m[1].value.is_nan() && m[1].timestamp == 5);
    }

    #[test]
    fn reads_csv_in_any_column_order() {
        let m = read("step,key,value\n2,acc,0.5\n-1,acc,inf\n", None).unwrap();
        assert_eq!(
            m[0],
            Metric {
                key: "acc".into(),
                value: 0.5,
                step: 2,
                timestamp: 7
            }
        );
        assert!(m[1].value.is_infinite());
    }

    #[test]
    fn errors_name_the_line() {
        let e = read("key,value\na,1\nb,x\n", None).unwrap_err();
        assert!(e.to_string().starts_with("line 3:"), "{e}");
        let e = read("{\"key\":\"a\",\"value\":1}\n{oops\n", None).unwrap_err();
        assert!(e.to_string().starts_with("line 2:"), "{e}");
        assert!(read("value\n1\n", None).is_err());
        assert!(read("key,value,extra\n", None).is_err());
    }

    #[test]
    fn batches_are_bounded() {
        let text: String = (0..2500)
            .map(|i| format!("{{\"key\":\"k\",\"value\":{i}}}\n"))
            .collect();
        let sizes: Vec<usize> = MetricReader::new(text.as_bytes(), Some(Format::Jsonl), 0)
            .map(|b| b.unwrap().len())
            .collect();
        assert_eq!(sizes, vec![1000, 1000, 500]);
    }

    #[test]
    fn values() {
        assert!(parse_value("nan").unwrap().is_nan());
        assert_eq!(parse_value("-inf").unwrap(), f64::NEG_INFINITY);
        assert_eq!(parse_value("1e3").unwrap(), 1000.0);
        assert!(parse_value("abc").is_err());
        assert_eq!(parse_int("step", "3.0"), Ok(3));
        assert!(parse_int("step", "3.5").is_err());
    }
}
