//! `mlf registry …`: the model registry, for CI promotion. `register`, `get`, `search` and
//! `versions` here; `alias` and `tags` in `labels`.

mod labels;

use clap::{Args, Subcommand};
use serde_json::json;

use super::parse_tags;
use crate::context::Ctx;
use crate::error::CliError;
use crate::model::{ModelVersion, RegisteredModel};
use crate::ops::register::{register, Register, Source};
use crate::output::{self, OutputFormat};
use crate::store::registry::RegistryQuery;
use crate::store::registry_local::{MODELS_DEFAULT, VERSIONS_DEFAULT};

/// Register models and move aliases
#[derive(Subcommand, Debug)]
pub enum RegistryCommand {
    Register(RegisterArgs),
    #[command(visible_alias = "describe")]
    Get(GetArgs),
    #[command(visible_alias = "list")]
    Search(SearchArgs),
    Versions(VersionsArgs),
    #[command(subcommand)]
    Alias(labels::AliasCommand),
    #[command(subcommand)]
    Tags(labels::TagsCommand),
}

/// Runs a registry command.
pub fn run(ctx: &Ctx, cmd: RegistryCommand) -> anyhow::Result<()> {
    match cmd {
        RegistryCommand::Register(a) => register_cmd(ctx, a),
        RegistryCommand::Get(a) => get(ctx, a),
        RegistryCommand::Search(a) => search(ctx, a),
        RegistryCommand::Versions(a) => versions(ctx, a),
        RegistryCommand::Alias(c) => labels::alias(ctx, c),
        RegistryCommand::Tags(c) => labels::tags(ctx, c),
    }
}

/// Register a model version and print its number
///
/// Creates the registered model when it does not exist, then its next version, as
/// `mlflow.register_model` does. A `runs:/<run>/<path>` source is the run's artifacts at
/// <path> when they hold an MLmodel file, else the run's logged model named <path>.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf registry register --name fraud --source runs:/$RUN/model --alias champion\n  \
    mlf registry register --name fraud --model-id m-0123456789abcdef --tag ci=passed"
)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["model_id", "source"]))]
pub struct RegisterArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Logged model to register (its source becomes models:/<id>)
    #[arg(long, value_name = "ID")]
    model_id: Option<String>,
    /// Model URI or artifact location to register: runs:/<run>/<path>, models:/…, a URI
    #[arg(long, value_name = "URI")]
    source: Option<String>,
    /// Tag of the new version, KEY=VALUE (can be repeated)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    tags: Vec<String>,
    /// Alias to point at the new version (can be repeated)
    #[arg(long = "alias", value_name = "ALIAS")]
    aliases: Vec<String>,
}

fn register_cmd(ctx: &Ctx, args: RegisterArgs) -> anyhow::Result<()> {
    let source = match (args.model_id, args.source) {
        (Some(id), _) => Source::ModelId(id),
        (None, Some(uri)) => Source::Uri(uri),
        (None, None) => return Err(CliError::usage("give --model-id or --source").into()),
    };
    let req = Register {
        name: args.name,
        source,
        tags: parse_tags(&args.tags)?,
        aliases: args.aliases,
    };
    let store = ctx.store()?;
    let out = &ctx.out;
    let mv = register(store, &req, &|w| out.warn(w))?;
    out.status(&format!(
        "Registered version {} of model `{}`",
        mv.version, mv.name
    ));
    match out.format {
        OutputFormat::Json => out.json(&json!({ "model_version": mv })),
        _ => Ok(out.line(&mv.version)?),
    }
}

/// Show a registered model: its tags, aliases and latest versions
#[derive(Args, Debug)]
#[command(after_help = "Example:\n  mlf registry get --name fraud -o json")]
pub struct GetArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
}

fn get(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let m = ctx.store()?.get_registered_model(&args.name)?;
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&json!({ "registered_model": m }));
    }
    let mut rows = vec![
        vec!["name".into(), m.name.clone()],
        vec![
            "creation_timestamp".into(),
            output::time(Some(m.creation_timestamp)),
        ],
        vec![
            "last_updated_timestamp".into(),
            output::time(Some(m.last_updated_timestamp)),
        ],
        vec![
            "description".into(),
            m.description.clone().unwrap_or_default(),
        ],
    ];
    rows.extend(
        m.latest_versions
            .iter()
            .map(|v| vec![format!("latest.{}", v.current_stage), v.version.clone()]),
    );
    rows.extend(
        m.aliases
            .iter()
            .map(|a| vec![format!("aliases.{}", a.alias), a.version.clone()]),
    );
    rows.extend(
        m.tags
            .iter()
            .map(|t| vec![format!("tags.{}", t.key), t.value.clone()]),
    );
    ctx.out.rows(&["field".into(), "value".into()], &rows)
}

/// Search registered models
///
/// The filter takes MLflow's registry grammar: `name` (=, !=, LIKE, ILIKE, IN) and tags.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf registry search --filter \"name LIKE 'fraud%'\"\n  \
    mlf registry search --filter \"tags.team = 'risk'\" -o json"
)]
pub struct SearchArgs {
    /// Filter, e.g. "name LIKE 'fraud%' AND tags.team = 'risk'"
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Most registered models to return
    #[arg(long, value_name = "N", default_value_t = MODELS_DEFAULT)]
    max_results: usize,
}

fn search(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let (items, _) = super::collect_pages(args.max_results, None, |n, token| {
        store.search_registered_models(&RegistryQuery {
            filter: args.filter.clone(),
            max_results: n.min(1000),
            page_token: token,
        })
    })?;
    print_models(ctx, &items)
}

fn print_models(ctx: &Ctx, items: &[RegisteredModel]) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&json!({ "registered_models": items }));
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|m| {
            let latest = m
                .latest_versions
                .iter()
                .map(|v| v.version.parse::<i64>().unwrap_or(0))
                .max()
                .map(|v| v.to_string())
                .unwrap_or_default();
            vec![
                m.name.clone(),
                latest,
                m.aliases
                    .iter()
                    .map(|a| format!("{}={}", a.alias, a.version))
                    .collect::<Vec<_>>()
                    .join(","),
                output::time(Some(m.last_updated_timestamp)),
            ]
        })
        .collect();
    let headers = ["name", "latest_version", "aliases", "last_updated"].map(String::from);
    ctx.out.rows(&headers, &rows)
}

/// List the versions of a registered model (search_model_versions)
///
/// The filter takes MLflow's version grammar: `version_number`, `run_id`, `source_path`
/// and tags; it is joined to `name = '<NAME>'`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  mlf registry versions --name fraud\n  \
    mlf registry versions --name fraud --filter \"tags.ci = 'passed'\" -o json")]
pub struct VersionsArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Filter, e.g. "version_number > 2 AND run_id = '…'"
    #[arg(long, value_name = "FILTER")]
    filter: Option<String>,
    /// Most versions to return
    #[arg(long, value_name = "N", default_value_t = VERSIONS_DEFAULT)]
    max_results: usize,
}

/// The filter clause selecting a model by name, quoted so that the name reads back whole.
fn name_clause(name: &str) -> Result<String, CliError> {
    if !name.contains('\'') {
        Ok(format!("name = '{name}'"))
    } else if !name.contains('"') {
        Ok(format!("name = \"{name}\""))
    } else {
        Err(CliError::usage(
            "a model name with both ' and \" cannot be put in a search filter",
        ))
    }
}

fn versions(ctx: &Ctx, args: VersionsArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let mut filter = name_clause(&args.name)?;
    if let Some(f) = args.filter.as_deref().filter(|f| !f.trim().is_empty()) {
        crate::search::filter::parse_registry(
            f,
            crate::search::filter::RegistryDialect::ModelVersions,
        )?;
        filter = format!("{filter} AND {f}");
    }
    let (items, _) = super::collect_pages(args.max_results, None, |n, token| {
        store.search_model_versions(&RegistryQuery {
            filter: Some(filter.clone()),
            max_results: n.min(200_000),
            page_token: token,
        })
    })?;
    print_versions(ctx, &items)
}

fn print_versions(ctx: &Ctx, items: &[ModelVersion]) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&json!({ "model_versions": items }));
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|v| {
            vec![
                v.name.clone(),
                v.version.clone(),
                v.current_stage.clone(),
                v.status.clone(),
                v.run_id.clone().unwrap_or_default(),
                v.aliases.join(","),
                v.source.clone(),
                output::time(Some(v.creation_timestamp)),
            ]
        })
        .collect();
    let headers = [
        "name", "version", "stage", "status", "run_id", "aliases", "source", "created",
    ]
    .map(String::from);
    ctx.out.rows(&headers, &rows)
}
