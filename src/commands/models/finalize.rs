//! `mlf models finalize`: set a logged model's final status.

use clap::Args;

use super::{print_model, ModelIdArg};
use crate::context::Ctx;
use crate::model::ModelStatus;
use crate::output::OutputFormat;

/// Set a logged model's final status (READY or FAILED)
#[derive(Args, Debug)]
#[command(after_help = "Example:\n  mlf models finalize --model-id $MODEL --status READY")]
pub struct FinalizeArgs {
    #[command(flatten)]
    model: ModelIdArg,
    /// The final status
    #[arg(long, default_value = "READY", value_parser = status_parser())]
    status: ModelStatus,
}

/// The values `--status` takes.
fn status_parser() -> impl clap::builder::TypedValueParser<Value = ModelStatus> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(["READY", "FAILED"]).map(|s| {
        if s == "FAILED" {
            ModelStatus::Failed
        } else {
            ModelStatus::Ready
        }
    })
}

pub(super) fn finalize(ctx: &Ctx, args: FinalizeArgs) -> anyhow::Result<()> {
    let model = ctx
        .store()?
        .finalize_logged_model(&args.model.model_id, args.status)?;
    ctx.out.status(&format!(
        "Logged model `{}` is {}",
        model.info.model_id,
        args.status.filter_name()
    ));
    if ctx.out.format == OutputFormat::Json {
        print_model(ctx, &model)?;
    }
    Ok(())
}
