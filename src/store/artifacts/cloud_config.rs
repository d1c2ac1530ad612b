//! Which object store a cloud artifact URI names, and how to reach it with the settings MLflow
//! reads: the standard AWS chain plus `AWS_PROFILE` files and `MLFLOW_S3_ENDPOINT_URL`/
//! `MLFLOW_S3_IGNORE_TLS`; Google's credentials and `STORAGE_EMULATOR_HOST`; Azure's
//! connection string, access key or default credentials. Secrets never reach a message.

use std::sync::Arc;
use std::time::Duration;

use object_store::{ClientOptions, ObjectStore, RetryConfig};

use crate::env;
use crate::store::{Result, StoreError};

/// The object stores mlf reaches directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    S3,
    Gcs,
    /// Azure Blob (`wasbs://`) or Data Lake Gen2 (`abfss://`).
    Azure,
}

/// A bucket (or container) and the prefix inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub provider: Provider,
    pub bucket: String,
    /// Azure's storage account.
    pub account: Option<String>,
    /// The host of an Azure URI (`account.blob.core.windows.net`).
    pub host: Option<String>,
    /// The key prefix, without leading or trailing `/`.
    pub prefix: String,
}

/// The schemes this module serves.
pub const SCHEMES: [&str; 5] = ["s3", "s3a", "gs", "wasbs", "abfss"];

/// Parses `s3://bucket/prefix`, `gs://bucket/prefix`,
/// `wasbs://container@account.blob.core.windows.net/prefix` or
/// `abfss://container@account.dfs.core.windows.net/prefix`.
pub fn parse(uri: &str) -> Result<Location> {
    let bad = |why: &str| StoreError::Invalid(format!("invalid artifact URI `{uri}`: {why}"));
    let (scheme, rest) = uri.split_once("://").ok_or_else(|| bad("no `://`"))?;
    let (authority, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    let prefix = prefix.trim_matches('/').to_string();
    if authority.is_empty() {
        return Err(bad("it names no bucket"));
    }
    match scheme {
        "s3" | "s3a" => Ok(Location {
            provider: Provider::S3,
            bucket: authority.to_string(),
            account: None,
            host: None,
            prefix,
        }),
        "gs" => Ok(Location {
            provider: Provider::Gcs,
            bucket: authority.to_string(),
            account: None,
            host: None,
            prefix,
        }),
        "wasbs" | "abfss" => {
            let (container, host) = authority
                .split_once('@')
                .ok_or_else(|| bad("expected container@account.blob.core.windows.net"))?;
            let account = host.split('.').next().unwrap_or_default();
            if container.is_empty() || account.is_empty() {
                return Err(bad("expected container@account.blob.core.windows.net"));
            }
            Ok(Location {
                provider: Provider::Azure,
                bucket: container.to_string(),
                account: Some(account.to_string()),
                host: Some(host.to_string()),
                prefix,
            })
        }
        other => Err(bad(&format!("`{other}:` is not an object store"))),
    }
}

/// Client settings shared by every provider: MLflow's timeout, and retries bounded by
/// MLflow's retry settings.
fn client_options() -> Result<(ClientOptions, RetryConfig)> {
    let http = env::http_settings().map_err(StoreError::Invalid)?;
    let options = ClientOptions::new()
        .with_timeout(Duration::from_secs_f64(http.timeout.max(0.001)))
        .with_connect_timeout(Duration::from_secs_f64(http.timeout.clamp(0.001, 30.0)));
    let retry = RetryConfig {
        max_retries: http.max_retries as usize,
        retry_timeout: Duration::from_secs_f64((http.timeout * 2.0).clamp(1.0, 300.0)),
        backoff: object_store::BackoffConfig {
            init_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs_f64(http.backoff_factor.clamp(0.1, 120.0) * 4.0),
            base: 2.0,
        },
    };
    Ok((options, retry))
}

/// Builds the client of a location.
pub fn build(loc: &Location) -> Result<Arc<dyn ObjectStore>> {
    let (options, retry) = client_options()?;
    let built = match loc.provider {
        Provider::S3 => s3(loc, options, retry).map(|s| Arc::new(s) as Arc<dyn ObjectStore>),
        Provider::Gcs => gcs(loc, options, retry).map(|s| Arc::new(s) as Arc<dyn ObjectStore>),
        Provider::Azure => azure(loc, options, retry).map(|s| Arc::new(s) as Arc<dyn ObjectStore>),
    };
    built.map_err(|e| {
        StoreError::Invalid(format!(
            "cannot reach bucket `{}`: {}",
            loc.bucket,
            redact(&e.to_string())
        ))
    })
}

fn s3(
    loc: &Location,
    mut options: ClientOptions,
    retry: RetryConfig,
) -> object_store::Result<object_store::aws::AmazonS3> {
    use object_store::aws::AmazonS3Builder;
    let mut b = AmazonS3Builder::from_env()
        .with_bucket_name(&loc.bucket)
        .with_retry(retry);
    // boto3's chain: the environment first, then the profile's files.
    let profile = aws_profile();
    if env::var(env::AWS_ACCESS_KEY_ID).is_none() {
        if let Some(keys) = profile.as_ref().and_then(|p| p.keys.clone()) {
            b = b.with_access_key_id(keys.0).with_secret_access_key(keys.1);
            if let Some(token) = keys.2 {
                b = b.with_token(token);
            }
        }
    }
    let region = env::var(env::AWS_REGION)
        .or_else(|| env::var(env::AWS_DEFAULT_REGION))
        .or_else(|| profile.and_then(|p| p.region))
        .unwrap_or_else(|| "us-east-1".into());
    b = b.with_region(region);
    if let Some(endpoint) = env::var(env::MLFLOW_S3_ENDPOINT_URL) {
        options = options.with_allow_http(endpoint.starts_with("http://"));
        b = b
            .with_endpoint(endpoint.trim_end_matches('/'))
            .with_virtual_hosted_style_request(false);
    }
    if env::bool_var(env::MLFLOW_S3_IGNORE_TLS).ok().flatten() == Some(true) {
        options = options.with_allow_invalid_certificates(true);
    }
    b.with_client_options(options).build()
}

/// What an AWS profile of `~/.aws/credentials` and `~/.aws/config` holds.
struct AwsProfile {
    keys: Option<(String, String, Option<String>)>,
    region: Option<String>,
}

/// Reads `AWS_PROFILE` (else `default`) from the shared files, as boto3 does.
fn aws_profile() -> Option<AwsProfile> {
    let name = env::var(env::AWS_PROFILE).unwrap_or_else(|| "default".into());
    let home = dirs::home_dir()?;
    let credentials = env::var(env::AWS_SHARED_CREDENTIALS_FILE)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| home.join(".aws/credentials"));
    let config = env::var(env::AWS_CONFIG_FILE)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| home.join(".aws/config"));
    let creds = ini_section(&credentials, &name);
    // In the config file, profiles other than `default` are `[profile NAME]`.
    let conf =
        ini_section(&config, &name).or_else(|| ini_section(&config, &format!("profile {name}")));
    let get = |key: &str| {
        creds
            .as_ref()
            .and_then(|s| s.get(key).cloned())
            .or_else(|| conf.as_ref().and_then(|s| s.get(key).cloned()))
    };
    let keys = match (get("aws_access_key_id"), get("aws_secret_access_key")) {
        (Some(id), Some(secret)) => Some((id, secret, get("aws_session_token"))),
        _ => None,
    };
    let region = conf.as_ref().and_then(|s| s.get("region").cloned());
    (keys.is_some() || region.is_some()).then_some(AwsProfile { keys, region })
}

/// The `key = value` pairs of one `[section]` of an INI file.
fn ini_section(
    path: &std::path::Path,
    section: &str,
) -> Option<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut found = None;
    let mut current: Option<std::collections::HashMap<String, String>> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if let Some(done) = current.take() {
                found = Some(done);
            }
            if name.trim() == section {
                current = Some(Default::default());
            }
            continue;
        }
        if let (Some(map), Some((k, v))) = (current.as_mut(), line.split_once('=')) {
            map.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    current.or(found)
}

fn gcs(
    loc: &Location,
    mut options: ClientOptions,
    retry: RetryConfig,
) -> object_store::Result<object_store::gcp::GoogleCloudStorage> {
    use object_store::gcp::GoogleCloudStorageBuilder;
    let mut b = GoogleCloudStorageBuilder::from_env()
        .with_bucket_name(&loc.bucket)
        .with_retry(retry);
    if let Some(host) = env::var(env::STORAGE_EMULATOR_HOST) {
        // An emulator, as Google's libraries take it: its base URL and no credentials.
        let base = if host.contains("://") {
            host
        } else {
            format!("http://{host}")
        };
        options = options.with_allow_http(base.starts_with("http://"));
        let key = serde_json::json!({
            "gcs_base_url": base.trim_end_matches('/'),
            "disable_oauth": true,
            "client_email": "",
            "private_key": "",
            "private_key_id": "",
        });
        b = b.with_service_account_key(key.to_string());
    } else if let Some(path) = env::var(env::GOOGLE_APPLICATION_CREDENTIALS) {
        // A service account key file, or an application-default credentials file.
        if std::fs::read_to_string(&path).is_ok_and(|t| t.contains("\"service_account\"")) {
            b = b.with_service_account_path(path);
        } else {
            b = b.with_application_credentials(path);
        }
    }
    b.with_client_options(options).build()
}

fn azure(
    loc: &Location,
    mut options: ClientOptions,
    retry: RetryConfig,
) -> object_store::Result<object_store::azure::MicrosoftAzure> {
    use object_store::azure::MicrosoftAzureBuilder;
    let account = loc.account.clone().unwrap_or_default();
    let mut b = MicrosoftAzureBuilder::from_env()
        .with_account(&account)
        .with_container_name(&loc.bucket)
        .with_retry(retry);
    if loc.host.as_deref().is_some_and(|h| h.contains(".dfs.")) {
        // abfss://: the same objects through the Blob endpoint of the account.
        b = b.with_endpoint(format!("https://{account}.blob.core.windows.net"));
    }
    if let Some(cs) = env::var(env::AZURE_STORAGE_CONNECTION_STRING) {
        let parts = connection_string(&cs);
        if let Some(name) = parts.get("AccountName") {
            b = b.with_account(name);
        }
        if let Some(key) = parts.get("AccountKey") {
            b = b.with_access_key(key);
        }
        if let Some(sas) = parts.get("SharedAccessSignature") {
            let pairs: Vec<(String, String)> =
                url::form_urlencoded::parse(sas.trim_start_matches('?').as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
            b = b.with_sas_authorization(pairs);
        }
        if let Some(endpoint) = parts.get("BlobEndpoint") {
            options = options.with_allow_http(endpoint.starts_with("http://"));
            b = b
                .with_endpoint(endpoint.trim_end_matches('/').to_string())
                .with_allow_http(endpoint.starts_with("http://"));
        }
    } else if let Some(key) = env::var(env::AZURE_STORAGE_ACCESS_KEY) {
        b = b.with_access_key(key);
    }
    b.with_client_options(options).build()
}

/// The `Key=Value;…` pairs of an Azure connection string.
fn connection_string(cs: &str) -> std::collections::HashMap<String, String> {
    cs.split(';')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// Says where the credentials for a location came from, for an error (never their values).
pub fn credential_source(loc: &Location) -> String {
    let set = |v: &str| env::var(v).is_some();
    match loc.provider {
        Provider::S3 if set(env::AWS_ACCESS_KEY_ID) => "from AWS_ACCESS_KEY_ID".into(),
        Provider::S3 => format!(
            "from the AWS profile `{}` or the instance's role",
            env::var(env::AWS_PROFILE).unwrap_or_else(|| "default".into())
        ),
        Provider::Gcs if set(env::STORAGE_EMULATOR_HOST) => "none: STORAGE_EMULATOR_HOST".into(),
        Provider::Gcs => {
            "from GOOGLE_APPLICATION_CREDENTIALS or application-default credentials".into()
        }
        Provider::Azure if set(env::AZURE_STORAGE_CONNECTION_STRING) => {
            "from AZURE_STORAGE_CONNECTION_STRING".into()
        }
        Provider::Azure if set(env::AZURE_STORAGE_ACCESS_KEY) => {
            "from AZURE_STORAGE_ACCESS_KEY".into()
        }
        Provider::Azure => "from Azure's default credentials".into(),
    }
}

/// Removes anything that looks like a secret from a message: the values of every credential
/// variable mlf or the object store may have read, and SAS signatures in URLs.
pub fn redact(text: &str) -> String {
    let mut out = text.to_string();
    for var in env::CLOUD_SECRETS {
        if let Some(v) = env::var(var) {
            for secret in std::iter::once(v.clone()).chain(connection_string(&v).into_values()) {
                if secret.len() >= 6 {
                    out = out.replace(&secret, "***");
                }
            }
        }
    }
    if let Some(i) = out.find("sig=") {
        let end = out[i..].find(['&', ' ', '"']).map_or(out.len(), |e| i + e);
        out.replace_range(i + 4..end, "***");
    }
    out
}

#[cfg(test)]
#[path = "cloud_config_tests.rs"]
mod tests;
