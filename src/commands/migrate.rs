//! `mlf migrate`: copy a legacy `mlruns/` folder into an SQLite database.

use clap::Args;

use crate::context::Ctx;
use crate::error::CliError;
use crate::output::OutputFormat;
use crate::store::uri::TrackingUri;

/// Copy a file store (`mlruns/`) into an SQLite database
///
/// Copies every experiment (deleted ones too) and run, keeping ids, names, timestamps,
/// statuses, lifecycle stages, artifact locations, params, tags, every metric point, datasets
/// and dataset inputs. Artifacts stay where they are: the copied artifact locations point at
/// them. The target must hold nothing but the default experiment, unless `--merge` is given;
/// then runs already in it are left alone. Unreadable folders are reported and skipped. The
/// copy is one transaction: on error the target is unchanged.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf migrate\n  mlf migrate --source /data/mlruns --target sqlite:////data/mlflow.db\n  mlf migrate --source mlruns --target sqlite:///all.db --merge"
)]
pub struct MigrateArgs {
    /// The `mlruns` folder to copy (a path or a `file:` URI)
    #[arg(long, value_name = "PATH", default_value = "mlruns")]
    source: String,
    /// The SQLite database to copy into (created when missing)
    #[arg(long, value_name = "URI", default_value = "sqlite:///mlflow.db")]
    target: String,
    /// Copy into a database that already holds runs, skipping runs it has
    #[arg(long)]
    merge: bool,
}

/// Runs `mlf migrate`.
pub fn run(ctx: &Ctx, args: MigrateArgs) -> anyhow::Result<()> {
    let source = TrackingUri::parse(&args.source, &ctx.cwd)?;
    let root = match &source {
        TrackingUri::File(p) | TrackingUri::Path(p) => p.clone(),
        other => {
            return Err(CliError::usage(format!(
                "--source must be an `mlruns` folder, not `{other}`"
            ))
            .into())
        }
    };
    if !root.is_dir() {
        return Err(CliError {
            code: crate::error::NOT_FOUND,
            message: format!("there is no `mlruns` folder at `{}`", root.display()),
            hint: None,
        }
        .into());
    }
    let target = TrackingUri::parse(&args.target, &ctx.cwd)?;
    let TrackingUri::Sqlite(db) = &target else {
        return Err(CliError::usage(format!(
            "--target must be an SQLite URI (`sqlite:///PATH`), not `{}`",
            args.target
        ))
        .into());
    };
    let src = crate::store::open(&source, ctx.connect(&source))?;
    let dst = crate::store::open(&target, ctx.connect(&target))?;
    if !args.merge && dst.holds_data()? {
        return Err(CliError {
            code: crate::error::FAILURE,
            message: format!("`{}` already holds experiments or runs", db.display()),
            hint: Some("give --merge to copy into it anyway (runs it has are skipped)".into()),
        }
        .into());
    }
    let warn = ctx.out.warn_sink();
    let n = crate::ops::migrate::copy_all(src.as_ref(), dst.as_ref(), &*warn)?;
    ctx.out.status(&format!(
        "Copied {} experiment(s) and {} run(s) from `{}` into `{}`",
        n.experiments,
        n.runs,
        root.display(),
        db.display()
    ));
    if ctx.out.format == OutputFormat::Json {
        return ctx.out.json(&n);
    }
    let value = serde_json::to_value(&n)?;
    let rows: Vec<Vec<String>> = value
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| vec![k.clone(), v.to_string()])
                .collect()
        })
        .unwrap_or_default();
    ctx.out.rows(&["copied".into(), "count".into()], &rows)
}
