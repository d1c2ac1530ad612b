//! `mlf runs watch`: a live view of a run until it ends, or one line per refresh off a
//! terminal.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::json;

use crate::commands::{find_experiment_by_word, resolve_run_id};
use crate::context::Ctx;
use crate::error::{CliError, ExitWith, INTERRUPTED};
use crate::model::RunStatus;
use crate::ops::watch::{self, Watch};
use crate::output::OutputFormat;
use crate::store::{RunQuery, Store, StoreError};

/// Watch a run live: status, latest metrics with sparklines, a chart
///
/// Refreshes every --interval seconds until the run ends, then exits 0 if it FINISHED and 1
/// if it FAILED or was KILLED; `q` (or Esc) leaves with 0, Ctrl-C with 130. Given an
/// experiment, its newest running run (else its newest run) is watched, once it has one.
/// Each refresh reads
/// the run, and then only the new points of metrics whose latest value changed. Off a
/// terminal (or with -o json), one line per refresh is printed instead (-o json: one JSON object per line,
/// {"run_id", "status", "start_time", "end_time", "metrics": [{key, value, timestamp, step}]}).
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf runs watch $RUN --key loss --key val_loss\n  \
    mlf runs watch fraud-detection --interval 5\n  \
    mlf runs watch --run-id $RUN -o json | jq -c '.metrics'"
)]
pub struct WatchArgs {
    /// Run id, or an experiment (name or id) whose newest run to watch
    #[arg(value_name = "RUN_ID|EXPERIMENT")]
    target: Option<String>,
    /// Run id [env: MLFLOW_RUN_ID]
    #[arg(long, value_name = "ID", conflicts_with = "target")]
    run_id: Option<String>,
    /// Metric to chart (can be repeated) [default: the first four keys]
    #[arg(long = "key", value_name = "KEY")]
    keys: Vec<String>,
    /// Seconds between refreshes
    #[arg(long, default_value_t = 2.0, value_name = "SECONDS")]
    interval: f64,
}

pub(super) fn watch(ctx: &Ctx, args: WatchArgs) -> anyhow::Result<()> {
    if !(args.interval.is_finite() && args.interval >= 0.05) {
        return Err(CliError::usage("--interval must be at least 0.05 seconds").into());
    }
    let interval = Duration::from_secs_f64(args.interval);
    let store = ctx.store()?;
    let run_id = target_run(ctx, store, &args, interval)?;
    // `-o json` is one object per refresh, on a terminal too.
    let tui = ctx.out.format == OutputFormat::Table
        && std::io::stdout().is_terminal()
        && std::io::stdin().is_terminal();
    let mut w = Watch::new(&run_id, args.keys.clone(), tui);
    let status = if tui {
        super::watch_tui::run(store, &mut w, interval, args.interval)?
    } else {
        lines(ctx, store, &mut w, interval)?
    };
    match status {
        Some(status) => {
            let code = watch::exit_code(status);
            ctx.out
                .status(&format!("Run `{run_id}` ended {}", status.as_str()));
            if code == 0 {
                Ok(())
            } else {
                Err(ExitWith(code).into())
            }
        }
        None => Ok(()),
    }
}

/// Off a terminal: one line per refresh until the run ends; returns its status.
fn lines(
    ctx: &Ctx,
    store: &dyn Store,
    w: &mut Watch,
    interval: Duration,
) -> anyhow::Result<Option<RunStatus>> {
    loop {
        let started = Instant::now();
        w.refresh(store)?;
        let run = w.run.as_ref().expect("refresh sets the run");
        if ctx.out.format == OutputFormat::Json {
            let i = &run.info;
            let mut line = json!({"run_id": i.run_id, "status": i.status.as_str()});
            if let Some(t) = i.start_time {
                line["start_time"] = json!(t);
            }
            if let Some(t) = i.end_time {
                line["end_time"] = json!(t);
            }
            line["metrics"] = json!(shown(run, &w.keys));
            ctx.out.line(&serde_json::to_string(&line)?)?;
        } else {
            ctx.out.line(&line(run, &w.keys))?;
        }
        if let Some(status) = w.ended() {
            return Ok(Some(status));
        }
        std::thread::sleep(interval.saturating_sub(started.elapsed()));
    }
}

/// The latest metrics a line shows: the chosen keys, else all, in key order.
fn shown<'a>(run: &'a crate::model::Run, keys: &[String]) -> Vec<&'a crate::model::Metric> {
    let mut m: Vec<_> = run
        .data
        .metrics
        .iter()
        .filter(|m| keys.is_empty() || keys.contains(&m.key))
        .collect();
    m.sort_by(|a, b| a.key.cmp(&b.key));
    m
}

/// One refresh as text: time, status, duration, then `key=value` with the latest step.
fn line(run: &crate::model::Run, keys: &[String]) -> String {
    let i = &run.info;
    let now = crate::store::now_ms();
    let mut text = format!(
        "{} {} {}",
        crate::output::time(Some(now)),
        i.status.as_str(),
        crate::output::duration(i.start_time, i.end_time.or(Some(now)))
    );
    let metrics = shown(run, keys);
    for m in &metrics {
        text.push_str(&format!(
            " {}={}",
            crate::output::sanitize_multiline(&m.key),
            crate::float::display(m.value)
        ));
    }
    if let Some(step) = metrics.iter().map(|m| m.step).max() {
        text.push_str(&format!(" (step {step})"));
    }
    text
}

/// Returns the run to watch: `--run-id`, a run id given positionally, the newest run of an
/// experiment given positionally (waiting, a search per interval, for its first run if it
/// has none yet: the watch can be started before the job), or `MLFLOW_RUN_ID`.
fn target_run(
    ctx: &Ctx,
    store: &dyn Store,
    args: &WatchArgs,
    interval: Duration,
) -> anyhow::Result<String> {
    let Some(word) = &args.target else {
        return Ok(resolve_run_id(args.run_id.as_deref(), None)?);
    };
    match store.get_run(word) {
        Ok(run) => return Ok(run.info.run_id),
        Err(StoreError::NotFound { .. } | StoreError::Invalid(_)) => {}
        Err(e) => return Err(e.into()),
    }
    let exp = find_experiment_by_word(store, word).map_err(|e| match e {
        StoreError::NotFound { kind, .. } => StoreError::NotFound {
            kind,
            message: format!("no run or experiment `{}`", crate::error::cut(word)),
        },
        e => e,
    })?;
    let mut waiting = false;
    loop {
        for filter in [Some("attributes.status = 'RUNNING'"), None] {
            let page = store.search_runs(&RunQuery {
                experiment_ids: vec![exp.experiment_id.clone()],
                filter: filter.map(String::from),
                order_by: vec!["attributes.start_time DESC".into()],
                max_results: 1,
                ..Default::default()
            })?;
            if let Some(run) = page.items.into_iter().next() {
                return Ok(run.info.run_id);
            }
        }
        if !waiting {
            ctx.out.status(&format!(
                "Experiment `{}` has no runs yet; waiting for its first (Ctrl-C to stop)",
                exp.name
            ));
            waiting = true;
        }
        std::thread::sleep(interval);
    }
}

/// The exit code of leaving with Ctrl-C.
pub(super) const CTRL_C: u8 = INTERRUPTED;
