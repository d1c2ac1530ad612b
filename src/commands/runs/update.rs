//! `mlf runs update`: change a run's name, status or end time.

use clap::Args;

use super::print::run_info_output;
use crate::commands::RunIdArg;
use crate::context::Ctx;
use crate::model::RunStatus;
use crate::store::UpdateRun;

/// Change a run's name, status or end time
#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// New run name
    #[arg(long, value_name = "NAME")]
    run_name: Option<String>,
    /// New status
    #[arg(long, ignore_case = true, value_parser = crate::commands::status_parser())]
    status: Option<RunStatus>,
    /// End time in milliseconds since the epoch
    #[arg(long, value_name = "MS", allow_negative_numbers = true)]
    end_time: Option<i64>,
}

pub(super) fn update(ctx: &Ctx, args: UpdateArgs) -> anyhow::Result<()> {
    let UpdateArgs {
        run,
        run_name,
        status,
        end_time,
    } = args;
    let upd = UpdateRun {
        status,
        end_time,
        run_name,
    };
    let info = ctx.store()?.update_run(&run.id()?, &upd)?;
    ctx.out.status(&format!("Updated run `{}`", info.run_id));
    run_info_output(ctx, &info)
}
