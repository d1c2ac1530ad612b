//! Reading metric points in bulk from JSON lines or CSV, streamed in batches so that memory
//! stays constant whatever the input size. Errors name the line.

use std::io::BufRead;

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

    fn json_point(&self, text: &str) -> Result<Metric, StoreError> {
        let p: JsonPoint = crate::float::json_from_str(text).map_err(|e| {
            let msg = e.to_string();
            // serde names the field it missed or could not read; keep that, drop the column.
            let msg = msg.split(" at line ").next().unwrap_or(&msg);
            self.error(format!("invalid point: {msg}"))
        })?;
        Ok(Metric {
            key: p.key,
            value: p.value.0,
            step: p.step.map_or(0, |s| s.0),
            timestamp: p.timestamp.map_or(self.default_timestamp, |t| t.0),
            run_id: None,
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
        self.layout = Some(CsvLayout::Header {
            columns: cols,
            width: names.len(),
        });
        Ok(())
    }

    fn csv_point(&self, text: &str) -> Result<Metric, StoreError> {
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
            run_id: None,
        })
    }
}

/// How the rows of a CSV input are laid out.
#[derive(Debug, Clone, Copy)]
enum CsvLayout {
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
fn is_header(text: &str) -> bool {
    let cells = split_csv(text);
    let named = |c: &String| {
        ["key", "value", "step", "timestamp"]
            .iter()
            .any(|n| c.eq_ignore_ascii_case(n))
    };
    cells.first().is_some_and(|c| c.eq_ignore_ascii_case("key")) || cells.iter().all(named)
}

/// One JSON line: `{"key", "value", "step", "timestamp"}`; other fields are ignored.
#[derive(serde::Deserialize)]
struct JsonPoint {
    key: String,
    value: JsonValue,
    step: Option<JsonInt>,
    timestamp: Option<JsonInt>,
}

/// A metric value: a JSON number (read exactly), or a string such as `"NaN"`, `"-inf"`.
struct JsonValue(f64);

impl<'de> serde::Deserialize<'de> for JsonValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = JsonValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, or a string such as \"NaN\" or \"Infinity\"")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<JsonValue, E> {
                Ok(JsonValue(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<JsonValue, E> {
                Ok(JsonValue(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<JsonValue, E> {
                Ok(JsonValue(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<JsonValue, E> {
                parse_value(s).map(JsonValue).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// A step or timestamp: a JSON integer, a float with no fraction, or a string of one.
struct JsonInt(i64);

impl<'de> serde::Deserialize<'de> for JsonInt {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = JsonInt;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a 64-bit integer")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<JsonInt, E> {
                Ok(JsonInt(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<JsonInt, E> {
                i64::try_from(v)
                    .map(JsonInt)
                    .map_err(|_| E::custom(format!("{v} is not a 64-bit integer")))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<JsonInt, E> {
                whole(v)
                    .map(JsonInt)
                    .ok_or_else(|| E::custom(format!("{v} is not a 64-bit integer")))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<JsonInt, E> {
                parse_int("integer", s).map(JsonInt).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
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
                timestamp: 7,
                run_id: None
            }
        );
        assert!(m[1].value.is_infinite());
    }

    #[test]
    fn reads_csv_without_a_header() {
        let m = read("val_loss,0.5,1,1700000000000\nacc,0.25\nacc,nan,-2\n", None).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(
            (m[0].key.as_str(), m[0].value, m[0].step, m[0].timestamp),
            ("val_loss", 0.5, 1, 1_700_000_000_000)
        );
        assert_eq!((m[1].step, m[1].timestamp), (0, 7));
        assert!(m[2].value.is_nan() && m[2].step == -2);
        let e = read("a,1\nb\n", None).unwrap_err();
        assert!(e.to_string().starts_with("line 2: expected 2 to 4"), "{e}");
        assert!(read("a,1,2,3,4\n", None).is_err());
        // `Key` in any case names the columns.
        let m = read("Key,Value\nk,2\n", None).unwrap();
        assert_eq!(m[0].value, 2.0);
    }

    #[test]
    fn values_are_read_to_the_last_bit() {
        let m = read(
            "{\"key\": \"a\", \"value\": -1.9500000000000002}\n{\"key\": \"a\", \"value\": 90.42857142857143, \"step\": 2}\n{\"key\": \"a\", \"value\": NaN}\n{\"key\": \"a\", \"value\": -Infinity, \"step\": 3.0}\n{\"key\": \"a\", \"value\": 5e-324}\n",
            None,
        )
        .unwrap();
        assert_eq!(m[0].value.to_bits(), (-1.9500000000000002f64).to_bits());
        assert_eq!(m[1].value.to_bits(), 90.42857142857143f64.to_bits());
        assert!(m[2].value.is_nan());
        assert_eq!((m[3].value, m[3].step), (f64::NEG_INFINITY, 3));
        assert_eq!(m[4].value.to_bits(), 1);
        let m = read("a,-1.9500000000000002\na,2.2250738585072014e-308\n", None).unwrap();
        assert_eq!(m[0].value.to_bits(), (-1.9500000000000002f64).to_bits());
        assert_eq!(m[1].value, f64::MIN_POSITIVE);
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
