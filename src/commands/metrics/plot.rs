//! `mlf metrics plot`: a chart of metric histories in the terminal, or as SVG/PNG files.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::commands::{find_experiment_by_word, resolve_run_id};
use crate::context::Ctx;
use crate::error::{CliError, FAILURE};
use crate::model::Run;
use crate::ops::plot::{self as ops, Series, XAxis};
use crate::plot::{file, term, text, ChartSpec};
use crate::store::{RunQuery, Store};

/// The most runs a `--filter` plots (the newest first).
const MAX_FILTER_RUNS: usize = 20;

/// Draw a chart of metric histories
///
/// In the terminal at its size (braille lines, ticked axes, a legend; NaN values leave
/// gaps), or written as an SVG or PNG file (1000×600) for CI reports. Long histories are
/// cut to the first, lowest, highest and last value of each column, so a million points draw
/// at once and spikes stay visible. With --filter, the runs a `runs search` with that filter
/// finds are plotted (the 20 newest).
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf metrics plot --run-id $RUN --key loss --key val_loss\n  \
    mlf metrics plot --run-id $A --run-id $B --key val_loss --log-y\n  \
    mlf metrics plot --filter \"params.model = 'cnn'\" fraud-detection --key val_loss --svg val_loss.svg\n  \
    mlf metrics plot --key loss --x relative --png loss.png"
)]
pub struct PlotArgs {
    /// Run to plot (can be repeated) [env: MLFLOW_RUN_ID]
    #[arg(long = "run-id", value_name = "ID")]
    run_ids: Vec<String>,
    /// Metric key to plot (can be repeated)
    #[arg(long = "key", value_name = "KEY", required = true)]
    keys: Vec<String>,
    /// Plot the runs this MLflow filter selects, e.g. "params.model = 'cnn'"
    #[arg(long, value_name = "FILTER", conflicts_with = "run_ids")]
    filter: Option<String>,
    /// Experiments (names or ids) --filter searches [default: every active experiment]
    #[arg(value_name = "EXPERIMENT", requires = "filter")]
    experiments: Vec<String>,
    /// What the x axis shows
    #[arg(long, value_enum, default_value = "step")]
    x: XArg,
    /// Logarithmic y axis (values that are not positive are left out)
    #[arg(long)]
    log_y: bool,
    /// Write the chart as SVG to FILE
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// Write the chart as PNG to FILE
    #[arg(long, value_name = "FILE")]
    png: Option<PathBuf>,
}

/// The values of `--x`.
#[derive(ValueEnum, Debug, Clone, Copy)]
enum XArg {
    /// The step of each point
    Step,
    /// Wall-clock time (UTC)
    Time,
    /// Seconds since the first point of each line
    Relative,
}

pub(super) fn plot(ctx: &Ctx, args: PlotArgs) -> anyhow::Result<()> {
    let to_file = args.svg.is_some() || args.png.is_some();
    // Before the store is opened: escape codes never go into a pipe.
    if !to_file && !std::io::stdout().is_terminal() {
        return Err(
            CliError::usage("`metrics plot` draws on a terminal, and stdout is not one")
                .with_hint("write a file instead with --svg FILE or --png FILE")
                .into(),
        );
    }
    let x = match args.x {
        XArg::Step => XAxis::Step,
        XArg::Time => XAxis::Time,
        XArg::Relative => XAxis::Relative,
    };
    let store = ctx.store()?;
    let runs = select_runs(ctx, store, &args)?;
    let mut series = ops::load(store, &runs, &args.keys, x)?;
    if series.iter().all(|s| s.points.is_empty()) {
        return Err(CliError {
            code: FAILURE,
            message: "nothing to plot: no run has values of the keys given".into(),
            hint: Some("`mlf metrics list --run-id ID` shows a run's keys".into()),
        }
        .into());
    }
    for s in series.iter().filter(|s| s.points.is_empty()) {
        ctx.out
            .warn(&format!("run `{}` has no values of `{}`", s.run_id, s.key));
    }
    if args.log_y {
        for s in &mut series {
            ops::log_y(&mut s.points);
        }
    }
    let y_title = match args.keys.as_slice() {
        [key] => key.clone(),
        _ => "value".to_string(),
    };
    let chart = |series: Vec<Series>| ChartSpec {
        series,
        x,
        log_y: args.log_y,
        y_title: y_title.clone(),
    };
    if to_file {
        let mut cut = series;
        ops::fit(&mut cut, file::columns(file::WIDTH));
        let spec = chart(cut);
        if let Some(path) = &args.svg {
            let svg = file::svg(&spec, file::WIDTH, file::HEIGHT).map_err(draw_error)?;
            write(path, svg.as_bytes())?;
            ctx.out.status(&format!("Wrote {}", path.display()));
        }
        if let Some(path) = &args.png {
            let png = file::png(&spec, file::WIDTH, file::HEIGHT).map_err(draw_error)?;
            write(path, &png)?;
            ctx.out.status(&format!("Wrote {}", path.display()));
        }
        return Ok(());
    }
    let (width, height) = terminal_area();
    ops::fit(&mut series, term::columns(width));
    let spec = chart(series);
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    term::render(&spec, area, &mut buf);
    let drawn = if ctx.out.color() {
        text::colored(&buf)
    } else {
        text::plain(&buf)
    };
    Ok(ctx.out.write(&drawn)?)
}

/// Returns the runs named by `--run-id` (or `MLFLOW_RUN_ID`), or those `--filter` finds.
fn select_runs(ctx: &Ctx, store: &dyn Store, args: &PlotArgs) -> anyhow::Result<Vec<Run>> {
    let Some(filter) = &args.filter else {
        let ids = if args.run_ids.is_empty() {
            vec![resolve_run_id(None, None)?]
        } else {
            args.run_ids.clone()
        };
        return Ok(ids
            .iter()
            .map(|id| store.get_run(id))
            .collect::<Result<_, _>>()?);
    };
    let experiment_ids = if args.experiments.is_empty() {
        let (exps, _) = crate::commands::collect_pages(usize::MAX, None, |n, token| {
            store.search_experiments(&crate::store::ExperimentQuery {
                max_results: n,
                page_token: token,
                ..Default::default()
            })
        })?;
        exps.into_iter().map(|e| e.experiment_id).collect()
    } else {
        args.experiments
            .iter()
            .map(|w| find_experiment_by_word(store, w).map(|e| e.experiment_id))
            .collect::<Result<Vec<_>, _>>()?
    };
    let page = store.search_runs(&RunQuery {
        experiment_ids,
        filter: Some(filter.clone()),
        max_results: MAX_FILTER_RUNS + 1,
        ..Default::default()
    })?;
    let mut runs = page.items;
    if runs.is_empty() {
        return Err(CliError {
            code: FAILURE,
            message: "nothing to plot: the filter selects no runs".into(),
            hint: None,
        }
        .into());
    }
    if runs.len() > MAX_FILTER_RUNS {
        runs.truncate(MAX_FILTER_RUNS);
        ctx.out.warn(&format!(
            "the filter selects more than {MAX_FILTER_RUNS} runs; plotting the {MAX_FILTER_RUNS} newest"
        ));
    }
    Ok(runs)
}

/// Returns the size of the chart in the terminal: its width and height less a line for
/// the prompt, else `$COLUMNS` and `$LINES`, else 80×24.
fn terminal_area() -> (u16, u16) {
    let (w, h) = terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, h)| (usize::from(w.0), usize::from(h.0)))
        .unwrap_or((0, 0));
    let w = if w >= 20 {
        w
    } else {
        crate::env::columns().unwrap_or(80)
    };
    let h = if h >= 5 {
        h
    } else {
        crate::env::lines().unwrap_or(24)
    };
    (
        w.min(1000) as u16,
        (h.saturating_sub(1)).clamp(4, 500) as u16,
    )
}

fn draw_error(message: String) -> anyhow::Error {
    anyhow::anyhow!("could not draw the chart: {message}")
}

fn write(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes)
        .map_err(|e| anyhow::anyhow!("could not write `{}`: {e}", path.display()))
}
