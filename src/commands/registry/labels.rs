//! `mlf registry alias …` and `mlf registry tags …`.

use clap::{Args, Subcommand};

use super::super::experiments::empty;
use super::super::parse_tags;
use crate::context::Ctx;
use crate::error::CliError;

/// Point aliases at versions, or remove them
#[derive(Subcommand, Debug)]
pub enum AliasCommand {
    Set(AliasSetArgs),
    Delete(AliasDeleteArgs),
}

/// Point an alias (champion, staging, …) at a version
#[derive(Args, Debug)]
#[command(
    after_help = "Example:\n  mlf registry alias set --name fraud --alias champion --version 3"
)]
pub struct AliasSetArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Alias to set
    #[arg(long, value_name = "ALIAS")]
    alias: String,
    /// Version it points at
    #[arg(long, value_name = "VERSION")]
    version: String,
}

/// Remove an alias (a missing one is no error)
#[derive(Args, Debug)]
pub struct AliasDeleteArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Alias to remove
    #[arg(long, value_name = "ALIAS")]
    alias: String,
}

pub(super) fn alias(ctx: &Ctx, cmd: AliasCommand) -> anyhow::Result<()> {
    let store = ctx.store()?;
    match cmd {
        AliasCommand::Set(a) => {
            store.set_registered_model_alias(&a.name, &a.alias, &a.version)?;
            ctx.out.status(&format!(
                "Alias `{}` of model `{}` now points at version {}",
                a.alias, a.name, a.version
            ));
        }
        AliasCommand::Delete(a) => store.delete_registered_model_alias(&a.name, &a.alias)?,
    }
    empty(ctx)
}

/// Set or delete tags of registered models and versions
#[derive(Subcommand, Debug)]
pub enum TagsCommand {
    Set(TagsSetArgs),
    Delete(TagsDeleteArgs),
}

/// Set tags of a registered model, or of one version with --version
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf registry tags set --name fraud team=risk\n  \
    mlf registry tags set --name fraud --version 3 validated=true"
)]
pub struct TagsSetArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Version whose tags to set [default: the registered model's]
    #[arg(long, value_name = "VERSION")]
    version: Option<String>,
    /// Tags, KEY=VALUE
    #[arg(value_name = "KEY=VALUE", required = true)]
    tags: Vec<String>,
}

/// Delete tags of a registered model, or of one version with --version
///
/// A tag that is not set is no error, as in MLflow.
#[derive(Args, Debug)]
pub struct TagsDeleteArgs {
    /// Registered model name
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Version whose tags to delete [default: the registered model's]
    #[arg(long, value_name = "VERSION")]
    version: Option<String>,
    /// Tag keys
    #[arg(value_name = "KEY", required = true)]
    keys: Vec<String>,
}

pub(super) fn tags(ctx: &Ctx, cmd: TagsCommand) -> anyhow::Result<()> {
    let store = ctx.store()?;
    match cmd {
        TagsCommand::Set(a) => {
            for t in parse_tags(&a.tags)? {
                match &a.version {
                    Some(v) => store.set_model_version_tag(&a.name, v, &t)?,
                    None => store.set_registered_model_tag(&a.name, &t)?,
                }
            }
        }
        TagsCommand::Delete(a) => {
            for k in &a.keys {
                if k.is_empty() {
                    return Err(CliError::usage("a tag key cannot be empty").into());
                }
                match &a.version {
                    Some(v) => store.delete_model_version_tag(&a.name, v, k)?,
                    None => store.delete_registered_model_tag(&a.name, k)?,
                }
            }
        }
    }
    empty(ctx)
}
