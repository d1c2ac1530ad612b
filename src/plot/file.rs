//! A chart as a file: SVG (text stays text) or PNG (drawn with an embedded font, so no
//! system fonts are needed), through plotters.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{segments, ChartSpec, PALETTE};

/// Width of a chart file in pixels.
pub const WIDTH: u32 = 1000;
/// Height of a chart file in pixels.
pub const HEIGHT: u32 = 600;

/// DejaVu Sans cut to ASCII (assets/FONT-LICENSE.txt): 20 kB for the text of PNG charts.
static FONT: &[u8] = include_bytes!("../../assets/DejaVuSans-ascii.ttf");

/// Returns the number of data columns of a chart file, to cut the series to.
pub fn columns(width: u32) -> usize {
    width as usize
}

fn register_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The font is part of the binary; a failure would show in every test.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, FONT);
    });
}

/// Returns the chart as an SVG document.
pub fn svg(spec: &ChartSpec, width: u32, height: u32) -> Result<String, String> {
    register_font();
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, (width, height)).into_drawing_area();
        draw(spec, &root)?;
    }
    Ok(text)
}

/// Returns the chart as a PNG image.
pub fn png(spec: &ChartSpec, width: u32, height: u32) -> Result<Vec<u8>, String> {
    register_font();
    let mut pixels = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
        draw(spec, &root)?;
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(&pixels)
            .map_err(|e| e.to_string())?;
    }
    Ok(out)
}

fn draw<DB: DrawingBackend>(spec: &ChartSpec, root: &DrawingArea<DB, Shift>) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let e = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    root.fill(&WHITE).map_err(e)?;
    let Some((x, y)) = spec.axes(8, 6) else {
        root.draw(&Text::new(
            "no points to draw",
            (20, 20),
            ("sans-serif", 16),
        ))
        .map_err(e)?;
        return root.present().map_err(e);
    };
    let (x_step, y_step) = (x.step(), y.step());
    let mut chart = ChartBuilder::on(root)
        .margin(20)
        .x_label_area_size(45)
        .y_label_area_size(70)
        .build_cartesian_2d(x.min..x.max, y.min..y.max)
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_labels(x.ticks.len())
        .y_labels(y.ticks.len())
        .x_desc(spec.x.title())
        .y_desc(spec.y_title.as_str())
        .x_label_formatter(&|v| spec.x_label(*v, x_step))
        .y_label_formatter(&|v| spec.y_label(*v, y_step))
        .label_style(("sans-serif", 14))
        .axis_desc_style(("sans-serif", 15))
        .max_light_lines(0)
        .draw()
        .map_err(e)?;
    for (i, s) in spec.series.iter().enumerate() {
        let (r, g, b) = PALETTE[i % PALETTE.len()];
        let color = RGBColor(r, g, b);
        let parts = segments(&s.points);
        let mut named = false;
        for part in &parts {
            let drawn = if part.len() == 1 {
                chart
                    .draw_series(std::iter::once(Circle::new(part[0], 2, color.filled())))
                    .map_err(e)?
            } else {
                chart
                    .draw_series(LineSeries::new(part.iter().copied(), color.stroke_width(2)))
                    .map_err(e)?
            };
            if !named {
                drawn.label(s.label.as_str()).legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
                });
                named = true;
            }
        }
        if !named {
            chart
                .draw_series(LineSeries::new(std::iter::empty(), color.stroke_width(2)))
                .map_err(e)?
                .label(s.label.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color));
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font(("sans-serif", 14))
        .draw()
        .map_err(e)?;
    root.present().map_err(e)
}
