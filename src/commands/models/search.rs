//! `mlf models search`: logged models searched as `search_logged_models` searches them, as a
//! table or the REST API's JSON.

use clap::Args;
use serde_json::json;

use crate::commands::{ExperimentArgs, ExperimentRef};
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::LoggedModel;
use crate::output::{self, OutputFormat};
use crate::search::models::parse_order;
use crate::store::models::{DatasetFilter, ModelQuery};
use crate::store::{Store, StoreError};

/// Search logged models with MLflow's logged-model filter syntax
///
/// With no experiment given, every active experiment is searched. Models are sorted by
/// creation time, newest first, unless --order-by says otherwise; --max-results counts models,
/// following page tokens as needed. With --dataset, metric filters and metric order keys use
/// only the values logged against those datasets.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf models search fraud-detection --filter \"metrics.accuracy > 0.95 AND params.model_type = 'rf'\" --order-by \"metrics.f1 DESC\"\n  \
    mlf models search --dataset eval:3f2a9c --order-by \"metrics.auc DESC\" --max-results 1 -o json | jq -r '.models[0].info.model_id'"
)]
pub struct SearchArgs {
    /// Experiments to search, by name or id
    #[arg(value_name = "EXPERIMENT")]
    experiments: Vec<String>,
    /// Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]
    #[arg(long = "experiment-id", value_name = "ID")]
    experiment_ids: Vec<String>,
    /// Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]
    #[arg(long = "experiment-name", short = 'n', value_name = "NAME")]
    experiment_names: Vec<String>,
    /// Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = 'rf'"
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one
    /// dataset as metrics.<key>@<name>[:<digest>] (can be repeated)
    #[arg(long, value_name = "KEY")]
    order_by: Vec<String>,
    /// Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)
    #[arg(long, value_name = "NAME[:DIGEST]")]
    dataset: Vec<String>,
    /// Most models to return, across pages
    #[arg(long, default_value_t = 1000, value_name = "N")]
    max_results: usize,
    /// Continue from the page token of an earlier search
    #[arg(long, value_name = "TOKEN")]
    page_token: Option<String>,
}

/// The ids of the experiments searched: those named, else the environment's, else all active.
fn experiment_ids(store: &dyn Store, args: &SearchArgs) -> anyhow::Result<Vec<String>> {
    let mut ids = Vec::new();
    for word in &args.experiments {
        ids.push(crate::commands::find_experiment_by_word(store, word)?.experiment_id);
    }
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
    if refs.is_empty() && ids.is_empty() {
        refs.extend(ExperimentArgs::default().selected());
    }
    for r in &refs {
        ids.push(crate::commands::experiment_id(store, r)?);
    }
    if ids.is_empty() {
        let mut query = crate::store::ExperimentQuery::default();
        let (experiments, _) = crate::commands::collect_pages(usize::MAX, None, |n, token| {
            query.max_results = n;
            query.page_token = token;
            store.search_experiments(&query)
        })?;
        ids = experiments.into_iter().map(|e| e.experiment_id).collect();
    }
    Ok(ids)
}

fn dataset(s: &str) -> anyhow::Result<DatasetFilter> {
    let (name, digest) = match s.rsplit_once(':') {
        Some((n, d)) => (n, Some(d.to_string()).filter(|d| !d.is_empty())),
        None => (s, None),
    };
    if name.is_empty() {
        return Err(CliError::usage(format!("--dataset `{s}` has no dataset name")).into());
    }
    Ok(DatasetFilter {
        name: name.to_string(),
        digest,
    })
}

/// The latest value of a metric, for the table.
fn latest(m: &LoggedModel, key: &str) -> String {
    m.data
        .metrics
        .iter()
        .filter(|p| p.key == key)
        .max_by_key(|p| (p.step, p.timestamp))
        .map(|p| crate::float::display(p.value))
        .unwrap_or_default()
}

pub(super) fn search(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
    if args.max_results == 0 {
        return Err(CliError::usage("--max-results must be at least 1").into());
    }
    let order_by = args
        .order_by
        .iter()
        .map(|o| parse_order(o))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| StoreError::Invalid(format!("{}\n{}", e.message, e.caret())))?;
    let datasets = args
        .dataset
        .iter()
        .map(|d| dataset(d))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let store = ctx.store()?;
    let mut query = ModelQuery {
        experiment_ids: experiment_ids(store, &args)?,
        filter: args.filter.clone().filter(|f| !f.is_empty()),
        datasets,
        order_by: order_by.clone(),
        max_results: 0,
        page_token: None,
    };
    let (models, next) =
        crate::commands::collect_pages(args.max_results, args.page_token.clone(), |n, token| {
            query.max_results = n;
            query.page_token = token;
            store.search_logged_models(&query)
        })?;
    if ctx.out.format == OutputFormat::Json {
        let mut body = json!({ "models": models });
        if let Some(t) = next {
            body["next_page_token"] = json!(t);
        }
        return ctx.out.json(&body);
    }
    let metric_keys: Vec<&str> = order_by
        .iter()
        .filter_map(|o| o.field.strip_prefix("metrics."))
        .filter(|k| !k.is_empty())
        .collect();
    let mut headers: Vec<String> = ["model_id", "name", "status", "model_type", "created"]
        .map(String::from)
        .to_vec();
    headers.extend(metric_keys.iter().map(|k| format!("metrics.{k}")));
    let rows: Vec<Vec<String>> = models
        .iter()
        .map(|m| {
            let mut row = vec![
                m.info.model_id.clone(),
                m.info.name.clone(),
                m.info.status.filter_name().to_string(),
                m.info.model_type.clone().unwrap_or_default(),
                output::time(Some(m.info.creation_timestamp_ms)),
            ];
            row.extend(metric_keys.iter().map(|k| latest(m, k)));
            row
        })
        .collect();
    ctx.out.rows(&headers, &rows)?;
    if let Some(t) = next {
        ctx.out
            .status(&format!("more models follow: --page-token {t}"));
    }
    Ok(())
}
