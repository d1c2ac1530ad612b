//! `mlf runs delete`: soft-delete a run, asking first on a terminal.

use super::RunOnlyArgs;
use crate::commands::experiments::empty;
use crate::context::Ctx;

pub(super) fn delete(ctx: &Ctx, args: RunOnlyArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let run = store.get_run(&args.run.id()?)?;
    ctx.out.confirm(
        &format!("Delete run `{}` ({})?", run.info.run_id, run.info.run_name),
        ctx.yes,
    )?;
    store.delete_run(&run.info.run_id)?;
    ctx.out
        .status(&format!("Deleted run `{}`", run.info.run_id));
    empty(ctx)
}
