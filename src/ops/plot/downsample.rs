//! Min/max downsampling: a long history cut to a few points per column of the chart, so
//! that a million points draw as fast as a thousand and a one-point spike still shows.

/// Reduces points sorted by x to at most four per column (`columns` equal columns over
/// `x0..=x1`): the first, lowest, highest and last point of each column, in x order, so the
/// line looks as the whole history would and no spike is lost. A NaN y is a gap and is kept
/// (one per run of NaNs), so a line is broken where the history is.
pub fn downsample(points: &[(f64, f64)], x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
    let columns = columns.max(1);
    if points.len() <= 4 * columns || x1 <= x0 {
        return points.to_vec();
    }
    let scale = columns as f64 / (x1 - x0);
    let mut out = Vec::with_capacity(4 * columns + 16);
    let mut bucket = Bucket::default();
    let mut column = usize::MAX;
    let mut in_gap = false;
    for (i, &(x, y)) in points.iter().enumerate() {
        if y.is_nan() {
            bucket.flush(points, &mut out);
            if !in_gap {
                out.push((x, f64::NAN));
                in_gap = true;
            }
            continue;
        }
        in_gap = false;
        let c = (((x - x0) * scale) as usize).min(columns - 1);
        if c != column {
            bucket.flush(points, &mut out);
            column = c;
        }
        bucket.add(i, y);
    }
    bucket.flush(points, &mut out);
    out
}

/// The points of one column seen so far, by index: first, lowest, highest, last.
#[derive(Default)]
struct Bucket {
    first: Option<usize>,
    min: usize,
    max: usize,
    last: usize,
    min_y: f64,
    max_y: f64,
}

impl Bucket {
    fn add(&mut self, i: usize, y: f64) {
        if self.first.is_none() {
            *self = Bucket {
                first: Some(i),
                min: i,
                max: i,
                last: i,
                min_y: y,
                max_y: y,
            };
            return;
        }
        if y < self.min_y {
            self.min_y = y;
            self.min = i;
        }
        if y > self.max_y {
            self.max_y = y;
            self.max = i;
        }
        self.last = i;
    }

    /// Writes the column's points in their order and empties it.
    fn flush(&mut self, points: &[(f64, f64)], out: &mut Vec<(f64, f64)>) {
        let Some(first) = self.first.take() else {
            return;
        };
        let mut idx = [first, self.min, self.max, self.last];
        idx.sort_unstable();
        let mut prev = usize::MAX;
        for i in idx {
            if i != prev {
                out.push(points[i]);
                prev = i;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spikes_survive_a_million_points() {
        let mut points: Vec<(f64, f64)> = (0..1_000_000)
            .map(|i| (i as f64, (i as f64 / 1000.0).sin()))
            .collect();
        points[123_457].1 = 50.0;
        points[876_543].1 = -40.0;
        let out = downsample(&points, 0.0, 999_999.0, 200);
        assert!(out.len() <= 800, "{}", out.len());
        assert!(out.contains(&(123_457.0, 50.0)));
        assert!(out.contains(&(876_543.0, -40.0)));
        // x stays in order, and the ends are kept.
        assert!(out.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(out.first(), points.first());
        assert_eq!(out.last(), points.last());
    }

    #[test]
    fn gaps_stay_gaps() {
        let mut points: Vec<(f64, f64)> = (0..10_000).map(|i| (i as f64, 1.0)).collect();
        for p in &mut points[4000..4100] {
            p.1 = f64::NAN;
        }
        let out = downsample(&points, 0.0, 9999.0, 10);
        let gaps = out.iter().filter(|p| p.1.is_nan()).count();
        assert_eq!(gaps, 1, "{out:?}");
        let at = out.iter().position(|p| p.1.is_nan()).unwrap();
        assert!(out[at - 1].0 < 4000.0 && out[at + 1].0 >= 4100.0, "{out:?}");
    }

    #[test]
    fn short_histories_pass_unchanged() {
        let points = vec![(0.0, 1.0), (1.0, f64::NAN), (2.0, 3.0)];
        let out = downsample(&points, 0.0, 2.0, 100);
        assert_eq!(out.len(), 3);
        assert_eq!(out[2], (2.0, 3.0));
    }
}
