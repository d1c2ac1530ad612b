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

/// The terminal's height in lines, as shells set it (charts use it when the terminal does
/// not say).
pub const LINES: &str = "LINES";

/// Returns `$LINES` when it is a usable height.
pub fn lines() -> Option<usize> {
    var(LINES)?.trim().parse().ok().filter(|h| *h >= 5)
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

/// AWS credentials and settings (boto3's names; the object store reads the same).
pub const AWS_ACCESS_KEY_ID: &str = "AWS_ACCESS_KEY_ID";
pub const AWS_REGION: &str = "AWS_REGION";
pub const AWS_DEFAULT_REGION: &str = "AWS_DEFAULT_REGION";
pub const AWS_PROFILE: &str = "AWS_PROFILE";
pub const AWS_SHARED_CREDENTIALS_FILE: &str = "AWS_SHARED_CREDENTIALS_FILE";
pub const AWS_CONFIG_FILE: &str = "AWS_CONFIG_FILE";
/// An S3-compatible server instead of AWS (MinIO, Ceph, …), as MLflow reads it.
pub const MLFLOW_S3_ENDPOINT_URL: &str = "MLFLOW_S3_ENDPOINT_URL";
/// Skip TLS verification of the S3 endpoint (`true`/`false`).
pub const MLFLOW_S3_IGNORE_TLS: &str = "MLFLOW_S3_IGNORE_TLS";
/// A Google Cloud Storage emulator's base URL (no credentials then), as Google's libraries.
pub const STORAGE_EMULATOR_HOST: &str = "STORAGE_EMULATOR_HOST";
/// A Google service account key or application-default credentials file.
pub const GOOGLE_APPLICATION_CREDENTIALS: &str = "GOOGLE_APPLICATION_CREDENTIALS";
/// Azure Storage credentials, as MLflow reads them.
pub const AZURE_STORAGE_CONNECTION_STRING: &str = "AZURE_STORAGE_CONNECTION_STRING";
pub const AZURE_STORAGE_ACCESS_KEY: &str = "AZURE_STORAGE_ACCESS_KEY";

/// Variables holding cloud secrets: their values are cut out of any message.
pub const CLOUD_SECRETS: [&str; 8] = [
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    AZURE_STORAGE_CONNECTION_STRING,
    AZURE_STORAGE_ACCESS_KEY,
    "AZURE_STORAGE_ACCOUNT_KEY",
    "AZURE_STORAGE_SAS_KEY",
    "AZURE_CLIENT_SECRET",
    "AZURE_STORAGE_CLIENT_SECRET",
];

/// Log system metrics during `runs exec` (`true`/`false`), as MLflow reads it.
pub const MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING: &str = "MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING";
/// Seconds between system-metric samples.
pub const MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL: &str = "MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL";

/// Proxy variables that reqwest honours (a raw connection would bypass them).
pub const PROXY_VARS: [&str; 4] = ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];

/// Returns whether an HTTP proxy is configured for plain-http requests.
pub fn proxy_configured() -> bool {
    PROXY_VARS.iter().any(|v| var(v).is_some())
}

/// Variables naming the user of this process, in the order Python's `getpass.getuser` reads
/// them (MLflow's `mlflow.user`).
pub const LOGIN_VARS: [&str; 4] = ["LOGNAME", "USER", "LNAME", "USERNAME"];

/// Returns the user name MLflow would record: `MLFLOW_TRACKING_USERNAME`, else the login
/// variables, else the password database, else `unknown`.
pub fn user_name() -> String {
    std::iter::once(MLFLOW_TRACKING_USERNAME)
        .chain(LOGIN_VARS)
        .find_map(var)
        .or_else(passwd_name)
        .unwrap_or_else(|| "unknown".into())
}

/// Returns the name of this process's user from `/etc/passwd`.
fn passwd_name() -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = std::fs::metadata("/proc/self").ok()?.uid();
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        passwd.lines().find_map(|l| {
            let mut f = l.split(':');
            let name = f.next()?;
            (f.nth(1)?.parse::<u32>().ok()? == uid).then(|| name.to_string())
        })
    }
    #[cfg(not(unix))]
    None
}

/// The HTTP settings of requests to a tracking server, with MLflow's defaults and limits.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub max_retries: u32,
    pub backoff_factor: f64,
    pub backoff_jitter: f64,
    /// Seconds.
    pub timeout: f64,
    pub respect_retry_after: bool,
    pub insecure_tls: bool,
    pub server_cert_path: Option<String>,
    pub client_cert_path: Option<String>,
}

fn num_var(name: &str, default: f64, max: f64) -> Result<f64, String> {
    let Some(v) = var(name) else {
        return Ok(default);
    };
    match v.trim().parse::<f64>() {
        Ok(n) if (0.0..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "invalid {name} `{v}`: expected a number from 0 to {max}"
        )),
    }
}

/// Reads the HTTP settings (`MLFLOW_HTTP_REQUEST_*`, `MLFLOW_TRACKING_*_TLS/CERT`).
pub fn http_settings() -> Result<HttpSettings, String> {
    let max_retries = num_var(MLFLOW_HTTP_REQUEST_MAX_RETRIES, 7.0, 10.0)?;
    if max_retries.fract() != 0.0 {
        return Err(format!(
            "invalid {MLFLOW_HTTP_REQUEST_MAX_RETRIES}: expected a whole number"
        ));
    }
    Ok(HttpSettings {
        max_retries: max_retries as u32,
        backoff_factor: num_var(MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR, 2.0, 120.0)?,
        backoff_jitter: num_var(MLFLOW_HTTP_REQUEST_BACKOFF_JITTER, 1.0, 3600.0)?,
        timeout: num_var(MLFLOW_HTTP_REQUEST_TIMEOUT, 120.0, 86_400.0)?,
        respect_retry_after: bool_var(MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER)?.unwrap_or(true),
        insecure_tls: bool_var(MLFLOW_TRACKING_INSECURE_TLS)?.unwrap_or(false),
        server_cert_path: var(MLFLOW_TRACKING_SERVER_CERT_PATH),
        client_cert_path: var(MLFLOW_TRACKING_CLIENT_CERT_PATH),
    })
}

impl HttpSettings {
    /// Every setting as `(variable, value, set in the environment)`, for `mlf config show`.
    pub fn rows(&self) -> Vec<(&'static str, String, bool)> {
        let set = |name: &str| var(name).is_some();
        let path = |p: &Option<String>| p.clone().unwrap_or_default();
        vec![
            (
                MLFLOW_HTTP_REQUEST_MAX_RETRIES,
                self.max_retries.to_string(),
                set(MLFLOW_HTTP_REQUEST_MAX_RETRIES),
            ),
            (
                MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR,
                self.backoff_factor.to_string(),
                set(MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR),
            ),
            (
                MLFLOW_HTTP_REQUEST_BACKOFF_JITTER,
                self.backoff_jitter.to_string(),
                set(MLFLOW_HTTP_REQUEST_BACKOFF_JITTER),
            ),
            (
                MLFLOW_HTTP_REQUEST_TIMEOUT,
                self.timeout.to_string(),
                set(MLFLOW_HTTP_REQUEST_TIMEOUT),
            ),
            (
                MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER,
                self.respect_retry_after.to_string(),
                set(MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER),
            ),
            (
                MLFLOW_TRACKING_INSECURE_TLS,
                self.insecure_tls.to_string(),
                set(MLFLOW_TRACKING_INSECURE_TLS),
            ),
            (
                MLFLOW_TRACKING_SERVER_CERT_PATH,
                path(&self.server_cert_path),
                set(MLFLOW_TRACKING_SERVER_CERT_PATH),
            ),
            (
                MLFLOW_TRACKING_CLIENT_CERT_PATH,
                path(&self.client_cert_path),
                set(MLFLOW_TRACKING_CLIENT_CERT_PATH),
            ),
        ]
    }
}
