//! Which metric points of a source run a destination run lacks.
//!
//! # How new points are found
//!
//! Every store reports, with each run of a listing, the *latest* point of every metric key (the
//! greatest `(step, timestamp, value)`, as MLflow keeps it). A key's whole history is read, on
//! both sides, only when it may differ:
//!
//! - the destination has no point of that key, or
//! - the latest points of the two sides differ, or
//! - the run's status or end time differ between the two sides (the run moved on since the
//!   last sync, or the last sync was interrupted before it wrote them).
//!
//! Then the missing points are the multiset difference source − destination, each point
//! identified by `(value, step, timestamp)` with values compared as the stores keep them
//! (every NaN alike; ±Inf as ±max double, which is what MLflow's SQL stores make of them).
//!
//! # Why an interrupted sync resumes exactly
//!
//! A sync writes a run in this order: params and tags, metric points, dataset inputs,
//! artifacts, and last the status, end time and lifecycle stage. Within a key, the missing
//! points go in source order except that the source's latest point goes last. So at every
//! moment a key whose copy is incomplete either lacks its latest point at the destination (its
//! latest differs, the key is re-read) or belongs to a run whose status or end time is not
//! written yet (every key is re-read). Re-read keys are compared as multisets, so a rerun
//! writes exactly the points still missing, none twice, whatever was written before the
//! interruption. A key that is complete has equal latest points and is not read again.
//!
//! Points a source receives *below* its latest point after a sync (a lower step logged later)
//! are found when the run's status or end time changes, which ends every run.

use std::collections::HashMap;

use crate::model::Metric;

/// A point as stores compare it: value bits (normalized), step, timestamp.
pub type PointId = (u64, i64, i64);

/// Returns the value as an SQL store keeps it: one NaN, ±Inf as ±max double, no negative zero.
pub fn stored_value(v: f64) -> u64 {
    if v.is_nan() {
        f64::NAN.to_bits()
    } else if v.is_infinite() {
        f64::MAX.copysign(v).to_bits()
    } else if v == 0.0 {
        0f64.to_bits()
    } else {
        v.to_bits()
    }
}

/// Returns the identity of a point.
pub fn point_id(m: &Metric) -> PointId {
    (stored_value(m.value), m.step, m.timestamp)
}

/// Returns whether two latest points are the same point.
pub fn same_point(a: &Metric, b: &Metric) -> bool {
    point_id(a) == point_id(b)
}

/// Returns the points of `src` that `dst` lacks (multiset difference), in source order but
/// with the point equal to `latest` (the source's latest) moved to the end, so that the key's
/// latest point reaches the destination last.
pub fn missing(src: &[Metric], dst: &[Metric], latest: Option<&Metric>) -> Vec<Metric> {
    let mut have: HashMap<PointId, usize> = HashMap::new();
    for m in dst {
        *have.entry(point_id(m)).or_default() += 1;
    }
    let mut out = Vec::new();
    for m in src {
        match have.get_mut(&point_id(m)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(m.clone()),
        }
    }
    if let Some(latest) = latest {
        let id = point_id(latest);
        if let Some(i) = out.iter().rposition(|m| point_id(m) == id) {
            let last = out.remove(i);
            out.push(last);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(value: f64, step: i64, timestamp: i64) -> Metric {
        Metric {
            key: "k".into(),
            value,
            step,
            timestamp,
            ..Default::default()
        }
    }

    fn ids(v: &[Metric]) -> Vec<PointId> {
        v.iter().map(point_id).collect()
    }

    #[test]
    fn missing_points_are_the_multiset_difference_with_the_latest_last() {
        let src = vec![p(1.0, 5, 10), p(2.0, 1, 11), p(2.0, 1, 11), p(3.0, 2, 12)];
        let latest = p(1.0, 5, 10);
        assert_eq!(
            ids(&missing(&src, &[], Some(&latest))),
            ids(&[p(2.0, 1, 11), p(2.0, 1, 11), p(3.0, 2, 12), p(1.0, 5, 10)])
        );
        // One copy of the duplicate is there already: only the other is missing.
        let dst = vec![p(2.0, 1, 11), p(1.0, 5, 10)];
        assert_eq!(
            ids(&missing(&src, &dst, Some(&latest))),
            ids(&[p(2.0, 1, 11), p(3.0, 2, 12)])
        );
        assert!(missing(&src, &src, Some(&latest)).is_empty());
    }

    #[test]
    fn every_prefix_of_the_writes_resumes_to_the_same_multiset() {
        let src = vec![p(9.0, 3, 1), p(1.0, 0, 2), p(f64::NAN, -1, 3), p(1.0, 0, 2)];
        let latest = p(9.0, 3, 1);
        let all = missing(&src, &[], Some(&latest));
        for cut in 0..=all.len() {
            let mut dst = all[..cut].to_vec();
            // Until the latest point is written, the destination's latest differs.
            if cut < all.len() {
                assert!(!dst.iter().any(|m| same_point(m, &latest)));
            }
            dst.extend(missing(&src, &dst, Some(&latest)));
            let mut a = ids(&dst);
            let mut b = ids(&src);
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "cut after {cut}");
        }
    }

    #[test]
    fn values_compare_as_sql_stores_keep_them() {
        assert_eq!(stored_value(f64::INFINITY), stored_value(f64::MAX));
        assert_eq!(stored_value(f64::NEG_INFINITY), stored_value(-f64::MAX));
        assert_eq!(stored_value(-0.0), stored_value(0.0));
        assert_eq!(stored_value(f64::NAN), stored_value(-f64::NAN));
        assert_ne!(stored_value(1.0), stored_value(1.0 + f64::EPSILON));
    }
}
