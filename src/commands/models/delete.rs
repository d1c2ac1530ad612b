//! `mlf models delete`: soft-delete a logged model, asking first on a terminal.

use clap::Args;

use super::ModelIdArg;
use crate::commands::experiments::empty;
use crate::context::Ctx;

/// Delete a logged model (soft delete, as MLflow; asks on a terminal)
#[derive(Args, Debug)]
pub struct DeleteArgs {
    #[command(flatten)]
    model: ModelIdArg,
}

pub(super) fn delete(ctx: &Ctx, args: DeleteArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let model = store.get_logged_model(&args.model.model_id)?;
    ctx.out.confirm(
        &format!(
            "Delete logged model `{}` ({})?",
            model.info.model_id, model.info.name
        ),
        ctx.yes,
    )?;
    store.delete_logged_model(&model.info.model_id)?;
    ctx.out
        .status(&format!("Deleted logged model `{}`", model.info.model_id));
    empty(ctx)
}
