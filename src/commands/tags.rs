//! `mlf tags …`

use clap::{Args, Subcommand};
use serde_json::json;

use super::experiments::empty;
use super::parse_tags;
use crate::context::Ctx;
use crate::env;
use crate::error::CliError;
use crate::output::OutputFormat;

/// Manage run, experiment and logged-model tags
#[derive(Subcommand, Debug)]
pub enum TagsCommand {
    Set(SetArgs),
    Delete(DeleteArgs),
    List(ListArgs),
}

/// Runs a tags command.
pub fn run(ctx: &Ctx, cmd: TagsCommand) -> anyhow::Result<()> {
    match cmd {
        TagsCommand::Set(a) => set(ctx, a),
        TagsCommand::Delete(a) => delete(ctx, a),
        TagsCommand::List(a) => list(ctx, a),
    }
}

/// The run or experiment whose tags a command changes.
#[derive(Args, Debug)]
#[group(multiple = false)]
pub struct Target {
    /// Run id [env: MLFLOW_RUN_ID]
    #[arg(long, value_name = "ID")]
    run_id: Option<String>,
    /// Experiment id [env: MLFLOW_EXPERIMENT_ID]
    #[arg(long, value_name = "ID")]
    experiment_id: Option<String>,
    /// Logged model id
    #[arg(long, value_name = "ID")]
    model_id: Option<String>,
}

enum Owner {
    Run(String),
    Experiment(String),
    Model(String),
}

impl Target {
    fn resolve(&self) -> Result<Owner, CliError> {
        if let Some(r) = &self.run_id {
            return Ok(Owner::Run(r.clone()));
        }
        if let Some(e) = &self.experiment_id {
            return Ok(Owner::Experiment(e.clone()));
        }
        if let Some(m) = &self.model_id {
            return Ok(Owner::Model(m.clone()));
        }
        env::var(env::MLFLOW_RUN_ID)
            .map(Owner::Run)
            .or_else(|| env::var(env::MLFLOW_EXPERIMENT_ID).map(Owner::Experiment))
            .ok_or_else(|| {
                CliError::usage("no run, experiment or logged model given")
                    .with_hint("pass --run-id ID, --experiment-id ID or --model-id ID")
            })
    }
}

/// Set tags on a run, an experiment or a logged model
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf tags set --run-id $RUN team=fraud stage=\"feature eng\"\n  \
    mlf tags set --experiment-id 3 owner=ml-platform\n  mlf tags set --model-id $MODEL stage=candidate"
)]
pub struct SetArgs {
    #[command(flatten)]
    target: Target,
    /// Tags to set, KEY=VALUE
    #[arg(value_name = "KEY=VALUE", required = true)]
    tags: Vec<String>,
}

fn set(ctx: &Ctx, args: SetArgs) -> anyhow::Result<()> {
    let mut tags = parse_tags(&args.tags)?;
    let store = ctx.store()?;
    match args.target.resolve()? {
        Owner::Run(id) => {
            super::truncate_values(
                &ctx.out,
                "tag",
                crate::store::validate::MAX_TAG_VALUE_LEN,
                tags.iter_mut().map(|t| (t.key.as_str(), &mut t.value)),
            );
            for chunk in tags.chunks(crate::store::MAX_BATCH_TAGS) {
                store.log_batch(&id, &[], &[], chunk)?;
            }
            ctx.out
                .status(&format!("Set {} tag(s) on run `{id}`", tags.len()));
        }
        Owner::Experiment(id) => {
            store.set_experiment_tags(&id, &tags)?;
            ctx.out
                .status(&format!("Set {} tag(s) on experiment {id}", tags.len()));
        }
        Owner::Model(id) => {
            store.set_logged_model_tags(&id, &tags)?;
            ctx.out
                .status(&format!("Set {} tag(s) on logged model `{id}`", tags.len()));
        }
    }
    empty(ctx)
}

/// Delete tags of a run, an experiment or a logged model
#[derive(Args, Debug)]
pub struct DeleteArgs {
    #[command(flatten)]
    target: Target,
    /// Keys of the tags to delete
    #[arg(value_name = "KEY", required = true)]
    keys: Vec<String>,
}

fn delete(ctx: &Ctx, args: DeleteArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    match args.target.resolve()? {
        Owner::Run(id) => store.delete_run_tags(&id, &args.keys)?,
        Owner::Experiment(id) => store.delete_experiment_tags(&id, &args.keys)?,
        Owner::Model(id) => {
            for key in &args.keys {
                store.delete_logged_model_tag(&id, key)?;
            }
        }
    }
    ctx.out
        .status(&format!("Deleted {} tag(s)", args.keys.len()));
    empty(ctx)
}

/// List tags of a run, an experiment or a logged model
#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    target: Target,
}

fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let tags = match args.target.resolve()? {
        Owner::Run(id) => store.get_run(&id)?.data.tags,
        Owner::Experiment(id) => store.get_experiment(&id)?.tags,
        Owner::Model(id) => store.get_logged_model(&id)?.info.tags,
    };
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&json!({ "tags": tags }));
    }
    let rows: Vec<Vec<String>> = tags
        .iter()
        .map(|t| vec![t.key.clone(), t.value.clone()])
        .collect();
    ctx.out.rows(&["key".into(), "value".into()], &rows)
}
