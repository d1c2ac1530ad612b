//! A chart in a terminal: ratatui's `Chart` with braille lines, ticked axes and a legend.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis as TAxis, Chart, Dataset, GraphType, LegendPosition, Widget};

use super::{segments, ChartSpec, PALETTE};

/// Returns the number of data columns a chart in a terminal `width` cells wide has (two
/// braille dots per cell), to cut the series to.
pub fn columns(width: u16) -> usize {
    usize::from(width.saturating_sub(10)).max(1) * 2
}

/// Returns the colour of the `i`-th series.
pub fn color(i: usize) -> Color {
    let (r, g, b) = PALETTE[i % PALETTE.len()];
    Color::Rgb(r, g, b)
}

/// Draws the chart into `area` of `buf`; a chart with nothing to draw says so.
pub fn render(spec: &ChartSpec, area: Rect, buf: &mut Buffer) {
    let x_ticks = usize::from(area.width / 14).clamp(2, 8);
    let y_ticks = usize::from(area.height / 4).clamp(2, 8);
    let Some((x, y)) = spec.axes(x_ticks, y_ticks) else {
        Line::from("no points to draw").render(area, buf);
        return;
    };
    let segs: Vec<Vec<&[(f64, f64)]>> = spec.series.iter().map(|s| segments(&s.points)).collect();
    let mut datasets = Vec::new();
    for (i, (parts, s)) in segs.iter().zip(&spec.series).enumerate() {
        let label = &s.label;
        let style = Style::default().fg(color(i));
        if parts.is_empty() {
            // Still in the legend, so a series without points is seen to be missing.
            datasets.push(Dataset::default().name(label.to_string()).style(style));
        }
        for (j, part) in parts.iter().enumerate() {
            let kind = if part.len() == 1 {
                GraphType::Scatter
            } else {
                GraphType::Line
            };
            let mut d = Dataset::default()
                .marker(Marker::Braille)
                .graph_type(kind)
                .style(style)
                .data(part);
            if j == 0 {
                d = d.name(label.to_string());
            }
            datasets.push(d);
        }
    }
    let labels = |axis: &super::Axis, f: &dyn Fn(f64, f64) -> String| -> Vec<Line<'static>> {
        axis.ticks
            .iter()
            .map(|v| Line::from(f(*v, axis.step())))
            .collect()
    };
    let gray = Style::default().fg(Color::Gray);
    let chart = Chart::new(datasets)
        .x_axis(
            TAxis::default()
                .title(spec.x.title())
                .style(gray)
                .bounds([x.min, x.max])
                .labels(labels(&x, &|v, s| spec.x_label(v, s))),
        )
        .y_axis(
            TAxis::default()
                .title(spec.y_title.clone())
                .style(gray)
                .bounds([y.min, y.max])
                .labels(labels(&y, &|v, s| spec.y_label(v, s))),
        )
        .legend_position(Some(LegendPosition::TopRight))
        .hidden_legend_constraints((Constraint::Ratio(1, 1), Constraint::Ratio(1, 1)));
    chart.render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::plot::{Series, XAxis};
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn spec(log_y: bool) -> ChartSpec {
        let loss: Vec<(f64, f64)> = (0..=40)
            .map(|i| {
                (
                    i as f64,
                    if i == 20 {
                        f64::NAN
                    } else {
                        1.0 / (1.0 + i as f64 * 0.2)
                    },
                )
            })
            .collect();
        let acc: Vec<(f64, f64)> = (0..=40)
            .map(|i| (i as f64, 0.05 + i as f64 * 0.02))
            .collect();
        ChartSpec {
            series: vec![
                Series {
                    run_id: "r".into(),
                    key: "loss".into(),
                    label: "loss".into(),
                    points: loss,
                },
                Series {
                    run_id: "r".into(),
                    key: "acc".into(),
                    label: "acc".into(),
                    points: acc,
                },
            ],
            x: XAxis::Step,
            log_y,
            y_title: "value".into(),
        }
    }

    fn draw(spec: &ChartSpec, w: u16, h: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| render(spec, f.area(), f.buffer_mut()))
            .unwrap();
        super::super::text::plain(terminal.backend().buffer())
    }

    #[test]
    fn a_chart_in_a_terminal() {
        insta::assert_snapshot!(draw(&spec(false), 60, 16));
    }

    #[test]
    fn a_log_scale_chart() {
        let mut s = spec(true);
        for series in &mut s.series {
            crate::ops::plot::log_y(&mut series.points);
        }
        insta::assert_snapshot!(draw(&s, 60, 16));
    }

    #[test]
    fn nothing_to_draw() {
        let mut s = spec(false);
        s.series.iter_mut().for_each(|s| s.points.clear());
        assert_eq!(draw(&s, 20, 1).trim_end(), "no points to draw");
    }
}
