//! `mlf models create`: create a logged model and print its id.

use clap::Args;

use super::print_model;
use crate::commands::{
    find_experiment_by_word, parse_tags, split_kv, ExperimentArgs, ExperimentRef,
};
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::Param;
use crate::ops::start_run::{self, NewRun, Target};
use crate::output::OutputFormat;
use crate::store::models::CreateModel;

/// Create a logged model (PENDING) and print its id
///
/// As `mlflow.initialize_logged_model`, the model gets the tags `mlflow.user`,
/// `mlflow.source.type` and `mlflow.source.name` (the user's tags win). With no experiment
/// given, the model goes to the default experiment 0; an --experiment-name that does not
/// exist is created.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  MODEL=$(mlf models create --experiment-name fraud --name ckpt-3 --source-run-id $RUN)\n  \
    mlf metrics log --run-id $RUN --model-id $MODEL acc=0.93\n  mlf models finalize --model-id $MODEL"
)]
pub struct CreateArgs {
    /// Experiment name or id
    #[arg(value_name = "EXPERIMENT", conflicts_with_all = ["experiment_id", "experiment_name"])]
    experiment: Option<String>,
    #[command(flatten)]
    experiments: ExperimentArgs,
    /// Name of the model [default: a random name like brave-owl-417]
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Type of the model (free text, e.g. `agent`)
    #[arg(long, value_name = "TYPE")]
    model_type: Option<String>,
    /// The run that produced the model
    #[arg(long, value_name = "ID")]
    source_run_id: Option<String>,
    /// Param to log, KEY=VALUE (can be repeated)
    #[arg(long = "param", value_name = "KEY=VALUE")]
    params: Vec<String>,
    /// Tag to set, KEY=VALUE (can be repeated)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    tags: Vec<String>,
}

pub(super) fn create(ctx: &Ctx, args: CreateArgs) -> anyhow::Result<()> {
    let params = args
        .params
        .iter()
        .map(|a| split_kv(a).map(|(key, value)| Param { key, value }))
        .collect::<Result<Vec<_>, CliError>>()?;
    let user_tags = parse_tags(&args.tags)?;
    let store = ctx.store()?;
    let experiment = match &args.experiment {
        Some(word) => find_experiment_by_word(store, word)?,
        None => {
            let target = match args.experiments.selected() {
                None => Target::Default,
                Some(ExperimentRef::Id(id)) => Target::Id(id),
                Some(ExperimentRef::Name(name)) => Target::Name(name),
            };
            let (exp, created) = start_run::experiment(store, &target)?;
            if created {
                ctx.out.status(&format!(
                    "Created experiment `{}` with id {}",
                    exp.name, exp.experiment_id
                ));
            }
            exp
        }
    };
    if let Some(run) = &args.source_run_id {
        store.get_run(run)?;
    }
    let new = NewRun {
        source_name: Some("mlf".into()),
        ..Default::default()
    };
    let mut tags = start_run::system_tags(&new, None);
    tags.retain(|s| !user_tags.iter().any(|u| u.key == s.key));
    tags.extend(user_tags);
    let model = store.create_logged_model(&CreateModel {
        experiment_id: experiment.experiment_id.clone(),
        name: args.name,
        model_type: args.model_type,
        source_run_id: args.source_run_id,
        params,
        tags,
        model_id: None,
    })?;
    ctx.out.status(&format!(
        "Created logged model `{}` ({}) in experiment `{}`",
        model.info.model_id, model.info.name, experiment.name
    ));
    match ctx.out.format {
        OutputFormat::Table => Ok(ctx.out.line(&model.info.model_id)?),
        _ => print_model(ctx, &model),
    }
}
