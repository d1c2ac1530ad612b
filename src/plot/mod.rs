//! Drawing charts of metric series: in a terminal through ratatui (`term`), as SVG or PNG
//! through plotters (`file`), and the live view of `runs watch` (`watch`). What is drawn
//! comes from `ops::plot`; this module only decides axes, ticks, colours and layout.

pub mod file;
pub mod term;
pub mod text;
pub mod watch;

use crate::ops::plot::{bounds, Series, XAxis};

/// A chart ready to draw: series already on their axis (log10 applied when `log_y`) and cut
/// to the columns of the target.
pub struct ChartSpec {
    pub series: Vec<Series>,
    pub x: XAxis,
    pub log_y: bool,
    /// The y axis title (the key when there is one, else "value").
    pub y_title: String,
}

/// An axis: its range and the values ticks are drawn at, evenly spaced from end to end.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

impl ChartSpec {
    /// Returns the x and y axes for about `x_ticks` and `y_ticks` ticks; `None` when no
    /// series has a drawable point.
    pub fn axes(&self, x_ticks: usize, y_ticks: usize) -> Option<(Axis, Axis)> {
        let ((x0, x1), (y0, y1)) = bounds(&self.series)?;
        let mut y = nice_axis(y0, y1, y_ticks);
        if self.log_y && y1 - y0 >= 1.0 && y.step() < 1.0 {
            // Whole decades on a log scale spanning one or more.
            y = decades(y0, y1, y_ticks);
        }
        Some((nice_axis(x0, x1, x_ticks), y))
    }

    /// Returns the text of an x tick.
    pub fn x_label(&self, v: f64, step: f64) -> String {
        match self.x {
            XAxis::Time => {
                let t = crate::output::time(Some(v as i64));
                if step >= 86_400_000.0 {
                    t[..10].to_string()
                } else {
                    t[11..].to_string()
                }
            }
            _ => number(v, step),
        }
    }

    /// Returns the text of a y tick (the value itself on a log scale, not its log).
    pub fn y_label(&self, v: f64, step: f64) -> String {
        if self.log_y {
            let value = 10f64.powf(v);
            format_general(value)
        } else {
            number(v, step)
        }
    }
}

/// Returns an axis over `lo..=hi` with ticks at round numbers (1, 2 or 5 times a power of
/// ten) covering it, about `n` of them.
pub fn nice_axis(lo: f64, hi: f64, n: usize) -> Axis {
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else if lo == 0.0 {
        (-1.0, 1.0)
    } else {
        (lo - lo.abs() * 0.5, hi + hi.abs() * 0.5)
    };
    let step = nice_step((hi - lo) / n.max(2).saturating_sub(1) as f64);
    let first = (lo / step).floor() * step;
    let last = (hi / step).ceil() * step;
    let count = (((last - first) / step).round() as usize).clamp(1, 1000);
    let ticks = (0..=count).map(|i| first + i as f64 * step).collect();
    Axis {
        min: first,
        max: first + count as f64 * step,
        ticks,
    }
}

/// Returns a log10 axis with ticks at whole powers of ten, every one or every few.
fn decades(lo: f64, hi: f64, n: usize) -> Axis {
    let (first, last) = (lo.floor(), hi.ceil());
    let every = ((last - first) / n.max(2) as f64).ceil().max(1.0);
    let first = (first / every).floor() * every;
    let count = ((last - first) / every).ceil() as usize;
    Axis {
        min: first,
        max: first + count as f64 * every,
        ticks: (0..=count).map(|i| first + i as f64 * every).collect(),
    }
}

/// Returns the round number (1, 2 or 5 × 10^k) nearest to `raw`.
fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f < 1.5 {
        1.0
    } else if f < 3.0 {
        2.0
    } else if f < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

impl Axis {
    /// Returns the distance between ticks.
    pub fn step(&self) -> f64 {
        match self.ticks.as_slice() {
            [a, b, ..] => b - a,
            _ => 1.0,
        }
    }
}

/// Formats a tick value with as many decimals as the tick distance needs; large values as
/// 1.5k, 2M.
pub fn number(v: f64, step: f64) -> String {
    let v = if v.abs() < step * 1e-9 { 0.0 } else { v };
    for (unit, suffix) in [(1e9, "G"), (1e6, "M"), (1e3, "k")] {
        if step >= unit / 10.0 && v.abs() >= unit {
            let decimals = decimals(step / unit);
            return format!("{:.*}{suffix}", decimals, v / unit);
        }
    }
    format!("{:.*}", decimals(step), v)
}

/// The decimals needed to tell ticks `step` apart.
fn decimals(step: f64) -> usize {
    if step >= 1.0 || step <= 0.0 {
        0
    } else {
        (-step.log10().floor()).clamp(0.0, 12.0) as usize
    }
}

/// Formats a value in few characters: 0.001, 250, 1e-06, 3e+09.
fn format_general(v: f64) -> String {
    if v != 0.0 && !(1e-4..1e6).contains(&v.abs()) {
        let s = format!("{v:.0e}");
        return s;
    }
    // Three significant digits.
    let decimals = (2 - v.abs().log10().floor() as i32).clamp(0, 8) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Splits a series at its gaps (NaN y) into the runs of points drawn as one line each.
pub fn segments(points: &[(f64, f64)]) -> Vec<&[(f64, f64)]> {
    points
        .split(|p| !p.1.is_finite())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The colours of series, in order, as RGB (terminal colours are their nearest ANSI ones).
pub const PALETTE: [(u8, u8, u8); 8] = [
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (23, 190, 207),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let a = nice_axis(0.13, 0.97, 5);
        assert_eq!(a.min, 0.0);
        assert!((a.max - 1.0).abs() < 1e-12, "{a:?}");
        assert_eq!(a.ticks.len(), 6);
        let a = nice_axis(0.0, 999_999.0, 6);
        assert_eq!(a.step(), 200_000.0);
        assert_eq!(number(a.ticks[2], a.step()), "400k");
        assert_eq!(number(0.30000000000000004, 0.1), "0.3");
        let flat = nice_axis(2.0, 2.0, 5);
        assert!(flat.min < 2.0 && flat.max > 2.0);
    }

    #[test]
    fn gaps_split_lines() {
        let p = [(0.0, 1.0), (1.0, f64::NAN), (2.0, 2.0), (3.0, 3.0)];
        let s = segments(&p);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1], &[(2.0, 2.0), (3.0, 3.0)]);
    }
}
