//! mlf: a fast, scriptable command-line client for MLflow Tracking.
//!
//! `main` parses the command line, resolves settings into a [`context::Ctx`], runs the
//! command and turns any error into one printed message and an exit code.

pub mod commands;
pub mod config;
pub mod context;
pub mod env;
pub mod error;
pub mod float;
pub mod git;
pub mod model;
pub mod ops;
pub mod output;
pub mod plot;
pub mod search;
pub mod signals;
pub mod store;

use std::process::ExitCode;

use clap::Parser;

/// Runs mlf with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    let mut cli = match commands::app::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                error::USAGE
            } else {
                error::SUCCESS
            });
        }
    };
    if let commands::Command::Runs(commands::runs::RunsCommand::LogInput(a)) = &mut cli.command {
        a.take_profile(&mut cli.global.profile);
    }
    let color = cli.global.color;
    let quiet = cli.global.quiet;
    let no_headers = cli.global.no_headers;
    let overrides = config::Overrides {
        tracking_uri: cli.global.tracking_uri.clone(),
        output: cli.global.output,
        profile: cli.global.profile.clone(),
        color,
    };
    let result = config::Settings::resolve(&overrides)
        .map_err(anyhow::Error::from)
        .and_then(|settings| {
            let out = output::Output::new(settings.output.value, quiet, no_headers, color);
            context::Ctx::new(out, settings, cli.global.yes)
        });
    let ctx = match result {
        Ok(ctx) => ctx,
        Err(e) => {
            let out = output::Output::new(output::OutputFormat::Table, quiet, no_headers, color);
            return error::report(&e, out.color());
        }
    };
    match commands::run(&ctx, cli.command) {
        Ok(()) => ExitCode::from(error::SUCCESS),
        Err(e) => error::report(&e, ctx.out.color()),
    }
}
