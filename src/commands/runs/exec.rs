//! `mlf runs exec -- CMD`: run any command as an MLflow run.

use clap::Args;

use crate::commands::split_kv;
use crate::context::Ctx;
use crate::env;
use crate::error::{CliError, ExitWith};
use crate::model::{Param, RunStatus};
use crate::ops::exec::{self, ExecSpec};
use crate::store::uri::TrackingUri;

/// Run a command as an MLflow run
///
/// Creates a run (or resumes one with --run-id), logs the --param values, then runs CMD with
/// the run in its environment: MLFLOW_RUN_ID, MLFLOW_EXPERIMENT_ID and an absolute
/// MLFLOW_TRACKING_URI, so that `mlflow.start_run()` in Python or `mlf metrics log` in a shell
/// logs into the same run. The command's stdin, stdout and stderr are its own (a terminal
/// stays a terminal); a copy of stdout and stderr is kept as the artifacts logs/stdout.txt and
/// logs/stderr.txt unless --no-capture. Exit 0 ends the run FINISHED, any other exit FAILED,
/// a signal or an interruption KILLED; mlf exits as the command did (128 + the signal's number
/// for a signal; 127 or 126 when it cannot start). SIGINT, SIGTERM and SIGHUP are passed on.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf runs exec --experiment-name fraud --param lr=0.01 -- python train.py --lr 0.01\n  \
    mlf runs exec -n nightly --system-metrics -- make train && ./deploy.sh\n  \
    mlf runs exec -- sh -c 'for i in 1 2 3; do mlf metrics log loss=0.$i --step $i; done'"
)]
pub struct ExecArgs {
    #[command(flatten)]
    new: super::create::NewRunArgs,
    /// Resume this run instead of creating one (it is set RUNNING again)
    #[arg(long, value_name = "ID", conflicts_with_all = ["experiment_id", "experiment_name", "run_name", "parent_run_id"])]
    run_id: Option<String>,
    /// Param to log before the command starts, KEY=VALUE (can be repeated)
    #[arg(long = "param", value_name = "KEY=VALUE")]
    params: Vec<String>,
    /// Keep no copy of the command's output
    #[arg(long)]
    no_capture: bool,
    /// Log system metrics (CPU, memory, disk, network) while the command runs [env:
    /// MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING]
    #[arg(long)]
    system_metrics: bool,
    /// Seconds between system-metric samples [env: MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL] [default: 10]
    #[arg(long, value_name = "SECONDS")]
    sampling_interval: Option<f64>,
    /// The command and its arguments
    #[arg(last = true, required = true, value_name = "CMD")]
    command: Vec<String>,
}

pub(super) fn exec(ctx: &Ctx, args: ExecArgs) -> anyhow::Result<()> {
    let mut params = args
        .params
        .iter()
        .map(|a| split_kv(a).map(|(key, value)| Param { key, value }))
        .collect::<Result<Vec<_>, _>>()?;
    crate::commands::truncate_values(
        &ctx.out,
        "param",
        crate::store::validate::MAX_PARAM_VALUE_LEN,
        params.iter_mut().map(|p| (p.key.as_str(), &mut p.value)),
    );
    let system = env::bool_var(env::MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING)
        .map_err(CliError::usage)?
        .unwrap_or(false);
    let interval = match args.sampling_interval {
        Some(s) => Some(s),
        None => env::var(env::MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL)
            .map(|v| {
                v.trim().parse::<f64>().map_err(|_| {
                    CliError::usage(format!(
                        "invalid {} `{v}`: expected seconds",
                        env::MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL
                    ))
                })
            })
            .transpose()?,
    }
    .unwrap_or(10.0);
    if !(interval.is_finite() && interval > 0.0) {
        return Err(CliError::usage(format!(
            "invalid --sampling-interval {interval}: it must be a positive number of seconds"
        ))
        .into());
    }
    let (program, rest) = args
        .command
        .split_first()
        .ok_or_else(|| CliError::usage("no command given after `--`"))?;
    let (target, new) = args.new.resolve(ctx, &exec::as_typed(program, rest))?;
    let spec = ExecSpec {
        target,
        new,
        resume: args.run_id,
        params,
        program: program.clone(),
        args: rest.to_vec(),
        capture: !args.no_capture,
        system_metrics: (args.system_metrics || system)
            .then(|| std::time::Duration::from_secs_f64(interval)),
        tracking_uri: child_tracking_uri(ctx)?,
    };
    let store = ctx.store()?;
    // If the run cannot be created, the command is not started.
    let run = exec::prepare(store, &spec)?;
    ctx.out.status(&format!(
        "Running `{}` as run `{}` ({}) in experiment {}",
        spec.new.source_name.as_deref().unwrap_or(program),
        run.info.run_id,
        run.info.run_name,
        run.info.experiment_id
    ));
    let outcome = exec::run(store, &spec, run);
    for p in &outcome.problems {
        ctx.out.warn(p);
    }
    let id = &outcome.run.info.run_id;
    if let Some(e) = &outcome.start_error {
        return Err(CliError {
            code: outcome.exit_code,
            message: e.clone(),
            hint: Some(format!("run `{id}` was ended FAILED")),
        }
        .into());
    }
    let how = match outcome.status {
        RunStatus::Finished => "finished".to_string(),
        RunStatus::Killed => format!("was killed (exit {})", outcome.exit_code),
        _ => format!("failed (exit {})", outcome.exit_code),
    };
    ctx.out
        .status(&format!("Run `{id}` {how}: {}", outcome.status.as_str()));
    if outcome.exit_code == 0 {
        Ok(())
    } else {
        Err(ExitWith(outcome.exit_code).into())
    }
}

/// The tracking URI the command gets: the one in effect, with relative paths made absolute
/// (a server URI as given, credentials and all: the command needs them as mlf does).
fn child_tracking_uri(ctx: &Ctx) -> anyhow::Result<String> {
    let uri = ctx.tracking_uri()?.value;
    Ok(match &uri {
        TrackingUri::Http(_) | TrackingUri::Databricks(_) => ctx
            .settings
            .tracking_uri
            .as_ref()
            .map(|s| s.value.clone())
            .unwrap_or_else(|| uri.to_string()),
        other => other.to_string(),
    })
}
