//! The lines of a metric file (`metrics/<key>`): `<timestamp> <value> <step>` per point, read
//! as MLflow's file store reads them, and the point it shows as the metric's latest.

use std::path::Path;

use crate::model::Metric;
use crate::store::{Result, StoreError};

/// Parses the lines of a metric file: `<timestamp> <value> <step>` (also 2 fields, step 0,
/// and 5 fields, with a dataset name and digest). The error names the file and the line.
pub fn parse_metric(key: &str, text: &str, path: &Path) -> Result<Vec<Metric>> {
    let mut out = Vec::new();
    for_each_point(text, path, |timestamp, value, step, dataset| {
        out.push(Metric {
            key: key.to_string(),
            value,
            timestamp,
            step,
            dataset_name: dataset.map(|d| d.0.to_string()),
            dataset_digest: dataset.map(|d| d.1.to_string()),
            ..Default::default()
        })
    })?;
    Ok(out)
}

/// Returns the point MLflow's file store shows as a metric's latest: the greatest
/// `(step, timestamp, value)` by Python's tuple comparison, the first one winning ties (a
/// NaN value compares false both ways, so it neither replaces nor is replaced on a tie).
pub fn latest_point(key: &str, text: &str, path: &Path) -> Result<Metric> {
    let mut best: Option<(i64, i64, f64)> = None;
    let mut best_dataset: Option<(String, String)> = None;
    for_each_point(text, path, |timestamp, value, step, dataset| {
        let greater = match best {
            None => true,
            Some((s, t, v)) => {
                if step != s {
                    step > s
                } else if timestamp != t {
                    timestamp > t
                } else {
                    value > v
                }
            }
        };
        if greater {
            best = Some((step, timestamp, value));
            best_dataset = dataset.map(|(n, d)| (n.to_string(), d.to_string()));
        }
    })?;
    let (step, timestamp, value) = best.unwrap_or_default();
    let (dataset_name, dataset_digest) = best_dataset.unzip();
    Ok(Metric {
        key: key.to_string(),
        value,
        timestamp,
        step,
        dataset_name,
        dataset_digest,
        ..Default::default()
    })
}

/// A point's dataset name and digest (5-field lines).
type DatasetRef<'a> = Option<(&'a str, &'a str)>;

/// Calls `f(timestamp, value, step, dataset)` for each line of a metric file; fails on the
/// first bad line, or on a file with no line.
fn for_each_point(
    text: &str,
    path: &Path,
    mut f: impl FnMut(i64, f64, i64, DatasetRef<'_>),
) -> Result<()> {
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        let bad = |why: &str| {
            StoreError::Corrupt(format!(
                "metric file `{}` line {}: {why}: {line:?}",
                path.display(),
                i + 1
            ))
        };
        let mut fields = line.split(' ');
        let (Some(ts), Some(value)) = (fields.next(), fields.next()) else {
            return Err(bad("expected `<timestamp> <value> <step>`"));
        };
        let step = fields.next();
        let rest: Vec<&str> = fields.collect();
        if !(step.is_none() || rest.is_empty() || rest.len() == 2) {
            return Err(bad("expected `<timestamp> <value> <step>`"));
        }
        // MLflow 3 adds the dataset a value was measured on. (MLflow 3.18's own reader takes
        // the step of such a line as 0, an upstream bug; mlf reads the step written.)
        let dataset = (rest.len() == 2).then(|| (rest[0], rest[1]));
        let timestamp = parse_int(ts).ok_or_else(|| bad("invalid timestamp"))?;
        let value = crate::float::parse(value).ok_or_else(|| bad("invalid value"))?;
        let step = match step {
            Some(s) => parse_int(s).ok_or_else(|| bad("invalid step"))?,
            None => 0,
        };
        f(timestamp, value, step, dataset);
        n += 1;
    }
    if n == 0 {
        return Err(StoreError::Corrupt(format!(
            "metric file `{}` is empty",
            path.display()
        )));
    }
    Ok(())
}

/// Parses an integer as Python's `int()` does (surrounding `+`, `_` separators).
fn parse_int(s: &str) -> Option<i64> {
    let t = s.strip_prefix('+').unwrap_or(s);
    if t.contains('_') {
        if t.starts_with('_') || t.ends_with('_') || t.contains("__") {
            return None;
        }
        return t.replace('_', "").parse().ok();
    }
    t.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_lines() {
        let p = Path::new("m");
        let pts = parse_metric("k", "1 0.5 0\n2 nan 1\r\n3 inf\n4 1.0 7 ds abc\n", p).unwrap();
        assert_eq!(pts.len(), 4);
        assert_eq!(pts[2].step, 0);
        assert_eq!(pts[3].step, 7);
        assert_eq!(pts[3].dataset_name.as_deref(), Some("ds"));
        assert_eq!(pts[3].dataset_digest.as_deref(), Some("abc"));
        assert_eq!(pts[0].dataset_name, None);
        for bad in ["1 0.5 1.5\n", "1  0.5 0\n", "\n", "1 x 0\n", "1 2 3 4\n"] {
            assert!(parse_metric("k", bad, p).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn latest_is_the_greatest_step_then_time_then_value() {
        let latest = |text: &str| latest_point("k", text, Path::new("m")).unwrap().value;
        assert_eq!(latest("5 1.0 2\n1 2.0 3\n9 9.0 1\n"), 2.0);
        assert!(latest("1 nan 1\n1 5.0 1\n").is_nan());
        assert_eq!(latest("1 5.0 1\n1 nan 1\n"), 5.0);
        assert_eq!(latest("1 1.0 1\n1 3.0 1\n"), 3.0);
    }
}
