//! `mlf experiments …`

use clap::{Args, Subcommand};
use serde_json::json;

use super::{find_experiment, find_experiment_by_word, parse_tags, ExperimentArgs};
use crate::context::Ctx;
use crate::model::{Experiment, ViewType};
use crate::output;
use crate::output::OutputFormat;
use crate::store::{ExperimentQuery, StoreError};

/// Manage experiments
#[derive(Subcommand, Debug)]
pub enum ExperimentsCommand {
    Create(CreateArgs),
    #[command(visible_alias = "describe")]
    Get(GetArgs),
    #[command(visible_alias = "list")]
    Search(SearchArgs),
    Rename(RenameArgs),
    /// Delete an experiment and its runs (soft delete; asks on a terminal)
    Delete(IdArgs),
    /// Restore a deleted experiment and its runs
    Restore(IdArgs),
}

/// Runs an experiments command.
pub fn run(ctx: &Ctx, cmd: ExperimentsCommand) -> anyhow::Result<()> {
    match cmd {
        ExperimentsCommand::Create(a) => create(ctx, a),
        ExperimentsCommand::Get(a) => get(ctx, a),
        ExperimentsCommand::Search(a) => search(ctx, a),
        ExperimentsCommand::Rename(a) => rename(ctx, a),
        ExperimentsCommand::Delete(a) => delete(ctx, a),
        ExperimentsCommand::Restore(a) => restore(ctx, a),
    }
}

/// Create an experiment and print its id
///
/// The name must be unique, among deleted experiments too.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf experiments create --experiment-name fraud-detection\n  \
    EXP=$(mlf experiments create -n ci --exist-ok)"
)]
pub struct CreateArgs {
    /// Name of the new experiment
    #[arg(long, short = 'n', value_name = "NAME")]
    experiment_name: String,
    /// Where the experiment's artifacts go [default: ./mlruns/<id> for local stores]
    #[arg(long, value_name = "URI")]
    artifact_location: Option<String>,
    /// Tag to set, KEY=VALUE (can be repeated)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    tags: Vec<String>,
    /// Print the id of an existing active experiment of that name instead of failing
    #[arg(long)]
    exist_ok: bool,
}

fn create(ctx: &Ctx, args: CreateArgs) -> anyhow::Result<()> {
    let CreateArgs {
        experiment_name,
        artifact_location,
        tags,
        exist_ok,
    } = args;
    let tags = parse_tags(&tags)?;
    let store = ctx.store()?;
    let id = match store.create_experiment(&experiment_name, artifact_location.as_deref(), &tags) {
        Ok(id) => {
            ctx.out.status(&format!(
                "Created experiment `{experiment_name}` with id {id}"
            ));
            id
        }
        Err(e @ StoreError::AlreadyExists { .. }) if exist_ok => {
            let existing = store.get_experiment_by_name(&experiment_name)?;
            if existing.lifecycle_stage != crate::model::ACTIVE {
                return Err(e.into());
            }
            existing.experiment_id
        }
        Err(e) => return Err(e.into()),
    };
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "experiment_id": id })),
        OutputFormat::Csv => ctx.out.rows(&["experiment_id".into()], &[vec![id]]),
        OutputFormat::Table => Ok(ctx.out.line(&id)?),
    }
}

/// Show one experiment
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf experiments get fraud-detection\n  mlf experiments get 3\n  mlf experiments get --experiment-name fraud-detection -o json"
)]
pub struct GetArgs {
    /// Experiment name or id (or --experiment-name / --experiment-id)
    #[arg(value_name = "EXPERIMENT", conflicts_with_all = ["experiment_id", "experiment_name"])]
    experiment_word: Option<String>,
    #[command(flatten)]
    experiment: ExperimentArgs,
}

fn get(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let exp = match &args.experiment_word {
        Some(word) => find_experiment_by_word(store, word)?,
        None => find_experiment(store, &args.experiment.required()?)?,
    };
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "experiment": exp })),
        OutputFormat::Csv => {
            let (headers, rows) = csv_rows(std::slice::from_ref(&exp));
            ctx.out.rows(&headers, &rows)
        }
        OutputFormat::Table => {
            let mut rows = vec![
                vec!["experiment_id".into(), exp.experiment_id.clone()],
                vec!["name".into(), exp.name.clone()],
                vec!["artifact_location".into(), exp.artifact_location.clone()],
                vec!["lifecycle_stage".into(), exp.lifecycle_stage.clone()],
                vec!["creation_time".into(), output::time(exp.creation_time)],
                vec![
                    "last_update_time".into(),
                    output::time(exp.last_update_time),
                ],
            ];
            rows.extend(
                exp.tags
                    .iter()
                    .map(|t| vec![format!("tags.{}", t.key), t.value.clone()]),
            );
            ctx.out.rows(&["field".into(), "value".into()], &rows)
        }
    }
}

/// Search experiments
///
/// Sorted by creation time, newest first, unless --order-by says otherwise.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  mlf experiments search\n  \
    mlf experiments search --filter \"name LIKE 'fraud%'\" --order-by name -o json")]
pub struct SearchArgs {
    /// Which experiments: active, deleted or all
    #[arg(long, default_value = "active", value_parser = super::view_parser())]
    view: ViewType,
    /// MLflow filter string, e.g. "name LIKE 'fraud%'"
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)
    #[arg(long, value_name = "KEY")]
    order_by: Vec<String>,
    /// Most experiments to return, across pages
    #[arg(long, default_value_t = 1000, value_name = "N")]
    max_results: usize,
    /// Continue from the page token of an earlier search
    #[arg(long, value_name = "TOKEN")]
    page_token: Option<String>,
}

fn search(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
    let SearchArgs {
        view,
        filter,
        order_by,
        max_results,
        page_token,
    } = args;
    if max_results == 0 {
        return Err(crate::error::CliError::usage("--max-results must be at least 1").into());
    }
    let store = ctx.store()?;
    let mut query = ExperimentQuery {
        view,
        filter,
        order_by,
        max_results: 0,
        page_token,
    };
    let (items, next) = super::collect_pages(max_results, query.page_token.take(), |n, token| {
        query.max_results = n;
        query.page_token = token;
        store.search_experiments(&query)
    })?;
    match ctx.out.format {
        OutputFormat::Json => {
            let mut body = json!({ "experiments": items });
            if let Some(t) = next {
                body["next_page_token"] = json!(t);
            }
            ctx.out.json(&body)
        }
        OutputFormat::Csv => {
            let (headers, rows) = csv_rows(&items);
            ctx.out.rows(&headers, &rows)
        }
        OutputFormat::Table => {
            let headers = [
                "experiment_id",
                "name",
                "lifecycle_stage",
                "created",
                "artifact_location",
            ];
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|e| {
                    vec![
                        e.experiment_id.clone(),
                        e.name.clone(),
                        e.lifecycle_stage.clone(),
                        output::time(e.creation_time),
                        e.artifact_location.clone(),
                    ]
                })
                .collect();
            if rows.is_empty() {
                ctx.out.status("No experiments found.");
            }
            ctx.out.rows(&headers.map(String::from), &rows)?;
            if let Some(t) = next {
                ctx.out
                    .status(&format!("More experiments: --page-token {t}"));
            }
            Ok(())
        }
    }
}

/// Flat CSV columns of experiments, one `tags.<key>` column per tag key.
fn csv_rows(items: &[Experiment]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut tag_keys: Vec<&str> = items
        .iter()
        .flat_map(|e| e.tags.iter().map(|t| t.key.as_str()))
        .collect();
    tag_keys.sort_unstable();
    tag_keys.dedup();
    let mut headers: Vec<String> = [
        "experiment_id",
        "name",
        "artifact_location",
        "lifecycle_stage",
        "creation_time",
        "last_update_time",
    ]
    .map(String::from)
    .to_vec();
    headers.extend(tag_keys.iter().map(|k| format!("tags.{k}")));
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let rows = items
        .iter()
        .map(|e| {
            let mut row = vec![
                e.experiment_id.clone(),
                e.name.clone(),
                e.artifact_location.clone(),
                e.lifecycle_stage.clone(),
                opt(e.creation_time),
                opt(e.last_update_time),
            ];
            row.extend(tag_keys.iter().map(|k| {
                e.tags
                    .iter()
                    .find(|t| t.key == *k)
                    .map(|t| t.value.clone())
                    .unwrap_or_default()
            }));
            row
        })
        .collect();
    (headers, rows)
}

/// Rename an experiment
#[derive(Args, Debug)]
pub struct RenameArgs {
    #[command(flatten)]
    experiment: ExperimentArgs,
    /// The new name
    #[arg(long, value_name = "NAME")]
    new_name: String,
}

fn rename(ctx: &Ctx, args: RenameArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let id = super::experiment_id(store, &args.experiment.required()?)?;
    store.rename_experiment(&id, &args.new_name)?;
    ctx.out
        .status(&format!("Renamed experiment {id} to `{}`.", args.new_name));
    empty(ctx)
}

/// Select the experiment to delete or restore
#[derive(Args, Debug)]
pub struct IdArgs {
    #[command(flatten)]
    experiment: ExperimentArgs,
}

fn delete(ctx: &Ctx, args: IdArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let exp = find_experiment(store, &args.experiment.required()?)?;
    ctx.out.confirm(
        &format!(
            "Delete experiment `{}` (id {}) and its runs?",
            exp.name, exp.experiment_id
        ),
        ctx.yes,
    )?;
    store.delete_experiment(&exp.experiment_id)?;
    ctx.out
        .status(&format!("Deleted experiment {}.", exp.experiment_id));
    empty(ctx)
}

fn restore(ctx: &Ctx, args: IdArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let id = super::experiment_id(store, &args.experiment.required()?)?;
    store.restore_experiment(&id)?;
    ctx.out.status(&format!("Restored experiment {id}."));
    empty(ctx)
}

/// Prints `{}` in JSON mode and nothing otherwise, for commands that return no data.
pub fn empty(ctx: &Ctx) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        ctx.out.json(&json!({}))?;
    }
    Ok(())
}
