//! `mlf runs …`

use std::collections::BTreeSet;

use clap::{Args, Subcommand};
use serde_json::json;

use super::experiments::empty;
use super::{parse_tags, ExperimentArgs, ExperimentRef, RunArg, RunIdArg};
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::{Run, RunStatus, ViewType};
use crate::ops::start_run::{self, NewRun, Target};
use crate::output;
use crate::output::OutputFormat;
use crate::search::{self, Dialect, Entity};
use crate::store::{now_ms, RunQuery, Store, StoreError, UpdateRun};

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
    /// Delete a run (soft delete; asks on a terminal)
    Delete(RunOnlyArgs),
    /// Restore a deleted run
    Restore(RunOnlyArgs),
}

/// Runs a runs command.
pub fn run(ctx: &Ctx, cmd: RunsCommand) -> anyhow::Result<()> {
    match cmd {
        RunsCommand::Create(a) => create(ctx, a),
        RunsCommand::Get(a) => get(ctx, a),
        RunsCommand::Search(a) => search(ctx, a),
        RunsCommand::Update(a) => update(ctx, a),
        RunsCommand::End(a) => end(ctx, a),
        RunsCommand::Delete(a) => delete(ctx, a),
        RunsCommand::Restore(a) => restore(ctx, a),
    }
}

/// Start a run, leave it RUNNING, and print its id
///
/// With --experiment-name, the experiment is created when it does not exist. With no
/// experiment at all, the run goes to the default experiment 0.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  export MLFLOW_RUN_ID=$(mlf runs create --experiment-name ci --run-name nightly)\n  \
    mlf metrics log acc=0.91\n  mlf runs end"
)]
pub struct CreateArgs {
    #[command(flatten)]
    experiment: ExperimentArgs,
    /// Name of the run [default: a random name like brave-owl-417]
    #[arg(long, value_name = "NAME")]
    run_name: Option<String>,
    /// Tag to set, KEY=VALUE (can be repeated)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    tags: Vec<String>,
    /// Make this run a child of another run
    #[arg(long, value_name = "ID")]
    parent_run_id: Option<String>,
    /// Description of the run (the `mlflow.note.content` tag)
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    /// Start time in milliseconds since the epoch [default: now]
    #[arg(long, value_name = "MS", allow_negative_numbers = true)]
    start_time: Option<i64>,
}

fn create(ctx: &Ctx, args: CreateArgs) -> anyhow::Result<()> {
    let CreateArgs {
        experiment,
        run_name,
        tags,
        parent_run_id,
        description,
        start_time,
    } = args;
    let mut user_tags = parse_tags(&tags)?;
    super::truncate_values(
        &ctx.out,
        "tag",
        crate::store::validate::MAX_TAG_VALUE_LEN,
        user_tags.iter_mut().map(|t| (t.key.as_str(), &mut t.value)),
    );
    let store = ctx.store()?;
    let target = match experiment.selected() {
        None => Target::Default,
        Some(ExperimentRef::Id(id)) => Target::Id(id),
        Some(ExperimentRef::Name(name)) => Target::Name(name),
    };
    let new = NewRun {
        run_name,
        tags: user_tags,
        parent_run_id,
        description,
        start_time,
        cwd: Some(ctx.cwd.clone()),
    };
    let started = start_run::start(store, &target, &new)?;
    if started.created_experiment {
        ctx.out.status(&format!(
            "Created experiment `{}` with id {}",
            started.experiment.name, started.experiment.experiment_id
        ));
    }
    let run = started.run;
    ctx.out.status(&format!(
        "Created run `{}` ({}) in experiment `{}`",
        run.info.run_id, run.info.run_name, started.experiment.name
    ));
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "run": run })),
        OutputFormat::Csv => print_runs_csv(ctx, &[run]),
        OutputFormat::Table => Ok(ctx.out.line(&run.info.run_id)?),
    }
}

/// Show a run: info, params, latest metrics and tags
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf runs get $RUN\n  mlf runs get --run-id $RUN -o json | jq '.run.data.metrics'"
)]
pub struct GetArgs {
    #[command(flatten)]
    run: RunArg,
}

/// Arguments of commands that only name a run.
#[derive(Args, Debug)]
pub struct RunOnlyArgs {
    #[command(flatten)]
    run: RunArg,
}

fn get(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let run = ctx.store()?.get_run(&args.run.id()?)?;
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "run": run })),
        OutputFormat::Csv => print_runs_csv(ctx, &[run]),
        OutputFormat::Table => {
            let i = &run.info;
            let mut rows = vec![
                vec!["run_id".into(), i.run_id.clone()],
                vec!["run_name".into(), i.run_name.clone()],
                vec!["experiment_id".into(), i.experiment_id.clone()],
                vec!["status".into(), i.status.as_str().into()],
                vec!["lifecycle_stage".into(), i.lifecycle_stage.clone()],
                vec!["user_id".into(), i.user_id.clone()],
                vec!["start_time".into(), output::time(i.start_time)],
                vec!["end_time".into(), output::time(i.end_time)],
                vec![
                    "duration".into(),
                    output::duration(i.start_time, i.end_time),
                ],
                vec!["artifact_uri".into(), i.artifact_uri.clone()],
            ];
            let d = &run.data;
            rows.extend(
                d.params
                    .iter()
                    .map(|p| vec![format!("params.{}", p.key), p.value.clone()]),
            );
            rows.extend(d.metrics.iter().map(|m| {
                vec![
                    format!("metrics.{}", m.key),
                    format!("{} (step {})", crate::float::display(m.value), m.step),
                ]
            }));
            rows.extend(
                d.tags
                    .iter()
                    .map(|t| vec![format!("tags.{}", t.key), t.value.clone()]),
            );
            // One row per dataset input: `datasets.<name>` = digest and context.
            rows.extend(run.inputs.dataset_inputs.iter().map(|input| {
                let context = input
                    .tags
                    .iter()
                    .find(|t| t.key == "mlflow.data.context")
                    .map(|t| format!(" ({})", t.value))
                    .unwrap_or_default();
                vec![
                    format!("datasets.{}", input.dataset.name),
                    format!("{}{context}", input.dataset.digest),
                ]
            }));
            ctx.out.rows(&["field".into(), "value".into()], &rows)
        }
    }
}

/// Search runs with MLflow's filter syntax
///
/// With no experiment given, every active experiment is searched. Runs are sorted by start
/// time, newest first, unless --order-by says otherwise; --max-results counts runs, following
/// page tokens as needed.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf runs search --experiment-name fraud-detection --order-by metrics.val_loss\n  \
    mlf runs search --filter \"metrics.val_loss < 0.3 and params.model = 'cnn'\" --columns params.lr\n  \
    mlf runs search -o json | jq -r '.runs[].info.run_id'"
)]
pub struct SearchArgs {
    /// Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]
    #[arg(long = "experiment-id", value_name = "ID")]
    experiment_ids: Vec<String>,
    /// Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]
    #[arg(long = "experiment-name", short = 'n', value_name = "NAME")]
    experiment_names: Vec<String>,
    /// MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = 'cnn'"
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)
    #[arg(long, value_name = "KEY")]
    order_by: Vec<String>,
    /// Most runs to return, across pages
    #[arg(long, default_value_t = 1000, value_name = "N")]
    max_results: usize,
    /// Continue from the page token of an earlier search
    #[arg(long, value_name = "TOKEN")]
    page_token: Option<String>,
    /// Which runs: active, deleted or all
    #[arg(long, default_value = "active", value_parser = super::view_parser())]
    view: ViewType,
    /// Extra table columns, e.g. metrics.val_loss,params.lr,tags.team
    #[arg(long, value_delimiter = ',', value_name = "COLUMNS")]
    columns: Vec<String>,
}

/// Returns the ids of the experiments a runs search covers.
fn search_experiment_ids(store: &dyn Store, args: &SearchArgs) -> anyhow::Result<Vec<String>> {
    let mut refs: Vec<ExperimentRef> = args
        .experiment_ids
        .iter()
        .cloned()
        .map(ExperimentRef::Id)
        .collect();
    refs.extend(
        args.experiment_names
            .iter()
            .cloned()
            .map(ExperimentRef::Name),
    );
    if refs.is_empty() {
        if let Some(r) = ExperimentArgs::default().selected() {
            refs.push(r);
        }
    }
    if refs.is_empty() {
        let mut query = crate::store::ExperimentQuery::default();
        let (experiments, _) = super::collect_pages(usize::MAX, None, |n, token| {
            query.max_results = n;
            query.page_token = token;
            store.search_experiments(&query)
        })?;
        return Ok(experiments.into_iter().map(|e| e.experiment_id).collect());
    }
    Ok(refs
        .iter()
        .map(|r| super::experiment_id(store, r))
        .collect::<Result<_, _>>()?)
}

fn search(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
    if args.max_results == 0 {
        return Err(CliError::usage("--max-results must be at least 1").into());
    }
    // Parse the order keys up front: a syntax error must not wait for the store.
    let order_keys = search::order::parse_all(&args.order_by, Dialect::Runs)
        .map_err(|e| StoreError::Invalid(format!("{}\n{}", e.message, e.caret())))?;
    let store = ctx.store()?;
    let experiment_ids = search_experiment_ids(store, &args)?;
    let mut query = RunQuery {
        experiment_ids,
        view: args.view,
        filter: args.filter.clone(),
        order_by: args.order_by.clone(),
        max_results: 0,
        page_token: args.page_token.clone(),
    };
    let (runs, next) =
        super::collect_pages(args.max_results, query.page_token.take(), |n, token| {
            query.max_results = n;
            query.page_token = token;
            store.search_runs(&query)
        })?;
    match ctx.out.format {
        OutputFormat::Json => {
            let mut body = json!({ "runs": runs });
            if let Some(t) = next {
                body["next_page_token"] = json!(t);
            }
            ctx.out.json(&body)
        }
        OutputFormat::Csv => print_runs_csv(ctx, &runs),
        OutputFormat::Table => {
            let mut columns: Vec<String> = Vec::new();
            let base = ["run_id", "run_name", "status", "start_time", "duration"];
            let order_columns = order_keys.iter().map(|k| column_label(k.entity, &k.key));
            for c in args
                .columns
                .iter()
                .map(|c| c.trim().to_string())
                .chain(order_columns)
            {
                if !c.is_empty() && !columns.contains(&c) && !base.contains(&c.as_str()) {
                    columns.push(c);
                }
            }
            let mut headers: Vec<String> = ["run_id", "name", "status", "start_time", "duration"]
                .map(String::from)
                .to_vec();
            headers.extend(columns.iter().cloned());
            let rows: Vec<Vec<String>> = runs
                .iter()
                .map(|r| {
                    let mut row = vec![
                        r.info.run_id.clone(),
                        r.info.run_name.clone(),
                        r.info.status.as_str().into(),
                        output::time(r.info.start_time),
                        output::duration(r.info.start_time, r.info.end_time),
                    ];
                    row.extend(columns.iter().map(|c| column_value(r, c)));
                    row
                })
                .collect();
            if rows.is_empty() {
                ctx.out.status("No runs found.");
            }
            ctx.out.rows(&headers, &rows)?;
            if let Some(t) = next {
                ctx.out.status(&format!("More runs: --page-token {t}"));
            }
            Ok(())
        }
    }
}

/// The column label of an order key: `metrics.x`, `params.x`, `tags.x` or the attribute.
fn column_label(entity: Entity, key: &str) -> String {
    match entity {
        Entity::Metric => format!("metrics.{key}"),
        Entity::Param => format!("params.{key}"),
        Entity::Tag => format!("tags.{key}"),
        Entity::Dataset => format!("datasets.{key}"),
        Entity::Attribute => key.to_string(),
    }
}

/// The value of a `--columns` entry for a run.
fn column_value(run: &Run, column: &str) -> String {
    let (prefix, key) = column.split_once('.').unwrap_or(("", column));
    let d = &run.data;
    match prefix {
        "metrics" | "metric" => d
            .metrics
            .iter()
            .find(|m| m.key == key)
            .map(|m| crate::float::display(m.value)),
        "params" | "param" => d
            .params
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.value.clone()),
        "tags" | "tag" => run.tag(key).map(str::to_string),
        _ => {
            let i = &run.info;
            match column
                .trim_start_matches("attributes.")
                .trim_start_matches("attribute.")
            {
                "run_id" => Some(i.run_id.clone()),
                "run_name" => Some(i.run_name.clone()),
                "experiment_id" => Some(i.experiment_id.clone()),
                "user_id" => Some(i.user_id.clone()),
                "status" => Some(i.status.as_str().into()),
                "start_time" => Some(output::time(i.start_time)),
                "end_time" => Some(output::time(i.end_time)),
                "artifact_uri" => Some(i.artifact_uri.clone()),
                "lifecycle_stage" => Some(i.lifecycle_stage.clone()),
                _ => None,
            }
        }
    }
    .unwrap_or_default()
}

/// Prints runs as CSV: run_id, run_name, experiment_id, status, start_time, end_time, then
/// one column per metric, param and tag key.
fn print_runs_csv(ctx: &Ctx, runs: &[Run]) -> anyhow::Result<()> {
    let keys = |f: &dyn Fn(&Run) -> Vec<String>| -> Vec<String> {
        runs.iter()
            .flat_map(f)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    let metrics = keys(&|r| r.data.metrics.iter().map(|m| m.key.clone()).collect());
    let params = keys(&|r| r.data.params.iter().map(|p| p.key.clone()).collect());
    let tags = keys(&|r| r.data.tags.iter().map(|t| t.key.clone()).collect());
    let mut headers: Vec<String> = [
        "run_id",
        "run_name",
        "experiment_id",
        "status",
        "start_time",
        "end_time",
    ]
    .map(String::from)
    .to_vec();
    headers.extend(metrics.iter().map(|k| format!("metrics.{k}")));
    headers.extend(params.iter().map(|k| format!("params.{k}")));
    headers.extend(tags.iter().map(|k| format!("tags.{k}")));
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let rows: Vec<Vec<String>> = runs
        .iter()
        .map(|r| {
            let i = &r.info;
            let mut row = vec![
                i.run_id.clone(),
                i.run_name.clone(),
                i.experiment_id.clone(),
                i.status.as_str().into(),
                opt(i.start_time),
                opt(i.end_time),
            ];
            row.extend(
                metrics
                    .iter()
                    .map(|k| column_value(r, &format!("metrics.{k}"))),
            );
            row.extend(
                params
                    .iter()
                    .map(|k| column_value(r, &format!("params.{k}"))),
            );
            row.extend(
                tags.iter()
                    .map(|k| r.tag(k).unwrap_or_default().to_string()),
            );
            row
        })
        .collect();
    ctx.out.rows(&headers, &rows)
}

/// Change a run's name, status or end time
#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    run: RunIdArg,
    /// New run name
    #[arg(long, value_name = "NAME")]
    run_name: Option<String>,
    /// New status
    #[arg(long, ignore_case = true, value_parser = super::status_parser())]
    status: Option<RunStatus>,
    /// End time in milliseconds since the epoch
    #[arg(long, value_name = "MS", allow_negative_numbers = true)]
    end_time: Option<i64>,
}

fn update(ctx: &Ctx, args: UpdateArgs) -> anyhow::Result<()> {
    let UpdateArgs {
        run,
        run_name,
        status,
        end_time,
    } = args;
    let upd = UpdateRun {
        status,
        end_time,
        run_name,
    };
    let info = ctx.store()?.update_run(&run.id()?, &upd)?;
    ctx.out.status(&format!("Updated run `{}`", info.run_id));
    run_info_output(ctx, &info)
}

fn run_info_output(ctx: &Ctx, info: &crate::model::RunInfo) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        ctx.out.json(&json!({ "run_info": info }))?;
    }
    Ok(())
}

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

fn end(ctx: &Ctx, args: EndArgs) -> anyhow::Result<()> {
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

fn delete(ctx: &Ctx, args: RunOnlyArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let run = store.get_run(&args.run.id()?)?;
    ctx.out.confirm(
        &format!("Delete run `{}` ({})?", run.info.run_id, run.info.run_name),
        ctx.yes,
    )?;
    store.delete_run(&run.info.run_id)?;
    ctx.out
        .status(&format!("Deleted run `{}`", run.info.run_id));
    empty(ctx)
}

fn restore(ctx: &Ctx, args: RunOnlyArgs) -> anyhow::Result<()> {
    let run_id = args.run.id()?;
    ctx.store()?.restore_run(&run_id)?;
    ctx.out.status(&format!("Restored run `{run_id}`"));
    empty(ctx)
}
