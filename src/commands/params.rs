//! `mlf params …`

use clap::{Args, Subcommand};

use super::experiments::empty;
use super::{split_kv, RunIdArg};
use crate::context::Ctx;
use crate::store::model::Param;
use crate::store::MAX_BATCH_PARAMS;

/// Log parameters
#[derive(Subcommand, Debug)]
pub enum ParamsCommand {
    Log(LogArgs),
}

/// Runs a params command.
pub fn run(ctx: &Ctx, cmd: ParamsCommand) -> anyhow::Result<()> {
    match cmd {
        ParamsCommand::Log(a) => log(ctx, a),
    }
}

/// Log parameters of a run
///
/// Params are immutable: logging the same value again is fine, a different value fails and
/// shows both.
#[derive(Args, Debug)]
#[command(after_help = "Example:\n  mlf params log --run-id $RUN lr=0.01 model=cnn")]
pub struct LogArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// Params to log, KEY=VALUE
    #[arg(value_name = "KEY=VALUE", required = true)]
    params: Vec<String>,
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let params = args
        .params
        .iter()
        .map(|a| split_kv(a).map(|(key, value)| Param { key, value }))
        .collect::<Result<Vec<_>, _>>()?;
    let store = ctx.store()?;
    for chunk in params.chunks(MAX_BATCH_PARAMS) {
        store.log_batch(&args.run.run_id, &[], chunk, &[])?;
    }
    ctx.out.status(&format!(
        "Logged {} param(s) to run `{}`",
        params.len(),
        args.run.run_id
    ));
    empty(ctx)
}
