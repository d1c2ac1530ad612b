//! `mlf metrics …`: logging and reading here, charts in `plot`.

mod plot;

use std::io::BufReader;

use clap::{Args, Subcommand};
use serde_json::json;

use super::experiments::empty;
use super::{split_kv, RunIdArg};
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::Metric;
use crate::ops::bulk::{self, MetricReader};
use crate::output;
use crate::output::OutputFormat;
use crate::store::{now_ms, MAX_BATCH_METRICS};

/// Log and read metrics
#[derive(Subcommand, Debug)]
pub enum MetricsCommand {
    Log(LogArgs),
    History(HistoryArgs),
    List(ListArgs),
    Plot(plot::PlotArgs),
}

/// Runs a metrics command.
pub fn run(ctx: &Ctx, cmd: MetricsCommand) -> anyhow::Result<()> {
    match cmd {
        MetricsCommand::Log(a) => log(ctx, a),
        MetricsCommand::History(a) => history(ctx, a),
        MetricsCommand::List(a) => list(ctx, a),
        MetricsCommand::Plot(a) => plot::plot(ctx, a),
    }
}

/// Log metric values to a run
///
/// Values are 64-bit floats (nan, inf and -inf included); steps are 64-bit integers and may
/// be negative, out of order or have gaps. With --file, points are read in bulk from JSON
/// lines ({"key", "value", "step", "timestamp"}) or CSV with a header row (key, value and
/// optionally step, timestamp) and sent in batches; on a local store a bad line leaves
/// nothing written.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf metrics log --run-id $RUN acc=0.91 loss=0.23 --step 3\n  \
    mlf metrics log --run-id $RUN --file points.jsonl\n  \
    python train.py | mlf metrics log --run-id $RUN --file - --format csv"
)]
pub struct LogArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// Metrics to log, KEY=VALUE
    #[arg(
        value_name = "KEY=VALUE",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    metrics: Vec<String>,
    /// Step of the values
    #[arg(
        long,
        default_value_t = 0,
        allow_negative_numbers = true,
        value_name = "N"
    )]
    step: i64,
    /// Timestamp in milliseconds since the epoch [default: now]
    #[arg(long, allow_negative_numbers = true, value_name = "MS")]
    timestamp: Option<i64>,
    /// Read points from a file, or `-` for stdin
    #[arg(long, value_name = "PATH")]
    file: Option<String>,
    /// Format of --file [default: detected: `{` first means jsonl]
    #[arg(long, requires = "file", value_parser = format_parser())]
    format: Option<bulk::Format>,
    #[command(flatten)]
    link: ModelLink,
}

/// The logged model and dataset metric values belong to (MLflow 3).
#[derive(Args, Debug)]
pub struct ModelLink {
    /// Logged model the values belong to: they are also recorded as the model's metrics, and
    /// the model becomes an input of the run unless it is already one of its inputs or outputs
    #[arg(long, value_name = "ID", conflicts_with = "file")]
    model_id: Option<String>,
    /// Name of the dataset the values were measured on (with --dataset-digest)
    #[arg(
        long,
        value_name = "NAME",
        requires = "dataset_digest",
        conflicts_with = "file"
    )]
    dataset_name: Option<String>,
    /// Digest of that dataset
    #[arg(
        long,
        value_name = "DIGEST",
        requires = "dataset_name",
        conflicts_with = "file"
    )]
    dataset_digest: Option<String>,
}

/// The values `--format` takes.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = bulk::Format> {
    use clap::builder::PossibleValue;
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new([
        PossibleValue::new("jsonl")
            .help("One JSON object per line: {\"key\", \"value\", \"step\", \"timestamp\"}"),
        PossibleValue::new("csv")
            .help("key,value[,step[,timestamp]], or a header row naming the columns"),
    ])
    .map(|s| bulk::Format::parse(&s).unwrap_or(bulk::Format::Jsonl))
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let LogArgs {
        run,
        metrics,
        step,
        timestamp,
        file,
        format,
        link,
    } = args;
    let timestamp = timestamp.unwrap_or_else(now_ms);
    let run_id = run.id()?;
    if let Some(path) = file {
        return log_file(ctx, &run_id, &path, format, timestamp);
    }
    let points = metrics
        .iter()
        .map(|arg| {
            let (key, value) = split_kv(arg)?;
            let value = bulk::parse_value(&value).map_err(|_| {
                CliError::usage(format!(
                    "invalid value `{value}` for metric `{key}`: not a number"
                ))
            })?;
            Ok(Metric {
                key,
                value,
                timestamp,
                step,
                dataset_name: link.dataset_name.clone(),
                dataset_digest: link.dataset_digest.clone(),
                model_id: link.model_id.clone(),
                ..Default::default()
            })
        })
        .collect::<Result<Vec<_>, CliError>>()?;
    let store = ctx.store()?;
    if let Some(model) = &link.model_id {
        store.get_logged_model(model)?;
    }
    if points.len() <= MAX_BATCH_METRICS {
        store.log_batch(&run_id, &points, &[], &[])?;
    } else {
        let mut batches = points.chunks(MAX_BATCH_METRICS).map(|c| Ok(c.to_vec()));
        store
            .log_metric_stream(&run_id, &mut batches)
            .map_err(|e| e.error)?;
    }
    if let Some(model) = &link.model_id {
        link_model(store, &run_id, model)?;
    }
    ctx.out.status(&format!(
        "Logged {} metric value(s) to run `{}`",
        points.len(),
        run_id
    ));
    empty(ctx)
}

/// Records `model` as an input of the run unless it is already an input or an output, as
/// MLflow's fluent `log_metric(model_id=…)` does.
fn link_model(store: &dyn crate::store::Store, run_id: &str, model: &str) -> anyhow::Result<()> {
    let run = store.get_run(run_id)?;
    let known = run.inputs.model_inputs.iter().any(|m| m.model_id == model)
        || run
            .outputs
            .model_outputs
            .iter()
            .any(|m| m.model_id == model);
    if !known {
        let input = crate::model::ModelInput {
            model_id: model.to_string(),
        };
        store.log_run_inputs(run_id, &[], &[input])?;
    }
    Ok(())
}

fn log_file(
    ctx: &Ctx,
    run_id: &str,
    path: &str,
    format: Option<bulk::Format>,
    ts: i64,
) -> anyhow::Result<()> {
    let input: Box<dyn std::io::BufRead> = if path == "-" {
        Box::new(BufReader::with_capacity(1 << 16, std::io::stdin().lock()))
    } else {
        let f = std::fs::File::open(path)
            .map_err(|e| CliError::usage(format!("could not open `{path}`: {e}")))?;
        Box::new(BufReader::with_capacity(1 << 16, f))
    };
    let reader = MetricReader::new(input, format, ts);
    let store = ctx.store()?;
    // A run that cannot take the points fails before the input is read.
    store.get_run(run_id)?;
    // Every line is read and checked before the first point is stored: a bad line, even the
    // last of a long pipe, leaves nothing written on any store.
    let spilled = crate::ops::ingest::spill(reader).map_err(|e| {
        anyhow::Error::from(e).context(format!(
            "could not log metrics from `{path}` (nothing was logged)"
        ))
    })?;
    let n = match store.log_metric_stream(run_id, &mut spilled.batches()) {
        Ok(n) => n,
        Err(e) => {
            // A server cannot roll back: say what it already holds.
            let kept = if e.stored > 0 {
                format!(" ({} point(s) before the error were logged)", e.stored)
            } else {
                " (nothing was logged)".to_string()
            };
            return Err(anyhow::Error::from(e.error)
                .context(format!("could not log metrics from `{path}`{kept}")));
        }
    };
    ctx.out
        .status(&format!("Logged {n} metric value(s) to run `{run_id}`"));
    empty(ctx)
}

/// Print every logged value of one metric
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf metrics history val_loss --run-id $RUN\n  mlf metrics history --run-id $RUN --key val_loss -o csv"
)]
pub struct HistoryArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// Metric key (or --key KEY)
    #[arg(
        value_name = "KEY",
        conflicts_with = "key",
        required_unless_present = "key"
    )]
    key_word: Option<String>,
    /// Metric key
    #[arg(long, value_name = "KEY")]
    key: Option<String>,
}

fn history(ctx: &Ctx, args: HistoryArgs) -> anyhow::Result<()> {
    let run_id = args.run.id()?;
    let key = args.key_word.or(args.key).unwrap_or_default();
    let points = ctx.store()?.metric_history(&run_id, &key)?;
    if points.is_empty() && ctx.out.format == OutputFormat::Table {
        ctx.out.status(&format!("No values of `{key}` found."));
    }
    print_points(ctx, &points, false)
}

/// Prints metric points: JSON `{"metrics": […]}`, CSV `key,value,step,timestamp`, or a table
/// (with the key column when `with_key`: one row per key).
fn print_points(ctx: &Ctx, points: &[Metric], with_key: bool) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&json!({ "metrics": points }));
    }
    let csv = ctx.out.format == OutputFormat::Csv;
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|m| {
            let value = crate::float::display(m.value);
            let step = m.step.to_string();
            match (csv, with_key) {
                (true, _) => vec![m.key.clone(), value, step, m.timestamp.to_string()],
                (false, true) => vec![m.key.clone(), value, step, output::time(Some(m.timestamp))],
                (false, false) => vec![step, value, output::time(Some(m.timestamp))],
            }
        })
        .collect();
    let headers: &[&str] = match (csv, with_key) {
        (true, _) | (false, true) => &["key", "value", "step", "timestamp"],
        (false, false) => &["step", "value", "timestamp"],
    };
    ctx.out.rows(
        &headers.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        &rows,
    )
}

/// Print a run's latest metrics
///
/// One row per key: its latest value (greatest step, then time), step and time.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf metrics list --run-id $RUN\n  mlf metrics list -o json | jq '.metrics[] | select(.key == \"acc\")'"
)]
pub struct ListArgs {
    #[command(flatten)]
    run: RunIdArg,
}

fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let run = ctx.store()?.get_run(&args.run.id()?)?;
    print_points(ctx, &run.data.metrics, true)
}
