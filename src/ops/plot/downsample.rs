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

/// The same cut as [`downsample`], made while the points stream in (sorted by x) and the
/// x range is not known yet: columns start one x unit wide and double in width, merging
/// pairs, whenever the range seen outgrows `columns`. A million points go through it
/// without being held; what comes out is a few per column, to be cut again to a chart's
/// columns over the range of all its series.
pub struct Reducer {
    columns: usize,
    x0: Option<f64>,
    width: f64,
    items: Vec<Item>,
    seen: u64,
}

/// A column's points, or the start of a run of NaNs.
enum Item {
    Column(Column),
    Gap(f64),
}

/// One column as (order seen, point): its first, lowest, highest and last points.
struct Column {
    at: u64,
    first: (u64, (f64, f64)),
    min: (u64, (f64, f64)),
    max: (u64, (f64, f64)),
    last: (u64, (f64, f64)),
}

impl Column {
    /// A column of one point.
    fn of(at: u64, p: (u64, (f64, f64))) -> Column {
        Column {
            at,
            first: p,
            min: p,
            max: p,
            last: p,
        }
    }

    fn absorb(&mut self, other: Column) {
        if other.min.1 .1 < self.min.1 .1 {
            self.min = other.min;
        }
        if other.max.1 .1 > self.max.1 .1 {
            self.max = other.max;
        }
        self.last = other.last;
    }
}

impl Reducer {
    /// Starts a cut to at most `columns` columns (at most four points each, and the gaps).
    pub fn new(columns: usize) -> Reducer {
        Reducer {
            columns: columns.max(1),
            x0: None,
            width: 1.0,
            items: Vec::new(),
            seen: 0,
        }
    }

    /// Takes the next point; x never decreases.
    pub fn push(&mut self, x: f64, y: f64) {
        if !x.is_finite() {
            return;
        }
        let n = self.seen;
        self.seen += 1;
        if y.is_nan() {
            if !matches!(self.items.last(), Some(Item::Gap(_))) {
                self.items.push(Item::Gap(x));
            }
            return;
        }
        let x0 = *self.x0.get_or_insert(x);
        let mut at = ((x - x0) / self.width) as u64;
        while at >= self.columns as u64 {
            self.widen();
            at = ((x - x0) / self.width) as u64;
        }
        let p = (n, (x, y));
        match self.items.last_mut() {
            Some(Item::Column(c)) if c.at == at => c.absorb(Column::of(at, p)),
            _ => self.items.push(Item::Column(Column::of(at, p))),
        }
    }

    /// Doubles the width of the columns, merging neighbours that now share one.
    fn widen(&mut self) {
        self.width *= 2.0;
        let items = std::mem::take(&mut self.items);
        for item in items {
            match item {
                Item::Column(mut c) => {
                    c.at /= 2;
                    if let Some(Item::Column(prev)) = self.items.last_mut() {
                        if prev.at == c.at {
                            prev.absorb(c);
                            continue;
                        }
                    }
                    self.items.push(Item::Column(c));
                }
                gap => self.items.push(gap),
            }
        }
    }

    /// Returns the points kept, in x order; a NaN y marks a gap.
    pub fn finish(self) -> Vec<(f64, f64)> {
        let mut out = Vec::with_capacity(self.items.len() * 4);
        for item in self.items {
            match item {
                Item::Gap(x) => out.push((x, f64::NAN)),
                Item::Column(c) => {
                    let mut kept = [c.first, c.min, c.max, c.last];
                    kept.sort_unstable_by_key(|k| k.0);
                    let mut prev = u64::MAX;
                    for (n, p) in kept {
                        if n != prev {
                            out.push(p);
                            prev = n;
                        }
                    }
                }
            }
        }
        out
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

    fn reduce(points: &[(f64, f64)], columns: usize) -> Vec<(f64, f64)> {
        let mut r = Reducer::new(columns);
        for &(x, y) in points {
            r.push(x, y);
        }
        r.finish()
    }

    #[test]
    fn the_stream_cut_keeps_what_the_whole_cut_keeps() {
        let mut points: Vec<(f64, f64)> = (0..1_000_000)
            .map(|i| (i as f64, (i as f64 / 1000.0).sin()))
            .collect();
        points[123_457].1 = 50.0;
        points[876_543].1 = -40.0;
        for p in &mut points[400_000..400_010] {
            p.1 = f64::NAN;
        }
        let fine = reduce(&points, 4096);
        assert!(fine.len() <= 4 * 4096 + 1, "{}", fine.len());
        assert!(fine.contains(&(123_457.0, 50.0)));
        assert!(fine.contains(&(876_543.0, -40.0)));
        assert!(fine.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(fine.first(), points.first());
        assert_eq!(fine.last(), points.last());
        assert_eq!(fine.iter().filter(|p| p.1.is_nan()).count(), 1);
        // Cut again to a chart's columns, it draws what the whole history would: in every
        // column the same extremes, give or take how far the line moves within one read
        // column (256 steps here, where sin(x / 1000) moves at most 0.256) at the edges.
        let whole = downsample(&points, 0.0, 999_999.0, 200);
        let again = downsample(&fine, 0.0, 999_999.0, 200);
        let extremes = |pts: &[(f64, f64)]| {
            let mut by_column = vec![(f64::INFINITY, f64::NEG_INFINITY); 200];
            for &(x, y) in pts.iter().filter(|p| !p.1.is_nan()) {
                let c = ((x / 999_999.0 * 200.0) as usize).min(199);
                by_column[c] = (by_column[c].0.min(y), by_column[c].1.max(y));
            }
            by_column
        };
        let (a, b) = (extremes(&whole), extremes(&again));
        for (c, (a, b)) in a.iter().zip(&b).enumerate() {
            assert!(
                (a.0 - b.0).abs() <= 0.257 && (a.1 - b.1).abs() <= 0.257,
                "column {c}: {a:?} against {b:?}"
            );
        }
        assert_eq!((b[24].1, b[175].0), (50.0, -40.0));
        assert_eq!(again.iter().filter(|p| p.1.is_nan()).count(), 1);
    }

    #[test]
    fn the_stream_cut_passes_short_histories_and_merges_equal_steps() {
        let points = vec![(0.0, 1.0), (1.0, f64::NAN), (1.0, f64::NAN), (2.0, 3.0)];
        assert_eq!(reduce(&points, 100).len(), 3);
        let same: Vec<(f64, f64)> = (0..10).map(|i| (5.0, f64::from(i % 4))).collect();
        assert_eq!(reduce(&same, 100), vec![(5.0, 0.0), (5.0, 3.0), (5.0, 1.0)]);
        assert!(reduce(&[], 10).is_empty());
    }

    #[test]
    fn short_histories_pass_unchanged() {
        let points = vec![(0.0, 1.0), (1.0, f64::NAN), (2.0, 3.0)];
        let out = downsample(&points, 0.0, 2.0, 100);
        assert_eq!(out.len(), 3);
        assert_eq!(out[2], (2.0, 3.0));
    }
}
