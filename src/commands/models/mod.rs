//! `mlf models …`: MLflow 3 logged models, one file per verb; this module holds the enum,
//! the `--model-id` argument and the table of one model that several verbs print.

mod create;
mod delete;
mod finalize;
mod get;
mod search;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Ctx;
use crate::model::LoggedModel;
use crate::output;
use crate::output::OutputFormat;

pub use create::CreateArgs;
pub use delete::DeleteArgs;
pub use finalize::FinalizeArgs;
pub use get::GetArgs;
pub use search::SearchArgs;

/// Manage MLflow 3 logged models
#[derive(Subcommand, Debug)]
pub enum ModelsCommand {
    Create(CreateArgs),
    #[command(visible_alias = "describe")]
    Get(GetArgs),
    #[command(visible_alias = "list")]
    Search(SearchArgs),
    Finalize(FinalizeArgs),
    Delete(DeleteArgs),
}

/// Runs a models command.
pub fn run(ctx: &Ctx, cmd: ModelsCommand) -> anyhow::Result<()> {
    match cmd {
        ModelsCommand::Create(a) => create::create(ctx, a),
        ModelsCommand::Get(a) => get::get(ctx, a),
        ModelsCommand::Search(a) => search::search(ctx, a),
        ModelsCommand::Finalize(a) => finalize::finalize(ctx, a),
        ModelsCommand::Delete(a) => delete::delete(ctx, a),
    }
}

/// The logged model a command acts on.
#[derive(Args, Debug, Clone)]
pub struct ModelIdArg {
    /// Logged model id (`m-…`)
    #[arg(long, value_name = "ID", required = true)]
    pub model_id: String,
}

/// Prints one model: `{"model": …}` as JSON, else a field/value table (info, params,
/// metrics, tags).
pub(super) fn print_model(ctx: &Ctx, model: &LoggedModel) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&json!({ "model": model }));
    }
    let i = &model.info;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut rows = vec![
        vec!["model_id".into(), i.model_id.clone()],
        vec!["name".into(), i.name.clone()],
        vec!["experiment_id".into(), i.experiment_id.clone()],
        vec!["status".into(), i.status.filter_name().into()],
        vec!["model_type".into(), opt(&i.model_type)],
        vec!["source_run_id".into(), opt(&i.source_run_id)],
        vec![
            "creation_time".into(),
            output::time(Some(i.creation_timestamp_ms)),
        ],
        vec![
            "last_updated_time".into(),
            output::time(Some(i.last_updated_timestamp_ms)),
        ],
        vec!["artifact_uri".into(), i.artifact_uri.clone()],
    ];
    let d = &model.data;
    rows.extend(
        d.params
            .iter()
            .map(|p| vec![format!("params.{}", p.key), p.value.clone()]),
    );
    rows.extend(d.metrics.iter().map(|m| {
        let dataset = match (&m.dataset_name, &m.dataset_digest) {
            (Some(n), Some(dg)) => format!(", dataset {n}:{dg}"),
            (Some(n), None) => format!(", dataset {n}"),
            _ => String::new(),
        };
        vec![
            format!("metrics.{}", m.key),
            format!(
                "{} (step {}{dataset})",
                crate::float::display(m.value),
                m.step
            ),
        ]
    }));
    rows.extend(
        i.tags
            .iter()
            .map(|t| vec![format!("tags.{}", t.key), t.value.clone()]),
    );
    ctx.out.rows(&["field".into(), "value".into()], &rows)
}
