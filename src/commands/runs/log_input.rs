//! `mlf runs log-input`: record a dataset a run used, as `mlflow.log_input` does.

use clap::Args;

use crate::commands::experiments::empty;
use crate::commands::RunIdArg;
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::{Dataset, DatasetInput, Tag};

/// Log a dataset input of a run, as `mlflow.log_input`
///
/// The dataset is recorded once per experiment by name and digest; a run that already has
/// it as an input keeps that input as it is. --source is the source's JSON, as MLflow keeps
/// it (`{"uri": "s3://bucket/train.csv"}`); any other text is taken as a URI and written as
/// that JSON. --schema and --dataset-profile must be JSON.
#[derive(Args, Debug)]
#[command(
    after_help = "Example:\n  mlf runs log-input --run-id $RUN --name train --digest 3f2a9c1b --source-type s3 \\\n    --source s3://data/train.csv --dataset-profile '{\"num_rows\": 1000}' --context training"
)]
pub struct LogInputArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// Name of the dataset
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Digest (hash) of the dataset's contents, at most 36 characters
    #[arg(long, value_name = "DIGEST")]
    digest: String,
    /// Kind of source (`local`, `s3`, `http`, `code`, …)
    #[arg(long, value_name = "TYPE", default_value = "local")]
    source_type: String,
    /// Where the dataset comes from: its source JSON, or a URI (none given: `{"uri": ""}`)
    #[arg(long, value_name = "SOURCE")]
    source: Option<String>,
    /// The dataset's schema, as JSON
    #[arg(long, value_name = "JSON")]
    schema: Option<String>,
    /// The dataset's profile (such as `{"num_rows": 1000}`), as JSON; `--profile JSON` works
    /// too (a `--profile` value that is a JSON object is the dataset's, any other names a
    /// config profile)
    #[arg(long, value_name = "JSON")]
    dataset_profile: Option<String>,
    /// What the run used it for (the `mlflow.data.context` tag): training, eval, …
    #[arg(long, value_name = "CONTEXT")]
    context: Option<String>,
}

/// Checks that `text` is JSON.
fn json_arg(flag: &str, text: &str) -> Result<(), CliError> {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|_| ())
        .map_err(|e| CliError::usage(format!("invalid {flag}: not JSON ({e})")))
}

/// The source JSON MLflow keeps: given JSON as it is, anything else as `{"uri": …}`.
fn source_json(source: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(source) {
        Ok(v) if v.is_object() => source.to_string(),
        // As Python's `json.dumps` writes it: a space after the colon.
        _ => format!(
            "{{\"uri\": {}}}",
            serde_json::Value::String(source.to_string())
        ),
    }
}

impl LogInputArgs {
    /// Takes the global `--profile` value as the dataset's profile when it is a JSON object
    /// (CLI.md names this command's flag `--profile JSON`, which clap sees as the global
    /// option); a plain name stays the config profile.
    pub fn take_profile(&mut self, global: &mut Option<String>) {
        let is_json = global.as_deref().is_some_and(|v| {
            v.trim_start().starts_with('{')
                && serde_json::from_str::<serde_json::Value>(v).is_ok_and(|j| j.is_object())
        });
        if is_json && self.dataset_profile.is_none() {
            self.dataset_profile = global.take();
        }
    }
}

pub(super) fn log_input(ctx: &Ctx, args: LogInputArgs) -> anyhow::Result<()> {
    for (flag, v) in [
        ("--schema", &args.schema),
        ("--dataset-profile", &args.dataset_profile),
    ] {
        if let Some(v) = v {
            json_arg(flag, v)?;
        }
    }
    if args.name.is_empty() || args.digest.is_empty() {
        return Err(CliError::usage("--name and --digest must not be empty").into());
    }
    let run_id = args.run.id()?;
    let input = DatasetInput {
        tags: args
            .context
            .iter()
            .map(|c| Tag::new("mlflow.data.context", c.clone()))
            .collect(),
        dataset: Dataset {
            name: args.name,
            digest: args.digest,
            source_type: args.source_type,
            source: source_json(args.source.as_deref().unwrap_or_default()),
            schema: args.schema,
            profile: args.dataset_profile,
        },
    };
    ctx.store()?.log_run_inputs(&run_id, &[input], &[])?;
    ctx.out
        .status(&format!("Logged a dataset input to run `{run_id}`"));
    empty(ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_json() {
        assert_eq!(source_json("/tmp/x.csv"), r#"{"uri": "/tmp/x.csv"}"#);
        assert_eq!(source_json(r#"{"url": "h"}"#), r#"{"url": "h"}"#);
    }
}
