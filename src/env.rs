//! The only place environment variable names are spelled.

/// Tracking URI, the same variable Python MLflow reads.
pub const MLFLOW_TRACKING_URI: &str = "MLFLOW_TRACKING_URI";
/// Default experiment id for commands that need one.
pub const MLFLOW_EXPERIMENT_ID: &str = "MLFLOW_EXPERIMENT_ID";
/// Default experiment name for commands that need one.
pub const MLFLOW_EXPERIMENT_NAME: &str = "MLFLOW_EXPERIMENT_NAME";
/// Default run id for commands that act on one run.
pub const MLFLOW_RUN_ID: &str = "MLFLOW_RUN_ID";
/// Bearer token for tracking servers.
pub const MLFLOW_TRACKING_TOKEN: &str = "MLFLOW_TRACKING_TOKEN";
/// Basic-auth user name for tracking servers; also the `mlflow.user` tag of new runs.
pub const MLFLOW_TRACKING_USERNAME: &str = "MLFLOW_TRACKING_USERNAME";
/// Basic-auth password for tracking servers.
pub const MLFLOW_TRACKING_PASSWORD: &str = "MLFLOW_TRACKING_PASSWORD";
/// Output format (`table`, `json`, `csv`).
pub const MLF_OUTPUT: &str = "MLF_OUTPUT";
/// Path of the config file, instead of `<config dir>/mlf/config.toml`.
pub const MLF_CONFIG: &str = "MLF_CONFIG";
/// Profile of the config file to use.
pub const MLF_PROFILE: &str = "MLF_PROFILE";
/// Disables colour when set to anything non-empty.
pub const NO_COLOR: &str = "NO_COLOR";

/// Width of the terminal, when the terminal itself cannot tell.
pub const COLUMNS: &str = "COLUMNS";

/// Returns `$COLUMNS` when it is a usable width.
pub fn columns() -> Option<usize> {
    var(COLUMNS)?.trim().parse().ok().filter(|w| *w >= 20)
}

/// Returns a variable's value, treating an empty value as unset.
pub fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Skip TLS verification of the tracking server (`true`/`false`).
pub const MLFLOW_TRACKING_INSECURE_TLS: &str = "MLFLOW_TRACKING_INSECURE_TLS";
/// CA bundle used to verify the tracking server.
pub const MLFLOW_TRACKING_SERVER_CERT_PATH: &str = "MLFLOW_TRACKING_SERVER_CERT_PATH";
/// Client certificate (PEM with its key) for mutual TLS.
pub const MLFLOW_TRACKING_CLIENT_CERT_PATH: &str = "MLFLOW_TRACKING_CLIENT_CERT_PATH";
/// Retries of a failed HTTP request (default 7, at most 10).
pub const MLFLOW_HTTP_REQUEST_MAX_RETRIES: &str = "MLFLOW_HTTP_REQUEST_MAX_RETRIES";
/// Backoff factor in seconds between retries (default 2, at most 120).
pub const MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: &str = "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR";
/// Random extra wait of up to this many seconds per retry (default 1.0).
pub const MLFLOW_HTTP_REQUEST_BACKOFF_JITTER: &str = "MLFLOW_HTTP_REQUEST_BACKOFF_JITTER";
/// Timeout of one HTTP request in seconds (default 120).
pub const MLFLOW_HTTP_REQUEST_TIMEOUT: &str = "MLFLOW_HTTP_REQUEST_TIMEOUT";
/// Whether to honour `Retry-After` (default true).
pub const MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER: &str = "MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER";
/// Host of a Databricks workspace.
pub const DATABRICKS_HOST: &str = "DATABRICKS_HOST";
/// Token of a Databricks workspace.
pub const DATABRICKS_TOKEN: &str = "DATABRICKS_TOKEN";
/// Path of the Databricks config file (default `~/.databrickscfg`).
pub const DATABRICKS_CONFIG_FILE: &str = "DATABRICKS_CONFIG_FILE";

/// Parses a boolean variable as MLflow does: `true`/`false`/`1`/`0`, any case.
pub fn bool_var(name: &str) -> Result<Option<bool>, String> {
    match var(name) {
        None => Ok(None),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "true" | "1" => Ok(Some(true)),
            "false" | "0" => Ok(Some(false)),
            _ => Err(format!(
                "invalid {name} `{v}`: expected true, false, 1 or 0"
            )),
        },
    }
}
