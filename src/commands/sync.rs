//! `mlf sync`: copy experiments and runs from one store into another, idempotently.

use clap::Args;

use crate::context::Ctx;
use crate::error::CliError;
use crate::model::ViewType;
use crate::ops::sync::{Event, SyncOptions};
use crate::output::OutputFormat;
use crate::store::uri::TrackingUri;

/// Copy runs between any two stores, idempotently
///
/// Copies experiments (matched by name at the destination, created when missing, with their
/// tags) and their runs: name, status, times, user, lifecycle stage, params, tags, every metric
/// point, dataset inputs and artifacts. Any store to any store: SQLite, file stores, servers.
/// A run copied once is recognised (same id where the destination keeps ids, else by the tag
/// `mlf.sync.source_run_id`), and a second sync copies only what is new since; an interrupted
/// sync, run again, ends as an uninterrupted one. `mlflow.parentRunId` is rewritten to the
/// parent's copy.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf sync --from ./mlflow.db --to https://tracking.example.com\n  mlf sync --from http://old:5000 --to http://new:5000 --view all\n  mlf sync --from sqlite:///node.db --to sqlite:///all.db --experiment-name train --dry-run"
)]
pub struct SyncArgs {
    /// The store to copy from (any tracking URI)
    #[arg(long, value_name = "URI")]
    from: String,
    /// The store to copy into (any tracking URI)
    #[arg(long, value_name = "URI")]
    to: String,
    /// Only this experiment (repeatable)
    #[arg(long, value_name = "ID")]
    experiment_id: Vec<String>,
    /// Only the experiment of this name (repeatable)
    #[arg(long, value_name = "NAME")]
    experiment_name: Vec<String>,
    /// Only runs matching this search filter
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Only this run (repeatable)
    #[arg(long, value_name = "ID")]
    run_id: Vec<String>,
    /// Which runs by lifecycle stage
    #[arg(long, default_value = "active", value_parser = crate::commands::view_parser())]
    view: ViewType,
    /// Leave artifacts out
    #[arg(long)]
    no_artifacts: bool,
    /// Say what would be copied, copy nothing
    #[arg(long)]
    dry_run: bool,
    /// Runs copied at once
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    jobs: u16,
}

/// Runs `mlf sync`.
pub fn run(ctx: &Ctx, args: SyncArgs) -> anyhow::Result<()> {
    let from = TrackingUri::parse(&args.from, &ctx.cwd)?;
    let to = TrackingUri::parse(&args.to, &ctx.cwd)?;
    if from == to {
        return Err(
            CliError::usage(format!("--from and --to are the same store (`{from}`)")).into(),
        );
    }
    let src = crate::store::open(&from, ctx.connect_as_configured(&from))?;
    let dst = crate::store::open(&to, ctx.connect_as_configured(&to))?;
    let opts = SyncOptions {
        experiment_ids: args.experiment_id,
        experiment_names: args.experiment_name,
        filter: args.filter,
        run_ids: args.run_id,
        view: args.view,
        artifacts: !args.no_artifacts,
        dry_run: args.dry_run,
        jobs: usize::from(args.jobs),
    };
    let bar = ctx.out.progress("Syncing");
    bar.set_style(
        indicatif::ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} runs {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let warn = ctx.out.warn_sink();
    let bytes = std::sync::atomic::AtomicU64::new(0);
    let events = |e: Event<'_>| match e {
        Event::Runs(n) => bar.inc_length(n),
        Event::RunDone => bar.inc(1),
        Event::Bytes(n) => {
            let total = bytes.fetch_add(n, std::sync::atomic::Ordering::Relaxed) + n;
            bar.set_message(format!("{total} artifact bytes"));
        }
        Event::Warning(w) => bar.suspend(|| warn(w)),
    };
    let result = crate::ops::sync::sync(src.as_ref(), dst.as_ref(), &opts, &events);
    bar.finish_and_clear();
    let n = result?;
    ctx.out.status(&format!(
        "{}{} experiment(s) created, {} run(s) created, {} updated, {} unchanged; {} metric \
         point(s), {} artifact file(s) ({} bytes) {} from `{from}` to `{to}`",
        if opts.dry_run {
            "Dry run, nothing written: "
        } else {
            ""
        },
        n.experiments_created,
        n.runs_created,
        n.runs_updated,
        n.runs_unchanged,
        n.metric_points,
        n.artifact_files,
        n.artifact_bytes,
        if opts.dry_run { "to copy" } else { "copied" },
    ));
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&n);
    }
    let value = serde_json::to_value(&n)?;
    let rows: Vec<Vec<String>> = value
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| vec![k.clone(), v.to_string()])
                .collect()
        })
        .unwrap_or_default();
    ctx.out.rows(&["synced".into(), "count".into()], &rows)
}
