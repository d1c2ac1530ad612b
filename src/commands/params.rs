//! `mlf params …`

use clap::{Args, Subcommand};

use super::experiments::empty;
use super::{split_kv, RunIdArg};
use serde_json::json;

use crate::context::Ctx;
use crate::model::Param;
use crate::output::OutputFormat;
use crate::store::MAX_BATCH_PARAMS;

/// Log and list parameters
#[derive(Subcommand, Debug)]
pub enum ParamsCommand {
    Log(LogArgs),
    List(ListArgs),
}

/// Runs a params command.
pub fn run(ctx: &Ctx, cmd: ParamsCommand) -> anyhow::Result<()> {
    match cmd {
        ParamsCommand::Log(a) => log(ctx, a),
        ParamsCommand::List(a) => list(ctx, a),
    }
}

/// Log parameters of a run or a logged model
///
/// Params are immutable: logging the same value again is fine, a different value fails and
/// shows both.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf params log --run-id $RUN lr=0.01 model=cnn\n  mlf params log --model-id $MODEL layers=4"
)]
pub struct LogArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// Logged model id, instead of a run
    #[arg(long, value_name = "ID", conflicts_with = "run_id")]
    model_id: Option<String>,
    /// Params to log, KEY=VALUE
    #[arg(value_name = "KEY=VALUE", required = true)]
    params: Vec<String>,
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let mut params = args
        .params
        .iter()
        .map(|a| split_kv(a).map(|(key, value)| Param { key, value }))
        .collect::<Result<Vec<_>, _>>()?;
    super::truncate_values(
        &ctx.out,
        "param",
        crate::store::validate::MAX_PARAM_VALUE_LEN,
        params.iter_mut().map(|p| (p.key.as_str(), &mut p.value)),
    );
    let store = ctx.store()?;
    if let Some(model_id) = &args.model_id {
        store.log_logged_model_params(model_id, &params)?;
        ctx.out.status(&format!(
            "Logged {} param(s) to logged model `{model_id}`",
            params.len()
        ));
        return empty(ctx);
    }
    let run_id = args.run.id()?;
    for chunk in params.chunks(MAX_BATCH_PARAMS) {
        store.log_batch(&run_id, &[], chunk, &[])?;
    }
    ctx.out.status(&format!(
        "Logged {} param(s) to run `{run_id}`",
        params.len()
    ));
    empty(ctx)
}

/// Print a run's params
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf params list --run-id $RUN\n  mlf params list -o json | jq -r '.params[] | \"\\(.key)=\\(.value)\"'"
)]
pub struct ListArgs {
    #[command(flatten)]
    run: RunIdArg,
}

fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let params = ctx.store()?.get_run(&args.run.id()?)?.data.params;
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "params": params })),
        _ => {
            let rows: Vec<Vec<String>> = params
                .iter()
                .map(|p| vec![p.key.clone(), p.value.clone()])
                .collect();
            ctx.out.rows(&["key", "value"].map(String::from), &rows)
        }
    }
}
