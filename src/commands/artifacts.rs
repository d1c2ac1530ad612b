//! `mlf artifacts …`

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use clap::{Args, Subcommand};
use serde_json::json;

use super::experiments::empty;
use crate::context::Ctx;
use crate::error::CliError;
use crate::ops::transfer;
use crate::output::OutputFormat;
use crate::store::artifacts::FileInfo;
use crate::store::Progress;

/// Upload, list and download run artifacts
#[derive(Subcommand, Debug)]
pub enum ArtifactsCommand {
    #[command(visible_aliases = ["log-artifact", "log-artifacts"])]
    Log(LogArgs),
    List(ListArgs),
    Download(DownloadArgs),
    Uri(UriArgs),
}

/// Runs an artifacts command.
pub fn run(ctx: &Ctx, cmd: ArtifactsCommand) -> anyhow::Result<()> {
    match cmd {
        ArtifactsCommand::Log(a) => log(ctx, a),
        ArtifactsCommand::List(a) => list(ctx, a),
        ArtifactsCommand::Download(a) => download(ctx, a),
        ArtifactsCommand::Uri(a) => uri(ctx, a),
    }
}

/// Upload files or whole folders to a run
///
/// A file lands at <artifact-path>/<file name>; a folder's contents land under
/// <artifact-path>/, as `mlflow artifacts log-artifacts` does. Symlinks out of a logged folder
/// are skipped unless --follow-symlinks.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf artifacts log --run-id $RUN model.pkl --artifact-path model\n  \
    mlf artifacts log --run-id $RUN reports/"
)]
pub struct LogArgs {
    #[command(flatten)]
    run: super::RunIdArg,
    /// Logged model id: upload to the model's own artifacts instead of a run's
    #[arg(long, value_name = "ID", conflicts_with = "run_id")]
    model_id: Option<String>,
    /// Files or folders to upload
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// Folder inside the run's artifacts to upload into
    #[arg(
        long,
        value_name = "DIR",
        default_value = "",
        hide_default_value = true
    )]
    artifact_path: String,
    /// Follow symlinks that point out of a logged folder
    #[arg(long)]
    follow_symlinks: bool,
}

/// Checks an `--artifact-path`: a relative path inside the artifacts (`a/b`, a trailing `/`
/// allowed), never absolute and never with `.` or `..` parts, as MLflow requires.
fn artifact_path_arg(path: &str) -> Result<String, CliError> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() && !path.starts_with('/') {
        return Ok(String::new());
    }
    crate::store::artifacts::paths::check_relative(trimmed).map_err(|_| {
        CliError::usage(format!(
            "invalid --artifact-path `{}`: it must be a relative path inside the artifacts, \
             without `..`, `.` or a leading `/`",
            crate::error::cut(path)
        ))
    })?;
    Ok(trimmed.to_string())
}

/// Returns the artifact root of the logged model `model`, else of the run, and what owns it
/// (for messages).
fn artifact_root(
    store: &dyn crate::store::Store,
    run: &super::RunIdArg,
    model: Option<&str>,
) -> anyhow::Result<(String, String)> {
    if let Some(id) = model {
        let m = store.get_logged_model(id)?;
        return Ok((m.info.artifact_uri, format!("logged model `{id}`")));
    }
    let info = store.get_run(&run.id()?)?.info;
    Ok((info.artifact_uri, format!("run `{}`", info.run_id)))
}

/// Returns a progress callback feeding a bar, and the bar.
fn progress(ctx: &Ctx, verb: &str) -> (indicatif::ProgressBar, Progress) {
    let bar = ctx.out.progress(verb);
    let b = bar.clone();
    (bar, Arc::new(move |n| b.inc(n)))
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let LogArgs {
        run,
        model_id,
        paths,
        artifact_path,
        follow_symlinks,
    } = args;
    let artifact_path = artifact_path_arg(&artifact_path)?;
    let out = &ctx.out;
    let uploads =
        transfer::collect_uploads(&paths, &artifact_path, follow_symlinks, &|w| out.warn(w))?;
    let store = ctx.store()?;
    let (root, owner) = artifact_root(store, &run, model_id.as_deref())?;
    let repo = store.artifact_repo(&root)?;
    let total: u64 = uploads.iter().map(|u| u.size).sum();
    let (bar, cb) = progress(ctx, "Uploading");
    bar.set_length(total);
    let done = AtomicU64::new(0);
    let n = uploads.len();
    let result = transfer::upload_all(repo.as_ref(), &uploads, &cb, &|| {
        let d = done.fetch_add(1, Ordering::Relaxed) + 1;
        bar.set_message(format!("{d}/{n} files"));
    });
    bar.finish_and_clear();
    result?;
    ctx.out
        .status(&format!("Logged {n} file(s), {total} bytes, to {owner}"));
    empty(ctx)
}

/// List a run's (or a logged model's) artifacts
#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    run: super::RunIdArg,
    /// Logged model id: list the model's own artifacts instead of a run's
    #[arg(long, value_name = "ID", conflicts_with = "run_id")]
    model_id: Option<String>,
    /// Folder to list [default: the root]
    #[arg(
        long,
        value_name = "PATH",
        default_value = "",
        hide_default_value = true
    )]
    artifact_path: String,
    /// List sub-folders too
    #[arg(long, short)]
    recursive: bool,
}

fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let (root, _) = artifact_root(store, &args.run, args.model_id.as_deref())?;
    let repo = store.artifact_repo(&root)?;
    let path = artifact_path_arg(&args.artifact_path)?;
    let path = path.as_str();
    let files: Vec<FileInfo> = if args.recursive {
        transfer::list_recursive(repo.as_ref(), path)?
    } else {
        repo.list(path)?
    };
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({"root_uri": root, "files": files})),
        _ => {
            let rows: Vec<Vec<String>> = files
                .iter()
                .map(|f| {
                    vec![
                        f.path.clone(),
                        f.is_dir.to_string(),
                        f.file_size.map(|s| s.to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            ctx.out
                .rows(&["path", "is_dir", "file_size"].map(String::from), &rows)
        }
    }
}

/// Download a file or a folder and print its local path
///
/// Files are laid out under --dst-path (default: a fresh temporary folder) as
/// `mlflow artifacts download` does. Each file is written to a temporary name and renamed
/// when complete, so a failed download leaves no partial file.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf artifacts download --run-id $RUN --artifact-path model --dst-path ./out\n  \
    mlf artifacts download --artifact-uri mlflow-artifacts:/1/$RUN/artifacts/report.html"
)]
pub struct DownloadArgs {
    /// Run id [env: MLFLOW_RUN_ID]
    #[arg(long, value_name = "ID", conflicts_with = "artifact_uri")]
    run_id: Option<String>,
    /// Logged model id: download from the model's own artifacts instead of a run's
    #[arg(long, value_name = "ID", conflicts_with_all = ["artifact_uri", "run_id"])]
    model_id: Option<String>,
    /// File or folder inside the run's artifacts [default: all of them]
    #[arg(
        long,
        value_name = "PATH",
        default_value = "",
        hide_default_value = true,
        conflicts_with = "artifact_uri"
    )]
    artifact_path: String,
    /// Full artifact URI to download instead of a run's artifacts
    #[arg(long, value_name = "URI")]
    artifact_uri: Option<String>,
    /// Folder to download into [default: a new temporary folder]
    #[arg(long, value_name = "DIR")]
    dst_path: Option<PathBuf>,
}

fn download(ctx: &Ctx, args: DownloadArgs) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let run_id = args
        .run_id
        .clone()
        .or_else(|| crate::env::var(crate::env::MLFLOW_RUN_ID));
    let (root, path) = match (&args.artifact_uri, run_id.clone()) {
        (None, _) if args.model_id.is_some() => {
            let id = args.model_id.as_deref().unwrap_or_default();
            (
                store.get_logged_model(id)?.info.artifact_uri,
                artifact_path_arg(&args.artifact_path)?,
            )
        }
        (Some(uri), _) if uri.starts_with("runs:/") => {
            // runs:/<run_id>/<path>, as MLflow's `download_artifacts(artifact_uri=…)`.
            let rest = uri.trim_start_matches("runs:").trim_start_matches('/');
            let (run_id, path) = rest.split_once('/').unwrap_or((rest, ""));
            if run_id.is_empty() {
                return Err(CliError::usage(format!(
                    "invalid artifact URI `{}`: expected runs:/<run_id>/<path>",
                    crate::error::cut(uri)
                ))
                .into());
            }
            (
                store.get_run(run_id)?.info.artifact_uri,
                artifact_path_arg(path)?,
            )
        }
        (Some(uri), _) if uri.starts_with("models:") => {
            // The model's files, laid out directly under --dst-path, as MLflow does.
            (crate::ops::model_uri::resolve(store, uri)?, String::new())
        }
        (Some(uri), _) => {
            let uri = uri.trim_end_matches('/');
            match uri.rsplit_once('/') {
                Some((parent, name))
                    if !name.is_empty() && !parent.ends_with(':') && !parent.ends_with("//") =>
                {
                    (parent.to_string(), name.to_string())
                }
                _ => (uri.to_string(), String::new()),
            }
        }
        (None, Some(run_id)) => (
            store.get_run(&run_id)?.info.artifact_uri,
            artifact_path_arg(&args.artifact_path)?,
        ),
        (None, None) => {
            return Err(CliError::usage("no run given")
                .with_hint("pass --run-id ID or --artifact-uri URI")
                .into())
        }
    };
    let repo = store.artifact_repo(&root)?;
    let dst = match args.dst_path {
        Some(d) => d,
        None => {
            let d = std::env::temp_dir()
                .join(format!("mlf-artifacts-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(&d)?;
            d
        }
    };
    let (bar, cb) = progress(ctx, "Downloading");
    let done = AtomicU64::new(0);
    let files = AtomicU64::new(0);
    let result = transfer::download(
        repo.as_ref(),
        &path,
        &dst,
        &cb,
        &|n, bytes| {
            files.store(n, Ordering::Relaxed);
            bar.set_length(bytes);
        },
        &|| {
            let d = done.fetch_add(1, Ordering::Relaxed) + 1;
            bar.set_message(format!("{d}/{} files", files.load(Ordering::Relaxed)));
        },
    );
    bar.finish_and_clear();
    let local = super::hint_not_found(result, || match (&args.artifact_uri, &run_id) {
        (None, Some(run)) => {
            format!("see what the run holds with `mlf artifacts list --run-id {run} --recursive`")
        }
        _ => "check the URI; `mlf artifacts list --run-id RUN --recursive` shows a run's artifacts"
            .to_string(),
    })?;
    let shown = std::fs::canonicalize(&local).unwrap_or(local);
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({"path": shown.display().to_string()})),
        _ => Ok(ctx.out.line(&shown.display().to_string())?),
    }
}

/// Print the artifact URI of a run (or of a path inside it)
#[derive(Args, Debug)]
pub struct UriArgs {
    #[command(flatten)]
    run: super::RunIdArg,
    /// Path inside the run's artifacts
    #[arg(
        long,
        value_name = "PATH",
        default_value = "",
        hide_default_value = true
    )]
    artifact_path: String,
}

fn uri(ctx: &Ctx, args: UriArgs) -> anyhow::Result<()> {
    let info = ctx.store()?.get_run(&args.run.id()?)?.info;
    let path = artifact_path_arg(&args.artifact_path)?;
    let path = path.as_str();
    let uri = if path.is_empty() {
        info.artifact_uri
    } else {
        format!("{}/{path}", info.artifact_uri.trim_end_matches('/'))
    };
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({"artifact_uri": uri})),
        _ => Ok(ctx.out.line(&uri)?),
    }
}
