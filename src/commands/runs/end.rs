//! `mlf runs end`: set a terminal status and the end time.

use clap::Args;

use super::print::run_info_output;
use crate::commands::RunIdArg;
use crate::context::Ctx;
use crate::model::RunStatus;
use crate::store::{now_ms, UpdateRun};

/// Terminal statuses `runs end` accepts.
#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum EndStatus {
    #[value(name = "FINISHED")]
    Finished,
    #[value(name = "FAILED")]
    Failed,
    #[value(name = "KILLED")]
    Killed,
}

/// End a run: set a terminal status (default FINISHED) and its end time
#[derive(Args, Debug)]
pub struct EndArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// Final status
    #[arg(long, value_enum, ignore_case = true, default_value = "FINISHED")]
    status: EndStatus,
    /// End time in milliseconds since the epoch [default: now]
    #[arg(long, value_name = "MS", allow_negative_numbers = true)]
    end_time: Option<i64>,
}

pub(super) fn end(ctx: &Ctx, args: EndArgs) -> anyhow::Result<()> {
    let status = match args.status {
        EndStatus::Finished => RunStatus::Finished,
        EndStatus::Failed => RunStatus::Failed,
        EndStatus::Killed => RunStatus::Killed,
    };
    let upd = UpdateRun {
        status: Some(status),
        end_time: Some(args.end_time.unwrap_or_else(now_ms)),
        run_name: None,
    };
    let info = ctx.store()?.update_run(&args.run.id()?, &upd)?;
    ctx.out.status(&format!(
        "Ended run `{}` as {}",
        info.run_id,
        status.as_str()
    ));
    run_info_output(ctx, &info)
}
