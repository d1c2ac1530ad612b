//! `mlf completions SHELL`

use clap::{Args, CommandFactory};

use super::app::Cli;
use crate::context::Ctx;

/// Print a shell completion script
///
/// Needs no configuration and no store.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf completions bash > ~/.local/share/bash-completion/completions/mlf\n  \
    mlf completions zsh > ~/.zfunc/_mlf\n  mlf completions fish > ~/.config/fish/completions/mlf.fish"
)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Returns the completion script of a shell.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "mlf", &mut buf);
    buf
}

/// Prints the completion script.
pub fn run(ctx: &Ctx, args: CompletionsArgs) -> anyhow::Result<()> {
    ctx.out
        .write(&String::from_utf8_lossy(&script(args.shell)))?;
    Ok(())
}
