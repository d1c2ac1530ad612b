//! `mlf runs …`: one file per verb; `print` holds the output several verbs share.

mod compare;
mod create;
mod delete;
mod end;
mod exec;
mod get;
mod log_input;
mod print;
mod restore;
mod search;
mod update;
mod watch;
mod watch_tui;

use clap::{Args, Subcommand};

use super::RunArg;
use crate::context::Ctx;

pub use compare::CompareArgs;
pub use create::CreateArgs;
pub use end::EndArgs;
pub use exec::ExecArgs;
pub use get::GetArgs;
pub use log_input::LogInputArgs;
pub use search::SearchArgs;
pub use update::UpdateArgs;
pub use watch::WatchArgs;

/// Manage runs
#[derive(Subcommand, Debug)]
pub enum RunsCommand {
    Create(CreateArgs),
    #[command(visible_alias = "describe")]
    Get(GetArgs),
    #[command(visible_alias = "list")]
    Search(SearchArgs),
    Update(UpdateArgs),
    End(EndArgs),
    Exec(ExecArgs),
    LogInput(LogInputArgs),
    Compare(CompareArgs),
    Watch(WatchArgs),
    /// Delete a run (soft delete; asks on a terminal)
    Delete(RunOnlyArgs),
    /// Restore a deleted run
    Restore(RunOnlyArgs),
}

/// Runs a runs command.
pub fn run(ctx: &Ctx, cmd: RunsCommand) -> anyhow::Result<()> {
    match cmd {
        RunsCommand::Create(a) => create::create(ctx, a),
        RunsCommand::Get(a) => get::get(ctx, a),
        RunsCommand::Search(a) => search::search(ctx, a),
        RunsCommand::Update(a) => update::update(ctx, a),
        RunsCommand::End(a) => end::end(ctx, a),
        RunsCommand::Exec(a) => exec::exec(ctx, a),
        RunsCommand::LogInput(a) => log_input::log_input(ctx, a),
        RunsCommand::Compare(a) => compare::compare(ctx, a),
        RunsCommand::Watch(a) => watch::watch(ctx, a),
        RunsCommand::Delete(a) => delete::delete(ctx, a),
        RunsCommand::Restore(a) => restore::restore(ctx, a),
    }
}

/// Arguments of commands that only name a run.
#[derive(Args, Debug)]
pub struct RunOnlyArgs {
    #[command(flatten)]
    run: RunArg,
}
