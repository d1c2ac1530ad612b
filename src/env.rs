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

/// Returns a variable's value, treating an empty value as unset.
pub fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
