//! Databricks tracking URIs as MLflow reads them: `databricks` takes the host and token from
//! `DATABRICKS_HOST`/`DATABRICKS_TOKEN`, else the `DEFAULT` profile of `~/.databrickscfg`;
//! `databricks://PROFILE` reads that profile.

use std::path::PathBuf;

use crate::env;
use crate::store::{Result, StoreError};

/// Returns the workspace URL and token.
pub fn credentials(profile: Option<&str>) -> Result<(String, String)> {
    if profile.is_none() {
        if let (Some(host), Some(token)) = (
            env::var(env::DATABRICKS_HOST),
            env::var(env::DATABRICKS_TOKEN),
        ) {
            return Ok((with_scheme(&host), token));
        }
    }
    let name = profile.unwrap_or("DEFAULT");
    let path = env::var(env::DATABRICKS_CONFIG_FILE)
        .map(PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".databrickscfg")))
        .ok_or_else(|| StoreError::Invalid("no home folder to find ~/.databrickscfg in".into()))?;
    let text = std::fs::read_to_string(&path).map_err(|e| {
        StoreError::Invalid(format!(
            "could not read `{}` for Databricks profile `{name}` ({e}); set {} and {} instead",
            path.display(),
            env::DATABRICKS_HOST,
            env::DATABRICKS_TOKEN
        ))
    })?;
    let section = ini_section(&text, name).ok_or_else(|| {
        StoreError::Invalid(format!(
            "Databricks profile `{name}` is not in `{}`",
            path.display()
        ))
    })?;
    let get = |k: &str| {
        section
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    match (get("host"), get("token")) {
        (Some(host), Some(token)) => Ok((with_scheme(&host), token)),
        _ => Err(StoreError::Invalid(format!(
            "Databricks profile `{name}` in `{}` needs both `host` and `token`",
            path.display()
        ))),
    }
}

fn with_scheme(host: &str) -> String {
    let host = host.trim().trim_end_matches('/');
    if host.starts_with("http://") || host.starts_with("https://") {
        host.to_string()
    } else {
        format!("https://{host}")
    }
}

/// Returns the `key = value` pairs of one `[section]` of an INI file.
fn ini_section(text: &str, name: &str) -> Option<Vec<(String, String)>> {
    let mut current: Option<&str> = None;
    let mut found = None::<Vec<(String, String)>>;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(sec.trim());
            if current == Some(name) {
                found.get_or_insert_with(Vec::new);
            }
            continue;
        }
        if current == Some(name) {
            if let Some((k, v)) = line.split_once('=') {
                found
                    .get_or_insert_with(Vec::new)
                    .push((k.trim().to_string(), v.trim().to_string()));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ini_sections() {
        let text = "[DEFAULT]\nhost = a.example\ntoken = t1\n\n[dev]\nhost=https://b.example/\ntoken= t2\n";
        let dev = ini_section(text, "dev").unwrap();
        assert_eq!(
            dev,
            vec![
                ("host".into(), "https://b.example/".into()),
                ("token".into(), "t2".into())
            ]
        );
        assert!(ini_section(text, "nope").is_none());
        assert_eq!(with_scheme("a.example/"), "https://a.example");
    }
}
