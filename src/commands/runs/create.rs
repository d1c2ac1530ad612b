//! `mlf runs create`: start a run and print its id.

use clap::Args;
use serde_json::json;

use super::print::print_runs_csv;
use crate::commands::{parse_tags, ExperimentArgs, ExperimentRef};
use crate::context::Ctx;
use crate::ops::start_run::{self, NewRun, Target};
use crate::output::OutputFormat;

/// Start a run, leave it RUNNING, and print its id
///
/// With --experiment-name, the experiment is created when it does not exist. With no
/// experiment at all, the run goes to the default experiment 0.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  export MLFLOW_RUN_ID=$(mlf runs create --experiment-name ci --run-name nightly)\n  \
    mlf metrics log acc=0.91\n  mlf runs end"
)]
pub struct CreateArgs {
    #[command(flatten)]
    new: NewRunArgs,
    /// Start time in milliseconds since the epoch [default: now]
    #[arg(long, value_name = "MS", allow_negative_numbers = true)]
    start_time: Option<i64>,
}

/// What a new run is given, for `runs create` and `runs exec`.
#[derive(Args, Debug)]
pub struct NewRunArgs {
    #[command(flatten)]
    experiment: ExperimentArgs,
    /// Name of the run [default: a random name like brave-owl-417]
    #[arg(long, value_name = "NAME")]
    run_name: Option<String>,
    /// Tag to set, KEY=VALUE (can be repeated)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    tags: Vec<String>,
    /// Make this run a child of another run
    #[arg(long, value_name = "ID")]
    parent_run_id: Option<String>,
    /// Description of the run (the `mlflow.note.content` tag)
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
}

impl NewRunArgs {
    /// Checks the arguments and returns where the run goes and what it is given.
    pub fn resolve(self, ctx: &Ctx, source_name: &str) -> anyhow::Result<(Target, NewRun)> {
        let mut tags = parse_tags(&self.tags)?;
        crate::commands::truncate_values(
            &ctx.out,
            "tag",
            crate::store::validate::MAX_TAG_VALUE_LEN,
            tags.iter_mut().map(|t| (t.key.as_str(), &mut t.value)),
        );
        let target = match self.experiment.selected() {
            None => Target::Default,
            Some(ExperimentRef::Id(id)) => Target::Id(id),
            Some(ExperimentRef::Name(name)) => Target::Name(name),
        };
        let new = NewRun {
            run_name: self.run_name,
            tags,
            parent_run_id: self.parent_run_id,
            description: self.description,
            start_time: None,
            cwd: Some(ctx.cwd.clone()),
            source_name: Some(source_name.to_string()),
        };
        Ok((target, new))
    }
}

pub(super) fn create(ctx: &Ctx, args: CreateArgs) -> anyhow::Result<()> {
    let (target, mut new) = args.new.resolve(ctx, "mlf")?;
    new.start_time = args.start_time;
    let store = ctx.store()?;
    let started = start_run::start(store, &target, &new)?;
    if started.created_experiment {
        ctx.out.status(&format!(
            "Created experiment `{}` with id {}",
            started.experiment.name, started.experiment.experiment_id
        ));
    }
    let run = started.run;
    ctx.out.status(&format!(
        "Created run `{}` ({}) in experiment `{}`",
        run.info.run_id, run.info.run_name, started.experiment.name
    ));
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "run": run })),
        OutputFormat::Csv => print_runs_csv(ctx, &[run]),
        OutputFormat::Table => Ok(ctx.out.line(&run.info.run_id)?),
    }
}
