//! The command-line interface: the `mlf` application and its global options (the command
//! tree is [`super::Command`]).

use clap::{Args, Parser};

use super::Command;
use crate::output::{ColorChoice, OutputFormat};

/// A fast, scriptable command-line client for MLflow Tracking
#[derive(Parser, Debug)]
#[command(
    name = "mlf",
    version,
    after_long_help = AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "\
Examples:
  mlf runs search --experiment-name fraud --order-by metrics.val_loss --columns params.lr
  mlf metrics plot --run-id $RUN --key loss --key val_loss
  mlf metrics plot --run-id $A --run-id $B --key val_loss --svg val_loss.svg
  mlf runs compare $A $B --only-diff
  mlf runs watch $RUN --key loss

Tracking URI: --tracking-uri, else $MLFLOW_TRACKING_URI, else the profile's tracking_uri, else
./mlruns when it holds MLflow experiments, else sqlite:///mlflow.db in the current folder.

Exit codes:
  0    success, including an empty result
  1    the operation failed (server error, I/O, conflict such as a changed param value)
  2    usage or invalid input (unknown flag, bad filter, invalid key or value)
  3    the experiment, run or artifact named does not exist
  4    authentication or permission refused
  5    already exists (experiment name taken)
  130  interrupted, or a confirmation was declined";

/// Options every command accepts, before or after the subcommand.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]
    #[arg(long, global = true, value_name = "URI")]
    pub tracking_uri: Option<String>,
    /// Output format [env: MLF_OUTPUT] [default: table]
    #[arg(short, long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
    /// Print no status lines or progress on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// When to use colour [default: auto; never when NO_COLOR is set]
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
    /// Answer yes to confirmations (required for destructive commands off a terminal)
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Profile of the config file to use [env: MLF_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Leave out the header row of tables and CSV
    #[arg(long, global = true)]
    pub no_headers: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_go_anywhere() {
        let a = Cli::try_parse_from(["mlf", "-o", "json", "experiments", "search"]).unwrap();
        let b = Cli::try_parse_from(["mlf", "experiments", "search", "-o", "json"]).unwrap();
        assert_eq!(a.global.output, Some(OutputFormat::Json));
        assert_eq!(b.global.output, Some(OutputFormat::Json));
    }

    #[test]
    fn negative_step_parses() {
        let cli = Cli::try_parse_from([
            "mlf", "metrics", "log", "--run-id", "r", "--step", "-3", "a=1",
        ]);
        assert!(cli.is_ok(), "{cli:?}");
    }
}
