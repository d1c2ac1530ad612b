//! `mlf runs restore`: restore a deleted run.

use super::RunOnlyArgs;
use crate::commands::experiments::empty;
use crate::context::Ctx;

pub(super) fn restore(ctx: &Ctx, args: RunOnlyArgs) -> anyhow::Result<()> {
    let run_id = args.run.id()?;
    ctx.store()?.restore_run(&run_id)?;
    ctx.out.status(&format!("Restored run `{run_id}`"));
    empty(ctx)
}
