//! `mlf models get`: show one logged model.

use clap::Args;

use super::{print_model, ModelIdArg};
use crate::context::Ctx;

/// Show a logged model: info, params, metrics and tags
///
/// Metrics are those logged against the model (`metrics log --model-id`): every point on
/// SQL stores and servers, the latest per key and dataset on file stores, as MLflow returns
/// them.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf models get --model-id $MODEL\n  mlf models get --model-id $MODEL -o json | jq '.model.data.metrics'"
)]
pub struct GetArgs {
    #[command(flatten)]
    model: ModelIdArg,
}

pub(super) fn get(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let model = ctx.store()?.get_logged_model(&args.model.model_id)?;
    print_model(ctx, &model)
}
