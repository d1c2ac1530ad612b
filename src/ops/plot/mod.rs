//! What `metrics plot` draws, before any drawing: one series per run and key, read through
//! [`Store::metric_points`], put on the chosen x axis, and cut to the chart's columns.

mod downsample;

pub use downsample::{downsample, Reducer};

use crate::model::{Point, Run};
use crate::store::{Result, Store};

/// What the x axis shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum XAxis {
    /// The step of each point.
    #[default]
    Step,
    /// Wall-clock time (milliseconds since the epoch).
    Time,
    /// Seconds since the first point of the series.
    Relative,
}

impl XAxis {
    /// Returns the axis title.
    pub fn title(self) -> &'static str {
        match self {
            XAxis::Step => "step",
            XAxis::Time => "time (UTC)",
            XAxis::Relative => "relative time (s)",
        }
    }
}

/// One line of a chart: a metric of a run, as (x, y) sorted by x; a NaN y is a gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub run_id: String,
    pub key: String,
    /// The legend entry.
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

/// Reads one series per run and key. Labels name what tells the lines apart: the key for
/// one run, the run for one key, both otherwise.
pub fn load(store: &dyn Store, runs: &[Run], keys: &[String], x: XAxis) -> Result<Vec<Series>> {
    let mut series = Vec::with_capacity(runs.len() * keys.len());
    for run in runs {
        let name = run_label(run);
        for key in keys {
            let points = read(store, &run.info.run_id, key, x)?;
            let label = match (runs.len(), keys.len()) {
                (1, _) => key.clone(),
                (_, 1) => name.clone(),
                _ => format!("{name} {key}"),
            };
            series.push(Series {
                run_id: run.info.run_id.clone(),
                key: key.clone(),
                label,
                points,
            });
        }
    }
    Ok(series)
}

/// The columns a history is first cut to while it is read on the step axis: more than any
/// chart has, so the cut to the chart's own columns draws the same line.
const READ_COLUMNS: usize = 8192;

/// Reads one history onto the x axis: on the step axis cut while it streams in (a million
/// points are never held), on a time axis whole, sorted by time.
fn read(store: &dyn Store, run_id: &str, key: &str, x: XAxis) -> Result<Vec<(f64, f64)>> {
    if x == XAxis::Step {
        let mut cut = Reducer::new(READ_COLUMNS);
        store.visit_metric_points(run_id, key, None, &mut |p| cut.push(p.step as f64, p.value))?;
        return Ok(cut.finish());
    }
    Ok(xy(&store.metric_points(run_id, key, None)?, x))
}

/// Returns the name a run goes by in a legend: its name, else the start of its id.
pub fn run_label(run: &Run) -> String {
    if run.info.run_name.is_empty() {
        run.info.run_id.chars().take(8).collect()
    } else {
        run.info.run_name.clone()
    }
}

/// Puts points (sorted by step) on an x axis, sorted by x.
pub fn xy(points: &[Point], x: XAxis) -> Vec<(f64, f64)> {
    match x {
        XAxis::Step => points.iter().map(|p| (p.step as f64, p.value)).collect(),
        XAxis::Time | XAxis::Relative => {
            let mut by_time: Vec<&Point> = points.iter().collect();
            by_time.sort_by_key(|p| p.timestamp);
            let t0 = match (x, by_time.first()) {
                (XAxis::Relative, Some(p)) => p.timestamp,
                _ => 0,
            };
            let scale = if x == XAxis::Relative { 1000.0 } else { 1.0 };
            by_time
                .iter()
                .map(|p| ((p.timestamp - t0) as f64 / scale, p.value))
                .collect()
        }
    }
}

/// Puts y on a log10 scale; values that are not positive become gaps.
pub fn log_y(points: &mut [(f64, f64)]) {
    for p in points {
        p.1 = if p.1 > 0.0 { p.1.log10() } else { f64::NAN };
    }
}

/// Returns the x range and the y range of the drawable points (finite y) of all series.
pub fn bounds(series: &[Series]) -> Option<((f64, f64), (f64, f64))> {
    let mut b: Option<((f64, f64), (f64, f64))> = None;
    for &(x, y) in series.iter().flat_map(|s| &s.points) {
        if !y.is_finite() || !x.is_finite() {
            continue;
        }
        b = Some(match b {
            None => ((x, x), (y, y)),
            Some(((x0, x1), (y0, y1))) => ((x0.min(x), x1.max(x)), (y0.min(y), y1.max(y))),
        });
    }
    b
}

/// Cuts every series to at most four points per column over the common x range.
pub fn fit(series: &mut [Series], columns: usize) {
    let Some(((x0, x1), _)) = bounds(series) else {
        return;
    };
    for s in series {
        s.points = downsample(&s.points, x0, x1, columns);
    }
}
