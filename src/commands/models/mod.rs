//! `mlf models`: MLflow 3 logged models.

mod search;

use clap::Subcommand;

use crate::context::Ctx;

pub use search::SearchArgs;

/// The `models` subcommands.
#[derive(Subcommand, Debug)]
pub enum ModelsCommand {
    #[command(visible_alias = "list")]
    Search(SearchArgs),
}

/// Runs a models command.
pub fn run(ctx: &Ctx, cmd: ModelsCommand) -> anyhow::Result<()> {
    match cmd {
        ModelsCommand::Search(a) => search::search(ctx, a),
    }
}
