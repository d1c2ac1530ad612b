//! The live view of `runs watch`: the run's state, its latest metrics with sparklines, and a
//! chart of the chosen keys.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Sparkline};
use ratatui::Frame;

use super::{term, ChartSpec};
use crate::model::RunStatus;
use crate::ops::plot::{fit, xy, Series, XAxis};
use crate::ops::watch::Watch;

/// The most metric rows shown above the chart.
const MAX_ROWS: usize = 12;

/// Draws the view of a watched run; `footer` says when it was refreshed and how to quit.
pub fn render(frame: &mut Frame, watch: &Watch, footer: &str) {
    let Some(run) = &watch.run else {
        return;
    };
    let metrics = &run.data.metrics;
    let rows = metrics.len().min(MAX_ROWS) as u16;
    let [head, table, chart, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(rows + 2),
        Constraint::Min(6),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    let i = &run.info;
    let status_color = match i.status {
        RunStatus::Running | RunStatus::Scheduled => Color::Yellow,
        RunStatus::Finished => Color::Green,
        _ => Color::Red,
    };
    let end = i.end_time.or_else(|| Some(crate::store::now_ms()));
    let title = Line::from(vec![
        Span::styled(
            crate::output::sanitize_multiline(&i.run_name),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Span::raw(format!(" {}  ", i.run_id)),
        Span::styled(i.status.as_str(), Style::default().fg(status_color)),
        Span::raw(format!("  {}", crate::output::duration(i.start_time, end))),
    ]);
    frame.render_widget(Paragraph::new(title), head);
    render_metrics(frame, watch, table);
    let keys = watch.chart_keys();
    let mut series: Vec<Series> = keys
        .iter()
        .map(|k| Series {
            run_id: i.run_id.clone(),
            key: k.clone(),
            label: k.clone(),
            points: watch
                .series
                .get(k)
                .map(|p| xy(p, XAxis::Step))
                .unwrap_or_default(),
        })
        .collect();
    fit(&mut series, term::columns(chart.width));
    let spec = ChartSpec {
        series,
        x: XAxis::Step,
        log_y: false,
        y_title: match keys.as_slice() {
            [k] => k.clone(),
            _ => "value".into(),
        },
    };
    term::render(&spec, chart, frame.buffer_mut());
    frame.render_widget(
        Paragraph::new(footer.to_string()).style(Style::default().fg(Color::DarkGray)),
        foot,
    );
}

/// One line per latest metric: key, value, step and a sparkline of its history.
fn render_metrics(frame: &mut Frame, watch: &Watch, area: Rect) {
    let block = Block::default()
        .borders(Borders::TOP | Borders::BOTTOM)
        .title(" metrics ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(run) = &watch.run else { return };
    let mut metrics: Vec<_> = run.data.metrics.iter().collect();
    metrics.sort_by(|a, b| a.key.cmp(&b.key));
    let key_width = metrics
        .iter()
        .map(|m| m.key.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(4, 32) as u16;
    for (row, m) in metrics.iter().take(MAX_ROWS).enumerate() {
        let y = inner.y + row as u16;
        if y >= inner.bottom() {
            break;
        }
        let [k, v, s, spark] = Layout::horizontal([
            Constraint::Length(key_width + 2),
            Constraint::Length(14),
            Constraint::Length(14),
            Constraint::Min(0),
        ])
        .areas(Rect::new(inner.x, y, inner.width, 1));
        let key = crate::output::sanitize_multiline(&m.key);
        frame.render_widget(Paragraph::new(key), k);
        frame.render_widget(Paragraph::new(short(m.value)), v);
        frame.render_widget(Paragraph::new(format!("step {}", m.step)), s);
        if let Some(points) = watch.series.get(&m.key) {
            let data = sparkline(points, usize::from(spark.width));
            frame.render_widget(
                Sparkline::default()
                    .data(&data)
                    .style(Style::default().fg(Color::Cyan)),
                spark,
            );
        }
    }
}

/// A value in at most 12 characters: six significant digits, or scientific notation.
pub fn short(v: f64) -> String {
    if !v.is_finite() {
        return crate::float::display(v);
    }
    if v != 0.0 && !(1e-4..1e7).contains(&v.abs()) {
        return format!("{v:.4e}");
    }
    let decimals = (5 - v.abs().log10().floor().max(0.0) as i32).clamp(0, 9) as usize;
    let decimals = if v.abs() < 1.0 && v != 0.0 {
        (5 - v.abs().log10().floor() as i32).clamp(0, 9) as usize
    } else {
        decimals
    };
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The last `width` values of a history scaled to 1..=100 for a sparkline (NaN as 0).
pub fn sparkline(points: &[crate::model::Point], width: usize) -> Vec<u64> {
    let tail = &points[points.len().saturating_sub(width)..];
    let finite = tail.iter().map(|p| p.value).filter(|v| v.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    tail.iter()
        .map(|p| match p.value {
            v if !v.is_finite() => 0,
            _ if hi <= lo => 50,
            v => 1 + ((v - lo) / (hi - lo) * 99.0).round() as u64,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Metric, Point, Run};
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    #[test]
    fn the_view_of_a_run() {
        let mut run = Run::for_test("0123456789abcdef0123456789abcdef", "train");
        run.info.status = RunStatus::Finished;
        run.info.start_time = Some(1_700_000_000_000);
        run.info.end_time = Some(1_700_000_083_000);
        let mut watch = Watch::new(&run.info.run_id, vec!["loss".into()], true);
        for (key, f) in [("loss", 1.0), ("acc", -1.0)] {
            let points: Vec<Point> = (0..50)
                .map(|i| Point {
                    step: i,
                    timestamp: 1_700_000_000_000 + i * 1000,
                    value: 0.5 + f * 0.5 / (1.0 + i as f64 * 0.1),
                })
                .collect();
            let last = points[points.len() - 1];
            run.data.metrics.push(Metric {
                key: key.into(),
                value: last.value,
                timestamp: last.timestamp,
                step: last.step,
                ..Default::default()
            });
            watch.series.insert(key.into(), points);
        }
        watch.run = Some(run);
        let mut terminal = Terminal::new(TestBackend::new(70, 20)).unwrap();
        terminal
            .draw(|f| render(f, &watch, "refreshed 12:00:00 · every 2s · q quits"))
            .unwrap();
        insta::assert_snapshot!(super::super::text::plain(terminal.backend().buffer()));
    }

    #[test]
    fn sparklines_scale_to_their_range() {
        let p = |v| Point {
            step: 0,
            timestamp: 0,
            value: v,
        };
        let points = [p(1.0), p(f64::NAN), p(3.0), p(2.0)];
        assert_eq!(sparkline(&points, 3), [0, 100, 1]);
        assert_eq!(sparkline(&points, 10), [1, 0, 100, 51]);
        assert_eq!(short(0.090909090909), "0.0909091");
        assert_eq!(short(1234.56789), "1234.57");
        assert_eq!(short(3.0), "3");
        assert_eq!(short(1e-7), "1.0000e-7");
    }
}
