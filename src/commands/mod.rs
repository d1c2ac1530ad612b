//! One module per command group; each leaf command is plumbing between its arguments, the
//! store and the output.

pub mod app;
pub mod artifacts;
pub mod completions;
pub mod config;
pub mod experiments;
pub mod metrics;
pub mod migrate;
pub mod models;
pub mod params;
pub mod registry;
pub mod runs;
pub mod sync;
pub mod tags;

use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::env;
use crate::error::CliError;
use crate::model::{Experiment, Tag};
use crate::store::{Store, StoreError};

/// The top-level commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Manage experiments
    #[command(subcommand)]
    Experiments(experiments::ExperimentsCommand),
    /// Manage runs
    #[command(subcommand)]
    Runs(runs::RunsCommand),
    /// Log and read metrics
    #[command(subcommand)]
    Metrics(metrics::MetricsCommand),
    /// Log and list parameters
    #[command(subcommand)]
    Params(params::ParamsCommand),
    /// Manage run and experiment tags
    #[command(subcommand)]
    Tags(tags::TagsCommand),
    /// Upload, list and download run artifacts
    #[command(subcommand)]
    Artifacts(artifacts::ArtifactsCommand),
    /// Register models and move aliases (the model registry)
    #[command(subcommand)]
    Registry(registry::RegistryCommand),
    /// Manage MLflow 3 logged models
    #[command(subcommand)]
    Models(models::ModelsCommand),
    /// Show and change settings
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Copy a legacy `mlruns/` folder into an SQLite database
    #[command(alias = "migrate-filestore")]
    Migrate(migrate::MigrateArgs),
    /// Copy runs between any two stores, idempotently
    Sync(sync::SyncArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
}

/// Runs a top-level command.
pub fn run(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Experiments(c) => experiments::run(ctx, c),
        Command::Artifacts(c) => artifacts::run(ctx, c),
        Command::Runs(c) => runs::run(ctx, c),
        Command::Metrics(c) => metrics::run(ctx, c),
        Command::Params(c) => params::run(ctx, c),
        Command::Tags(c) => tags::run(ctx, c),
        Command::Registry(c) => registry::run(ctx, c),
        Command::Models(c) => models::run(ctx, c),
        Command::Config(c) => config::run(ctx, c),
        Command::Migrate(a) => migrate::run(ctx, a),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Completions(a) => completions::run(ctx, a),
    }
}

/// Selects one experiment by id or name.
#[derive(Args, Debug, Clone, Default)]
pub struct ExperimentArgs {
    /// Experiment id [env: MLFLOW_EXPERIMENT_ID]
    #[arg(long, value_name = "ID", conflicts_with = "experiment_name")]
    pub experiment_id: Option<String>,
    /// Experiment name [env: MLFLOW_EXPERIMENT_NAME]
    #[arg(long, short = 'n', value_name = "NAME")]
    pub experiment_name: Option<String>,
}

/// An experiment as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExperimentRef {
    Id(String),
    Name(String),
}

impl ExperimentArgs {
    /// Returns the experiment named by flags, else by `MLFLOW_EXPERIMENT_ID`/`_NAME`.
    pub fn selected(&self) -> Option<ExperimentRef> {
        if let Some(id) = &self.experiment_id {
            return Some(ExperimentRef::Id(id.clone()));
        }
        if let Some(name) = &self.experiment_name {
            return Some(ExperimentRef::Name(name.clone()));
        }
        env::var(env::MLFLOW_EXPERIMENT_ID)
            .map(ExperimentRef::Id)
            .or_else(|| env::var(env::MLFLOW_EXPERIMENT_NAME).map(ExperimentRef::Name))
    }

    /// Returns the selected experiment, or a usage error when none is given.
    pub fn required(&self) -> anyhow::Result<ExperimentRef> {
        self.selected().ok_or_else(|| {
            CliError::usage("no experiment given")
                .with_hint("pass --experiment-id ID or --experiment-name NAME")
                .into()
        })
    }
}

/// Looks up an experiment given positionally, by name or id: a name first unless it is an
/// integer id (all digits, within 64 bits), in which case an id first, then a name. Digits too
/// long for an id are a name first (SQL stores and servers refuse them as ids), then an id.
pub fn find_experiment_by_word(store: &dyn Store, word: &str) -> Result<Experiment, StoreError> {
    let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    if digits && word.parse::<i64>().is_ok() {
        match store.get_experiment(word) {
            Err(e @ StoreError::NotFound { .. }) => {
                store.get_experiment_by_name(word).map_err(|_| e)
            }
            other => other,
        }
    } else if digits {
        match store.get_experiment_by_name(word) {
            Err(e @ StoreError::NotFound { .. }) => store.get_experiment(word).map_err(|_| e),
            other => other,
        }
    } else {
        store.get_experiment_by_name(word)
    }
}

/// Looks up an experiment by id or name.
pub fn find_experiment(store: &dyn Store, r: &ExperimentRef) -> Result<Experiment, StoreError> {
    match r {
        ExperimentRef::Id(id) => store.get_experiment(id),
        ExperimentRef::Name(name) => store.get_experiment_by_name(name),
    }
}

/// Returns the id of an experiment, looking names up.
pub fn experiment_id(store: &dyn Store, r: &ExperimentRef) -> Result<String, StoreError> {
    match r {
        ExperimentRef::Id(id) => Ok(id.clone()),
        ExperimentRef::Name(name) => Ok(store.get_experiment_by_name(name)?.experiment_id),
    }
}

/// The run a command acts on.
#[derive(Args, Debug, Clone)]
pub struct RunIdArg {
    /// Run id [env: MLFLOW_RUN_ID]
    #[arg(long, value_name = "ID")]
    pub run_id: Option<String>,
}

impl RunIdArg {
    /// Returns the run named by `--run-id`, else by `MLFLOW_RUN_ID`, or a usage error that
    /// says how to give one.
    pub fn id(&self) -> Result<String, CliError> {
        resolve_run_id(self.run_id.as_deref(), None)
    }
}

/// The run a command acts on, given positionally or by `--run-id`.
#[derive(Args, Debug, Clone)]
pub struct RunArg {
    /// Run id (or --run-id ID, or MLFLOW_RUN_ID)
    #[arg(value_name = "RUN_ID")]
    pub positional: Option<String>,
    /// Run id [env: MLFLOW_RUN_ID]
    #[arg(long, value_name = "ID")]
    pub run_id: Option<String>,
}

impl RunArg {
    /// Returns the run named positionally, by `--run-id` or by `MLFLOW_RUN_ID`.
    pub fn id(&self) -> Result<String, CliError> {
        resolve_run_id(self.run_id.as_deref(), self.positional.as_deref())
    }
}

/// Returns the run id given positionally, by `--run-id`, or by `MLFLOW_RUN_ID`; both forms
/// at once must agree.
pub fn resolve_run_id(flag: Option<&str>, positional: Option<&str>) -> Result<String, CliError> {
    match (positional, flag) {
        (Some(p), Some(f)) if p != f => Err(CliError::usage(format!(
            "two different runs given: `{}` and --run-id `{}`",
            crate::error::cut(p),
            crate::error::cut(f)
        ))),
        (Some(id), _) | (None, Some(id)) => Ok(id.to_string()),
        (None, None) => env::var(env::MLFLOW_RUN_ID).ok_or_else(|| {
            CliError::usage("no run given")
                .with_hint("pass --run-id ID, or set MLFLOW_RUN_ID (e.g. `export MLFLOW_RUN_ID=$(mlf runs create)`)")
        }),
    }
}

/// Turns a "does not exist" error into one with a hint that applies to it; other errors
/// pass unchanged.
pub fn hint_not_found<T>(
    result: Result<T, StoreError>,
    hint: impl FnOnce() -> String,
) -> anyhow::Result<T> {
    result.map_err(|e| match e {
        StoreError::NotFound { message, .. } => CliError {
            code: crate::error::NOT_FOUND,
            message,
            hint: Some(hint()),
        }
        .into(),
        e => e.into(),
    })
}

/// The values `--view` takes.
pub fn view_parser() -> impl clap::builder::TypedValueParser<Value = crate::model::ViewType> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(crate::model::ViewType::NAMES)
        .map(|s| crate::model::ViewType::parse(&s).unwrap_or_default())
}

/// The values `--status` takes: MLflow's run statuses, in any case.
pub fn status_parser() -> impl clap::builder::TypedValueParser<Value = crate::model::RunStatus> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(crate::model::RunStatus::ALL.map(|s| s.as_str())).map(
        |s| {
            crate::model::RunStatus::parse(&s.to_ascii_uppercase())
                .unwrap_or(crate::model::RunStatus::Running)
        },
    )
}

/// Splits `KEY=VALUE` at the first `=`.
pub fn split_kv(arg: &str) -> Result<(String, String), CliError> {
    match arg.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(CliError::usage(format!(
            "invalid argument `{arg}`: expected KEY=VALUE"
        ))),
    }
}

/// Cuts values longer than MLflow keeps (`max` characters: 6,000 for params, 8,000 for run
/// tags), as MLflow's client does, with a warning naming each key: never silently.
pub fn truncate_values<'a>(
    out: &crate::output::Output,
    what: &str,
    max: usize,
    items: impl Iterator<Item = (&'a str, &'a mut String)>,
) {
    for (key, value) in items {
        let len = value.chars().count();
        if len > max {
            *value = crate::store::validate::truncate(value, max);
            out.warn(&format!(
                "the value of {what} `{key}` has {len} characters; it was cut to the {max} MLflow keeps"
            ));
        }
    }
}

/// Parses repeated `KEY=VALUE` arguments into tags.
pub fn parse_tags(args: &[String]) -> Result<Vec<Tag>, CliError> {
    args.iter()
        .map(|a| split_kv(a).map(|(k, v)| Tag::new(k, v)))
        .collect()
}

pub use crate::store::collect_pages;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kv_splits_at_first_equals() {
        assert_eq!(split_kv("a=b=c").unwrap(), ("a".into(), "b=c".into()));
        assert_eq!(split_kv("a=").unwrap(), ("a".into(), "".into()));
        assert!(split_kv("=x").is_err());
        assert!(split_kv("novalue").is_err());
    }
}
