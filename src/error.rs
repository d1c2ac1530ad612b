//! Exit codes (CLI.md section 5) and how errors are printed: one `error:` line, `caused by:`
//! lines, and a `hint:` where one helps.

use std::io::Write;
use std::process::ExitCode;

use crate::config::ConfigError;
use crate::output::ConfirmError;
use crate::search::SyntaxError;
use crate::store::uri::UnknownScheme;
use crate::store::{Kind, StoreError};

/// Success, including an empty result.
pub const SUCCESS: u8 = 0;
/// The operation failed.
pub const FAILURE: u8 = 1;
/// Usage or invalid input.
pub const USAGE: u8 = 2;
/// The thing named does not exist.
pub const NOT_FOUND: u8 = 3;
/// Authentication or permission refused.
pub const AUTH: u8 = 4;
/// Already exists.
pub const ALREADY_EXISTS: u8 = 5;
/// Interrupted or declined at a prompt.
pub const INTERRUPTED: u8 = 130;

/// An error raised by a command itself, with its exit code and an optional hint.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    pub code: u8,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    /// Returns a usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            code: USAGE,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }
}

/// Ends mlf with an exit code and no message (the wrapped command of `runs exec` said what
/// went wrong).
#[derive(Debug, thiserror::Error)]
#[error("exit {0}")]
pub struct ExitWith(pub u8);

/// The most characters of user input an error message repeats.
pub const ECHO_LIMIT: usize = 200;

/// Returns user input for an error message, cut at [`ECHO_LIMIT`] characters with `…`.
pub fn cut(input: &str) -> String {
    match input.char_indices().nth(ECHO_LIMIT) {
        Some((at, _)) => format!("{}…", &input[..at]),
        None => input.to_string(),
    }
}

/// Returns the exit code of an error: the first classified error in its chain decides.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return e.code;
        }
        if let Some(e) = cause.downcast_ref::<StoreError>() {
            return match e {
                StoreError::NotFound { .. } => NOT_FOUND,
                StoreError::AlreadyExists { .. } => ALREADY_EXISTS,
                StoreError::Invalid(_) | StoreError::Unsupported(_) => USAGE,
                StoreError::Unauthorized(_) => AUTH,
                StoreError::Conflict(_)
                | StoreError::Corrupt(_)
                | StoreError::Deleted { .. }
                | StoreError::Database { .. }
                | StoreError::Io(_)
                | StoreError::Server(_)
                | StoreError::Transport(_) => FAILURE,
            };
        }
        if let Some(e) = cause.downcast_ref::<ConfirmError>() {
            return match e {
                ConfirmError::Declined => INTERRUPTED,
                ConfirmError::NotInteractive => USAGE,
            };
        }
        if cause.is::<SyntaxError>() || cause.is::<UnknownScheme>() || cause.is::<ConfigError>() {
            return USAGE;
        }
    }
    FAILURE
}

/// Returns whether the error is a closed stdout pipe, which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Returns the hint for an error, if one helps.
fn hint(err: &anyhow::Error) -> Option<String> {
    for cause in err.chain() {
        if let Some(CliError { hint: Some(h), .. }) = cause.downcast_ref::<CliError>() {
            return Some(h.clone());
        }
        match cause.downcast_ref::<StoreError>() {
            Some(StoreError::NotFound {
                kind: Kind::Experiment | Kind::Run | Kind::Other,
                ..
            }) => return Some("run `mlf config show` to see which tracking URI is in use".into()),
            Some(StoreError::Deleted { kind: Kind::Run, id }) => {
                return Some(format!(
                    "restore it with `mlf runs restore {id}` to change it"
                ))
            }
            Some(StoreError::Deleted {
                kind: Kind::Experiment,
                id,
            }) => {
                return Some(format!(
                    "restore it with `mlf experiments restore --experiment-id {id}`"
                ))
            }
            Some(StoreError::AlreadyExists {
                kind: Kind::Experiment,
                id: Some(id),
                deleted: true,
                ..
            }) => {
                return Some(format!(
                    "restore it with `mlf experiments restore --experiment-id {id}`, or choose another name"
                ))
            }
            Some(StoreError::Database { busy: true, .. }) => {
                return Some(
                    "another process held the database for more than 10 minutes; try again".into(),
                )
            }
            _ => {}
        }
        if let Some(StoreError::Unauthorized(_)) = cause.downcast_ref::<StoreError>() {
            return Some(
                "set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, \
                 or run `mlf config login`"
                    .into(),
            );
        }
    }
    None
}

/// Prints an error to stderr and returns its exit code.
pub fn report(err: &anyhow::Error, color: bool) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::from(SUCCESS);
    }
    if let Some(ExitWith(code)) = err.downcast_ref::<ExitWith>() {
        return ExitCode::from(*code);
    }
    let (red, yellow, reset) = if color {
        ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let mut text = String::new();
    let mut previous = String::new();
    for (i, cause) in err.chain().enumerate() {
        let msg = crate::output::sanitize_multiline(&cause.to_string());
        // Wrapped errors often repeat their cause's text: say it once.
        if i > 0 && previous.contains(msg.as_str()) {
            continue;
        }
        previous = msg.clone();
        let mut lines = msg.lines();
        let first = lines.next().unwrap_or("");
        if i == 0 {
            text.push_str(&format!("{red}error:{reset} {first}\n"));
        } else {
            text.push_str(&format!("  caused by: {first}\n"));
        }
        for line in lines {
            text.push_str(&format!("  {line}\n"));
        }
    }
    if let Some(h) = hint(err) {
        text.push_str(&format!("{yellow}hint:{reset} {h}\n"));
    }
    let _ = std::io::stderr().write_all(text.as_bytes());
    ExitCode::from(exit_code(err))
}
