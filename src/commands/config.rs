//! `mlf config …`

use std::io::Read;

use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

use super::experiments::empty;
use crate::config::{self, Setting, Source, SETTABLE_KEYS};
use crate::context::Ctx;
use crate::env;
use crate::error::CliError;
use crate::output::OutputFormat;

/// Show and change settings
#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    Show(ShowArgs),
    Set(SetArgs),
    Login(LoginArgs),
}

/// Runs a config command.
pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::Show(_) => show(ctx),
        ConfigCommand::Set(a) => set(ctx, a),
        ConfigCommand::Login(_) => login(ctx),
    }
}

/// Show every effective setting and where it came from
///
/// Sources, lowest precedence first: default, file, env, flag. Secrets are masked.
#[derive(Args, Debug)]
pub struct ShowArgs {}

const MASK: &str = "********";

fn show(ctx: &Ctx) -> anyhow::Result<()> {
    let s = &ctx.settings;
    s.check_profile()?;
    let mut rows: Vec<(&str, String, Source)> = vec![
        (
            "config_file",
            s.config_path.value.display().to_string(),
            s.config_path.source,
        ),
        ("profile", s.profile.value.clone(), s.profile.source),
    ];
    match ctx.tracking_uri() {
        Ok(uri) => rows.push(("tracking_uri", uri.value.to_string(), uri.source)),
        Err(_) => {
            let raw = s.tracking_uri.as_ref().map(|u| (u.value.clone(), u.source));
            let (v, src) = raw.unwrap_or_else(|| (String::new(), Source::Default));
            rows.push(("tracking_uri", crate::store::uri::redact(&v), src));
        }
    }
    rows.push(("output", s.output.value.name().into(), s.output.source));
    rows.push((
        "color",
        format!("{:?}", s.color.value).to_lowercase(),
        s.color.source,
    ));
    let mut opt = |key: &'static str, v: &Option<Setting<String>>, secret: bool| {
        if let Some(v) = v {
            rows.push((
                key,
                if secret { MASK.into() } else { v.value.clone() },
                v.source,
            ));
        }
    };
    opt("username", &s.username, false);
    opt("password", &s.password, true);
    opt("token", &s.token, true);
    for (key, var) in [
        ("experiment_id", env::MLFLOW_EXPERIMENT_ID),
        ("experiment_name", env::MLFLOW_EXPERIMENT_NAME),
        ("run_id", env::MLFLOW_RUN_ID),
    ] {
        if let Some(v) = env::var(var) {
            rows.push((key, v, Source::Env));
        }
    }
    // The HTTP settings of requests to servers, as MLflow reads them.
    let http = env::http_settings().map_err(crate::error::CliError::usage)?;
    for (var, value, set) in http.rows() {
        rows.push((var, value, if set { Source::Env } else { Source::Default }));
    }
    match ctx.out.format {
        OutputFormat::Json => {
            let mut body = Map::new();
            for (k, v, src) in &rows {
                body.insert(k.to_string(), json!({ "value": v, "source": src.name() }));
            }
            ctx.out.json(&Value::Object(body))
        }
        _ => {
            let table: Vec<Vec<String>> = rows
                .into_iter()
                .map(|(k, v, src)| vec![k.to_string(), v, src.name().to_string()])
                .collect();
            ctx.out
                .rows(&["key", "value", "source"].map(String::from), &table)
        }
    }
}

/// Set a value of a profile in the config file
///
/// Keys: tracking_uri, output, username. Secrets are entered with `mlf config login`.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf config set tracking_uri http://127.0.0.1:5000\n  \
    mlf config set output json --profile ci"
)]
pub struct SetArgs {
    /// tracking_uri, output or username
    #[arg(value_name = "KEY")]
    key: String,
    /// The value
    #[arg(value_name = "VALUE")]
    value: String,
}

fn set(ctx: &Ctx, args: SetArgs) -> anyhow::Result<()> {
    let SetArgs { key, value } = args;
    if !SETTABLE_KEYS.contains(&key.as_str()) {
        let hint = if matches!(key.as_str(), "token" | "password") {
            "secrets are never taken from the command line: use `mlf config login`".to_string()
        } else {
            format!("settable keys: {}", SETTABLE_KEYS.join(", "))
        };
        return Err(CliError::usage(format!("unknown config key `{key}`"))
            .with_hint(hint)
            .into());
    }
    if key == "output" && OutputFormat::parse(&value).is_none() {
        return Err(CliError::usage(format!(
            "invalid output `{value}`: expected table, json or csv"
        ))
        .into());
    }
    if key == "tracking_uri" {
        crate::store::uri::TrackingUri::parse(&value, &ctx.cwd)?;
    }
    let path = &ctx.settings.config_path.value;
    let profile = &ctx.settings.profile.value;
    config::set_value(path, profile, &key, &value)?;
    ctx.out.status(&format!(
        "Set `{key}` of profile `{profile}` in `{}`",
        path.display()
    ));
    empty(ctx)
}

/// Store a token or password for a profile
///
/// Stores a password when the profile has a username, a token otherwise. The secret is read
/// with hidden input on a terminal, or from stdin otherwise; never from the command line.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  mlf config login --profile team\n  \
    echo \"$TOKEN\" | mlf config login --profile ci")]
pub struct LoginArgs {}

fn login(ctx: &Ctx) -> anyhow::Result<()> {
    let path = &ctx.settings.config_path.value;
    let profile = &ctx.settings.profile.value;
    let doc = config::load(path)?;
    let username = doc
        .get("profiles")
        .and_then(|p| p.get(profile.as_str()))
        .and_then(|p| p.get("username"))
        .and_then(|u| u.as_str())
        .map(str::to_string);
    let (key, prompt) = match &username {
        Some(u) => (
            "password",
            format!("Password for `{u}` (profile `{profile}`)"),
        ),
        None => ("token", format!("Token for profile `{profile}`")),
    };
    let secret = if ctx.out.interactive() {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .interact()
            .map_err(|_| crate::output::ConfirmError::Declined)?
    } else {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s.trim_end_matches(['\n', '\r']).to_string()
    };
    if secret.is_empty() {
        return Err(CliError::usage(format!("no {key} given")).into());
    }
    config::set_value(path, profile, key, &secret)?;
    ctx.out.status(&format!(
        "Saved the {key} of profile `{profile}` in `{}`",
        path.display()
    ));
    empty(ctx)
}
