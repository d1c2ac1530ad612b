//! `runs exec`: any command becomes an MLflow run. The run is created (or resumed), its params
//! logged, then the command runs with the run in its environment (`MLFLOW_RUN_ID`,
//! `MLFLOW_EXPERIMENT_ID`, an absolute `MLFLOW_TRACKING_URI`), so that what it logs lands in the
//! run; its exit ends the run FINISHED, FAILED or KILLED, and its output is kept as the
//! artifacts `logs/stdout.txt` and `logs/stderr.txt`.

mod child;
pub mod system;

use std::os::unix::process::ExitStatusExt;
use std::sync::Arc;
use std::time::Duration;

use super::start_run::{self, NewRun, Target};
use crate::model::{Param, Run, RunStatus, DELETED};
use crate::store::{now_ms, Kind, Progress, Result, Store, StoreError, UpdateRun};

/// What to run, and how.
pub struct ExecSpec {
    pub target: Target,
    pub new: NewRun,
    /// Resume this run instead of starting one.
    pub resume: Option<String>,
    pub params: Vec<Param>,
    pub program: String,
    pub args: Vec<String>,
    /// Keep copies of stdout and stderr as artifacts.
    pub capture: bool,
    /// Sample system metrics this often.
    pub system_metrics: Option<Duration>,
    /// The tracking URI the command gets (absolute).
    pub tracking_uri: String,
}

/// What happened, for the caller's messages and exit code.
pub struct Outcome {
    pub run: Run,
    pub status: RunStatus,
    /// The exit code a shell would give: the command's, 128 + a signal, 126/127.
    pub exit_code: u8,
    /// Why the command could not start, if it could not.
    pub start_error: Option<String>,
    /// Problems after the command ran (logs not uploaded, run not ended), for warnings.
    pub problems: Vec<String>,
    pub system_samples: u64,
}

/// Starts (or resumes) the run and logs its params; nothing runs if this fails.
pub fn prepare(store: &dyn Store, spec: &ExecSpec) -> Result<Run> {
    let run = match &spec.resume {
        Some(id) => {
            let run = store.get_run(id)?;
            if run.info.lifecycle_stage == DELETED {
                return Err(StoreError::Deleted {
                    kind: Kind::Run,
                    id: id.clone(),
                });
            }
            store.update_run(
                id,
                &UpdateRun {
                    status: Some(RunStatus::Running),
                    ..Default::default()
                },
            )?;
            store.get_run(id)?
        }
        None => start_run::start(store, &spec.target, &spec.new)?.run,
    };
    for chunk in spec.params.chunks(crate::store::MAX_BATCH_PARAMS) {
        store.log_batch(&run.info.run_id, &[], chunk, &[])?;
    }
    Ok(run)
}

/// Runs the command in the prepared run, ends the run by its exit and uploads its output.
pub fn run(store: &dyn Store, spec: &ExecSpec, run: Run) -> Outcome {
    let run_id = run.info.run_id.clone();
    let envs = vec![
        ("MLFLOW_RUN_ID".to_string(), run_id.clone()),
        (
            "MLFLOW_EXPERIMENT_ID".to_string(),
            run.info.experiment_id.clone(),
        ),
        ("MLFLOW_TRACKING_URI".to_string(), spec.tracking_uri.clone()),
    ];
    let mut problems = Vec::new();
    let captures = if spec.capture {
        match (
            tempfile::NamedTempFile::new(),
            tempfile::NamedTempFile::new(),
        ) {
            (Ok(o), Ok(e)) => Some((o, e)),
            _ => {
                problems.push("could not create files for the output copies; not kept".into());
                None
            }
        }
    } else {
        None
    };
    let files = captures
        .as_ref()
        .and_then(|(o, e)| Some((o.reopen().ok()?, e.reopen().ok()?)));
    let started = child::start(&spec.program, &spec.args, &envs, files);
    let (status, exit_code, start_error, samples) = match started {
        Err(e) => (RunStatus::Failed, e.code, Some(e.message), 0),
        Ok(running) => {
            let forwarder = child::Forwarder::start(running.child.id());
            let stop = system::Stop::default();
            let (run_id, stop) = (&run_id, &stop);
            let (waited, samples) = std::thread::scope(|scope| {
                let sampler = spec
                    .system_metrics
                    .map(|every| scope.spawn(move || system::run(store, run_id, every, stop)));
                let waited = running.wait();
                stop.stop();
                let samples = sampler.and_then(|s| s.join().ok()).unwrap_or(0);
                (waited, samples)
            });
            let signalled = forwarder.and_then(child::Forwarder::stop);
            let (status, code) = match waited {
                Ok(st) => match (st.code(), st.signal()) {
                    (_, Some(sig)) => (RunStatus::Killed, 128 + sig),
                    (Some(0), None) if signalled.is_none() => (RunStatus::Finished, 0),
                    (Some(c), None) if signalled.is_some() => (RunStatus::Killed, c),
                    (Some(c), None) => (RunStatus::Failed, c),
                    (None, None) => (RunStatus::Failed, 1),
                },
                Err(e) => {
                    problems.push(format!("could not wait for the command: {e}"));
                    (RunStatus::Failed, 1)
                }
            };
            (status, u8::try_from(code).unwrap_or(255), None, samples)
        }
    };
    if let Some((out, err)) = &captures {
        if let Err(e) = upload_logs(store, &run, out.path(), err.path()) {
            problems.push(format!(
                "could not keep the command's output as artifacts: {e}"
            ));
        }
    }
    let ended = store.update_run(
        &run_id,
        &UpdateRun {
            status: Some(status),
            end_time: Some(now_ms()),
            ..Default::default()
        },
    );
    if let Err(e) = ended {
        problems.push(format!("could not end run `{run_id}`: {e}"));
    }
    Outcome {
        run,
        status,
        exit_code,
        start_error,
        problems,
        system_samples: samples,
    }
}

/// Uploads the copies of stdout and stderr as `logs/stdout.txt` and `logs/stderr.txt`.
fn upload_logs(
    store: &dyn Store,
    run: &Run,
    out: &std::path::Path,
    err: &std::path::Path,
) -> Result<()> {
    let repo = store.artifact_repo(&run.info.artifact_uri)?;
    let none: Progress = Arc::new(|_| {});
    repo.upload_owned(out, "logs/stdout.txt", &none)?;
    repo.upload_owned(err, "logs/stderr.txt", &none)
}

/// The command as a person would type it, for `mlflow.source.name`: words with spaces or
/// shell characters quoted.
pub fn as_typed(program: &str, args: &[String]) -> String {
    std::iter::once(program)
        .chain(args.iter().map(String::as_str))
        .map(|w| {
            let plain = !w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphanumeric() || "-_./=:,+@%".contains(c));
            if plain {
                w.to_string()
            } else {
                format!("'{}'", w.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
