//! `runs compare`: the params, latest metrics and tags of runs as one matrix, a row per key
//! and a column per run, each row knowing whether its values differ.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::model::Run;

/// One key's values across the compared runs (`None` where a run lacks the key).
#[derive(Debug, Clone, PartialEq)]
pub struct Row<T> {
    pub key: String,
    pub values: Vec<Option<T>>,
}

impl<T: Same> Row<T> {
    /// Returns whether the values differ: a missing value differs from any present one.
    pub fn differs(&self) -> bool {
        let first = &self.values[0];
        self.values[1..].iter().any(|v| match (first, v) {
            (Some(a), Some(b)) => !a.same(b),
            (None, None) => false,
            _ => true,
        })
    }
}

/// Equality for comparing values: metric values compare by their bits (NaN equals NaN).
pub trait Same {
    fn same(&self, other: &Self) -> bool;
}

impl Same for String {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

impl Same for f64 {
    fn same(&self, other: &Self) -> bool {
        self.to_bits() == other.to_bits() || (self.is_nan() && other.is_nan())
    }
}

/// The compared runs and their rows, keys sorted.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub run_ids: Vec<String>,
    pub run_names: Vec<String>,
    pub params: Vec<Row<String>>,
    pub metrics: Vec<Row<f64>>,
    pub tags: Vec<Row<String>>,
}

/// Builds the matrix of runs, in the order given.
pub fn matrix(runs: &[Run]) -> Matrix {
    let n = runs.len();
    let rows = |pick: &dyn Fn(&Run) -> Vec<(String, String)>| {
        let mut by_key: BTreeMap<String, Vec<Option<String>>> = BTreeMap::new();
        for (i, run) in runs.iter().enumerate() {
            for (k, v) in pick(run) {
                by_key.entry(k).or_insert_with(|| vec![None; n])[i] = Some(v);
            }
        }
        by_key
            .into_iter()
            .map(|(key, values)| Row { key, values })
            .collect::<Vec<_>>()
    };
    let params = rows(&|r| {
        r.data
            .params
            .iter()
            .map(|p| (p.key.clone(), p.value.clone()))
            .collect()
    });
    let tags = rows(&|r| {
        r.data
            .tags
            .iter()
            .map(|t| (t.key.clone(), t.value.clone()))
            .collect()
    });
    let mut metrics: BTreeMap<String, Vec<Option<f64>>> = BTreeMap::new();
    for (i, run) in runs.iter().enumerate() {
        for m in &run.data.metrics {
            metrics
                .entry(m.key.clone())
                .or_insert_with(|| vec![None; n])[i] = Some(m.value);
        }
    }
    Matrix {
        run_ids: runs.iter().map(|r| r.info.run_id.clone()).collect(),
        run_names: runs.iter().map(|r| r.info.run_name.clone()).collect(),
        params,
        metrics: metrics
            .into_iter()
            .map(|(key, values)| Row { key, values })
            .collect(),
        tags,
    }
}

impl Matrix {
    /// Keeps only the rows whose values differ.
    pub fn only_diff(&mut self) {
        self.params.retain(Row::differs);
        self.metrics.retain(Row::differs);
        self.tags.retain(Row::differs);
    }

    /// Returns the matrix as JSON: `{"runs": [ids], "params": {key: [value|null, …]},
    /// "metrics": {…}, "tags": {…}}`, metric values as numbers (NaN and ±Infinity as the
    /// strings MLflow's server writes).
    pub fn to_json(&self) -> Value {
        fn section<T>(rows: &[Row<T>], value: impl Fn(&T) -> Value) -> Value {
            let mut map = Map::new();
            for r in rows {
                let values = r
                    .values
                    .iter()
                    .map(|v| v.as_ref().map_or(Value::Null, &value))
                    .collect();
                map.insert(r.key.clone(), Value::Array(values));
            }
            Value::Object(map)
        }
        json!({
            "runs": self.run_ids,
            "params": section(&self.params, |v| json!(v)),
            "metrics": section(&self.metrics, |v| number(*v)),
            "tags": section(&self.tags, |v| json!(v)),
        })
    }

    /// Returns the rows as text cells: the field (`params.lr`, `metrics.acc`, `tags.x`),
    /// whether it differs, then one cell per run (empty where the run lacks the key).
    pub fn cells(&self) -> Vec<(String, bool, Vec<String>)> {
        fn text<'a, T: Same>(
            prefix: &'a str,
            rows: &'a [Row<T>],
            show: impl Fn(&T) -> String + 'a,
        ) -> impl Iterator<Item = (String, bool, Vec<String>)> + 'a {
            rows.iter().map(move |r| {
                let cells = r
                    .values
                    .iter()
                    .map(|v| v.as_ref().map(&show).unwrap_or_default())
                    .collect();
                (format!("{prefix}.{}", r.key), r.differs(), cells)
            })
        }
        text("params", &self.params, String::clone)
            .chain(text("metrics", &self.metrics, |v| {
                crate::float::display(*v)
            }))
            .chain(text("tags", &self.tags, String::clone))
            .collect()
    }
}

/// A metric value as MLflow's server writes it: a number, or `"NaN"`, `"Infinity"`,
/// `"-Infinity"`.
fn number(v: f64) -> Value {
    match v {
        v if v.is_nan() => json!("NaN"),
        v if v.is_infinite() => json!(if v > 0.0 { "Infinity" } else { "-Infinity" }),
        v => json!(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Metric, Param};

    fn run(id: &str, params: &[(&str, &str)], metrics: &[(&str, f64)]) -> Run {
        let mut r = Run::for_test(id, id);
        r.data.params = params
            .iter()
            .map(|(k, v)| Param {
                key: k.to_string(),
                value: v.to_string(),
            })
            .collect();
        r.data.metrics = metrics
            .iter()
            .map(|(k, v)| Metric {
                key: k.to_string(),
                value: *v,
                ..Default::default()
            })
            .collect();
        r
    }

    #[test]
    fn rows_differ_by_value_or_absence() {
        let runs = [
            run(
                "a",
                &[("lr", "0.1"), ("bs", "32")],
                &[("acc", 0.9), ("n", f64::NAN)],
            ),
            run(
                "b",
                &[("lr", "0.2"), ("bs", "32")],
                &[("acc", 0.9), ("n", f64::NAN)],
            ),
            run(
                "c",
                &[("lr", "0.1"), ("bs", "32"), ("opt", "sgd")],
                &[("acc", 0.9), ("n", f64::NAN)],
            ),
        ];
        let mut m = matrix(&runs);
        let diff: Vec<(String, bool)> = m.cells().into_iter().map(|(k, d, _)| (k, d)).collect();
        assert_eq!(
            diff,
            [
                ("params.bs".into(), false),
                ("params.lr".into(), true),
                ("params.opt".into(), true),
                ("metrics.acc".into(), false),
                ("metrics.n".into(), false),
            ]
        );
        m.only_diff();
        assert_eq!(
            m.to_json(),
            json!({"runs": ["a", "b", "c"], "params": {"lr": ["0.1", "0.2", "0.1"], "opt": [null, null, "sgd"]}, "metrics": {}, "tags": {}})
        );
    }
}
