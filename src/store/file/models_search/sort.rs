//! The file store's logged-model order: each model's key tuple (the order fields, then
//! `creation_timestamp DESC` and `model_id ASC` unless named), compared as Python compares
//! MLflow's tuples: a descending key or a metric puts missing values last, an ascending
//! attribute compares raw values (so a missing one next to a present one is Python's
//! `TypeError`, an error here too), NaN equals nothing and is less than nothing. With such
//! inconsistent comparisons the result depends on the algorithm, so lists shorter than 64
//! are sorted exactly as CPython's `list.sort` does (a first run, then binary insertion).

use crate::model::LoggedModel;
use crate::search::models::{file_order_field, ModelOrder};
use crate::store::{Result, StoreError};

#[derive(Debug, Clone, PartialEq)]
enum Raw {
    None,
    Int(i64),
    Str(String),
}

#[derive(Debug, Clone)]
enum Part {
    /// An ascending attribute: the raw value.
    Asc(Raw),
    /// A descending attribute or metric (`_Reversor`).
    Rev(Raw, Option<f64>),
    /// An ascending metric (`_LoggedModelMetricComp`).
    MetricAsc(Option<f64>),
}

fn opt_eq(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

fn raw_lt(a: &Raw, b: &Raw) -> Result<bool> {
    match (a, b) {
        (Raw::Int(x), Raw::Int(y)) => Ok(x < y),
        (Raw::Str(x), Raw::Str(y)) => Ok(x < y),
        _ => Err(StoreError::Invalid(
            "cannot order ascending by a field some of the models lack: MLflow's file store \
             fails the same way (order descending, or filter those models out)"
                .into(),
        )),
    }
}

impl Part {
    fn eq(&self, o: &Part) -> bool {
        match (self, o) {
            (Part::Asc(a), Part::Asc(b)) => a == b,
            (Part::Rev(a, x), Part::Rev(b, y)) => a == b && opt_eq(*x, *y),
            (Part::MetricAsc(x), Part::MetricAsc(y)) => opt_eq(*x, *y),
            _ => false,
        }
    }
    fn lt(&self, o: &Part) -> Result<bool> {
        Ok(match (self, o) {
            (Part::Asc(a), Part::Asc(b)) => raw_lt(a, b)?,
            (Part::Rev(Raw::None, None), _) => false,
            (_, Part::Rev(Raw::None, None)) => true,
            (Part::Rev(_, Some(x)), Part::Rev(_, Some(y))) => y < x,
            (Part::Rev(a, _), Part::Rev(b, _)) => raw_lt(b, a)?,
            (Part::MetricAsc(None), _) => false,
            (_, Part::MetricAsc(None)) => true,
            (Part::MetricAsc(Some(x)), Part::MetricAsc(Some(y))) => x < y,
            _ => false,
        })
    }
}

/// Python's `tuple < tuple`.
fn tuple_lt(a: &[Part], b: &[Part]) -> Result<bool> {
    for (x, y) in a.iter().zip(b) {
        if !x.eq(y) {
            return x.lt(y);
        }
    }
    Ok(a.len() < b.len())
}

fn attribute(m: &LoggedModel, field: &str) -> Raw {
    let i = &m.info;
    let text = |s: Option<&String>| s.map_or(Raw::None, |s| Raw::Str(s.clone()));
    match field {
        "creation_timestamp" => Raw::Int(i.creation_timestamp_ms),
        "last_updated_timestamp" => Raw::Int(i.last_updated_timestamp_ms),
        "name" => Raw::Str(i.name.clone()),
        "model_id" => Raw::Str(i.model_id.clone()),
        "status" => Raw::Str(i.status.filter_name().to_string()),
        "model_type" => text(i.model_type.as_ref()),
        _ => text(i.source_run_id.as_ref()),
    }
}

/// The latest value of a metric for ordering: the point with the greatest timestamp (the
/// first of equals), among those on the order's dataset.
fn metric(m: &LoggedModel, key: &str, o: &ModelOrder) -> Option<f64> {
    let mut best: Option<&crate::model::Metric> = None;
    for p in m.data.metrics.iter().filter(|p| {
        p.key == key
            && o.dataset_name
                .as_deref()
                .filter(|n| !n.is_empty())
                .is_none_or(|n| p.dataset_name.as_deref() == Some(n))
            && o.dataset_digest
                .as_deref()
                .filter(|d| !d.is_empty())
                .is_none_or(|d| p.dataset_digest.as_deref() == Some(d))
    }) {
        if best.is_none_or(|b| p.timestamp > b.timestamp) {
            best = Some(p);
        }
    }
    best.map(|p| p.value)
}

/// Sorts models as MLflow's file store does.
pub(super) fn sort(models: Vec<LoggedModel>, order_by: &[ModelOrder]) -> Result<Vec<LoggedModel>> {
    let mut fields: Vec<(ModelOrder, Option<&'static str>)> = Vec::new();
    for o in order_by {
        if o.dataset_digest.is_some() && o.dataset_name.is_none() {
            return Err(StoreError::Invalid(
                "a dataset digest in an order-by needs its dataset name".into(),
            ));
        }
        fields.push((
            o.clone(),
            file_order_field(&o.field).map_err(StoreError::Invalid)?,
        ));
    }
    let named =
        |fields: &[(ModelOrder, Option<&str>)], f: &str| fields.iter().any(|(_, a)| *a == Some(f));
    let tie = |field: &str, ascending| ModelOrder {
        field: field.into(),
        ascending,
        dataset_name: None,
        dataset_digest: None,
    };
    if !named(&fields, "creation_timestamp") {
        fields.push((tie("creation_timestamp", false), Some("creation_timestamp")));
    }
    if !named(&fields, "model_id") {
        fields.push((tie("model_id", true), Some("model_id")));
    }
    let keys: Vec<Vec<Part>> = models
        .iter()
        .map(|m| {
            fields
                .iter()
                .map(|(o, attr)| match (attr, o.ascending) {
                    (Some(a), true) => Part::Asc(attribute(m, a)),
                    (Some(a), false) => Part::Rev(attribute(m, a), None),
                    (None, asc) => {
                        let key = o.field.split_once('.').map_or("", |(_, k)| k);
                        let v = metric(m, key, o);
                        match (asc, v) {
                            (true, v) => Part::MetricAsc(v),
                            (false, None) => Part::Rev(Raw::None, None),
                            (false, Some(v)) => Part::Rev(Raw::Int(0), Some(v)),
                        }
                    }
                })
                .collect()
        })
        .collect();
    let mut idx: Vec<usize> = (0..models.len()).collect();
    let lt = |a: usize, b: usize| tuple_lt(&keys[a], &keys[b]);
    if idx.len() < 64 {
        python_small_sort(&mut idx, &lt)?;
    } else {
        let mut err = None;
        idx.sort_by(|&a, &b| match (lt(a, b), lt(b, a)) {
            (Ok(true), _) => std::cmp::Ordering::Less,
            (_, Ok(true)) => std::cmp::Ordering::Greater,
            (Err(e), _) | (_, Err(e)) => {
                err.get_or_insert(e);
                std::cmp::Ordering::Equal
            }
            _ => std::cmp::Ordering::Equal,
        });
        if let Some(e) = err {
            return Err(e);
        }
    }
    let mut slots: Vec<Option<LoggedModel>> = models.into_iter().map(Some).collect();
    Ok(idx.into_iter().filter_map(|i| slots[i].take()).collect())
}

/// CPython's `list.sort` for fewer than 64 items: the first run (a strictly descending one
/// reversed), then binary insertion of the rest.
fn python_small_sort(a: &mut [usize], lt: &dyn Fn(usize, usize) -> Result<bool>) -> Result<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if lt(a[1], a[0])? {
        while run < n && lt(a[run], a[run - 1])? {
            run += 1;
        }
        a[..run].reverse();
    } else {
        while run < n && !lt(a[run], a[run - 1])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = a[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, a[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a[l..=start].rotate_right(1);
    }
    Ok(())
}
