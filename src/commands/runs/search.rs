//! `mlf runs search`: search runs across experiments and pages, as a table with extra
//! columns, CSV or JSON.

use clap::Args;
use serde_json::json;

use super::print::{column_value, print_runs_csv};
use crate::commands::{ExperimentArgs, ExperimentRef};
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::ViewType;
use crate::output;
use crate::output::OutputFormat;
use crate::search::{self, Dialect, Entity};
use crate::store::{RunQuery, Store, StoreError};

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
    #[arg(long, default_value = "active", value_parser = crate::commands::view_parser())]
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
        let (experiments, _) = crate::commands::collect_pages(usize::MAX, None, |n, token| {
            query.max_results = n;
            query.page_token = token;
            store.search_experiments(&query)
        })?;
        return Ok(experiments.into_iter().map(|e| e.experiment_id).collect());
    }
    Ok(refs
        .iter()
        .map(|r| crate::commands::experiment_id(store, r))
        .collect::<Result<_, _>>()?)
}

pub(super) fn search(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
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
        crate::commands::collect_pages(args.max_results, query.page_token.take(), |n, token| {
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
