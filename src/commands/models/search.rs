//! `mlf models search`: `search_logged_models` across experiments and pages, as a table or
//! as the REST body `{"models": […], "next_page_token": …}`.

use clap::Args;
use serde_json::json;

use crate::commands::{collect_pages, find_experiment_by_word, ExperimentArgs};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output;
use crate::output::OutputFormat;
use crate::store::models::{DatasetFilter, ModelOrder, ModelQuery};
use crate::store::Store;

/// The most models one page asks for.
const PAGE: usize = 1000;

/// Search logged models with MLflow's logged-model filter syntax
///
/// With no experiment given, every active experiment is searched. --max-results counts
/// models, following page tokens as needed.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf models search fraud --filter \"metrics.accuracy > 0.95 AND params.model_type = 'RandomForest'\" --order-by \"metrics.f1_score DESC\"\n  \
    mlf models search --experiment-id 1 --dataset eval:3f2a9c -o json | jq -r '.models[].info.model_id'"
)]
pub struct SearchArgs {
    /// Experiment names or ids to search
    #[arg(value_name = "EXPERIMENT")]
    experiments: Vec<String>,
    /// Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]
    #[arg(long = "experiment-id", value_name = "ID")]
    experiment_ids: Vec<String>,
    /// Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]
    #[arg(long = "experiment-name", short = 'n', value_name = "NAME")]
    experiment_names: Vec<String>,
    /// Logged-model filter, e.g. "metrics.accuracy > 0.95 AND name = 'ckpt'"
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Sort key with optional ASC/DESC: an attribute or metrics.<key> (can be repeated)
    #[arg(long, value_name = "KEY")]
    order_by: Vec<String>,
    /// Only metrics logged against this dataset, NAME or NAME:DIGEST (can be repeated)
    #[arg(long = "dataset", value_name = "NAME[:DIGEST]")]
    datasets: Vec<String>,
    /// Most models to return, across pages
    #[arg(long, default_value_t = 100, value_name = "N")]
    max_results: usize,
    /// Continue from the page token of an earlier search
    #[arg(long, value_name = "TOKEN")]
    page_token: Option<String>,
}

/// Parses `FIELD [ASC|DESC]`.
fn order(s: &str) -> Result<ModelOrder, CliError> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let ascending = match words.as_slice() {
        [_] => true,
        [_, d] if d.eq_ignore_ascii_case("asc") => true,
        [_, d] if d.eq_ignore_ascii_case("desc") => false,
        _ => {
            return Err(CliError::usage(format!(
                "invalid --order-by `{s}`: expected FIELD, FIELD ASC or FIELD DESC"
            )))
        }
    };
    Ok(ModelOrder {
        field: words[0].to_string(),
        ascending,
        dataset_name: None,
        dataset_digest: None,
    })
}

/// Returns the ids of the experiments searched.
fn experiment_ids(store: &dyn Store, args: &SearchArgs) -> anyhow::Result<Vec<String>> {
    let mut ids = args.experiment_ids.clone();
    for word in &args.experiments {
        ids.push(find_experiment_by_word(store, word)?.experiment_id);
    }
    for name in &args.experiment_names {
        ids.push(store.get_experiment_by_name(name)?.experiment_id);
    }
    if ids.is_empty() {
        if let Some(r) = ExperimentArgs::default().selected() {
            ids.push(crate::commands::experiment_id(store, &r)?);
        }
    }
    if ids.is_empty() {
        let mut query = crate::store::ExperimentQuery::default();
        let (experiments, _) = collect_pages(usize::MAX, None, |n, token| {
            query.max_results = n;
            query.page_token = token;
            store.search_experiments(&query)
        })?;
        ids = experiments.into_iter().map(|e| e.experiment_id).collect();
    }
    Ok(ids)
}

pub(super) fn search(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
    let order_by = args
        .order_by
        .iter()
        .map(|s| order(s))
        .collect::<Result<Vec<_>, _>>()?;
    let datasets = args
        .datasets
        .iter()
        .map(|d| match d.rsplit_once(':') {
            Some((name, digest)) => DatasetFilter {
                name: name.to_string(),
                digest: Some(digest.to_string()),
            },
            None => DatasetFilter {
                name: d.clone(),
                digest: None,
            },
        })
        .collect();
    let store = ctx.store()?;
    let mut query = ModelQuery {
        experiment_ids: experiment_ids(store, &args)?,
        filter: args.filter.clone(),
        datasets,
        order_by,
        ..Default::default()
    };
    let (models, next) = collect_pages(args.max_results, args.page_token.clone(), |n, token| {
        query.max_results = n.min(PAGE);
        query.page_token = token;
        store.search_logged_models(&query)
    })?;
    match ctx.out.format {
        OutputFormat::Json => ctx
            .out
            .json(&json!({"models": models, "next_page_token": next})),
        _ => {
            let rows: Vec<Vec<String>> = models
                .iter()
                .map(|m| {
                    let i = &m.info;
                    vec![
                        i.model_id.clone(),
                        i.name.clone(),
                        i.status.filter_name().into(),
                        i.experiment_id.clone(),
                        i.source_run_id.clone().unwrap_or_default(),
                        output::time(Some(i.creation_timestamp_ms)),
                    ]
                })
                .collect();
            let headers = [
                "model_id",
                "name",
                "status",
                "experiment_id",
                "source_run_id",
                "created",
            ];
            ctx.out.rows(&headers.map(String::from), &rows)
        }
    }
}
