//! Settings: the config file (`<config dir>/mlf/config.toml`, or `MLF_CONFIG`) with its
//! profiles, merged with the environment and flags. Precedence, lowest first: built-in
//! default, config file, environment, flags. Every value remembers where it came from, for
//! `mlf config show`.

use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use crate::env;
use crate::output::{ColorChoice, OutputFormat};

/// Where a setting's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Default,
    File,
    Env,
    Flag,
}

impl Source {
    /// Returns the source's name.
    pub fn name(self) -> &'static str {
        match self {
            Source::Default => "default",
            Source::File => "file",
            Source::Env => "env",
            Source::Flag => "flag",
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

fn setting<T>(value: T, source: Source) -> Setting<T> {
    Setting { value, source }
}

/// A config file that cannot be read or used.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

/// The keys `config set` accepts.
pub const SETTABLE_KEYS: [&str; 3] = ["tracking_uri", "output", "username"];

/// The effective settings of this invocation.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_path: Setting<PathBuf>,
    pub profile: Setting<String>,
    /// False when a profile was chosen (flag, env, `default_profile`) that the file lacks.
    pub profile_defined: bool,
    /// `None`: MLflow's default rule applies (decided when the store is opened).
    pub tracking_uri: Option<Setting<String>>,
    pub output: Setting<OutputFormat>,
    pub username: Option<Setting<String>>,
    pub password: Option<Setting<String>>,
    pub token: Option<Setting<String>>,
    /// `--color`, else `never` when NO_COLOR is set, else `auto`.
    pub color: Setting<ColorChoice>,
}

/// Returns the config file path and where it came from.
pub fn config_path() -> Setting<PathBuf> {
    match env::var(env::MLF_CONFIG) {
        Some(p) => setting(PathBuf::from(p), Source::Env),
        None => {
            let dir = dirs::config_dir().unwrap_or_else(|| PathBuf::from("."));
            setting(dir.join("mlf").join("config.toml"), Source::Default)
        }
    }
}

/// Reads the config file; a missing file is an empty one.
pub fn load(path: &Path) -> Result<DocumentMut, ConfigError> {
    match std::fs::read_to_string(path) {
        Ok(text) => text.parse::<DocumentMut>().map_err(|e| {
            ConfigError(format!(
                "invalid config file `{}`: {}",
                path.display(),
                e.message()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DocumentMut::new()),
        Err(e) => Err(ConfigError(format!(
            "could not read config file `{}`: {e}",
            path.display()
        ))),
    }
}

/// Returns a string value of a profile in the file.
fn profile_str(doc: &DocumentMut, profile: &str, key: &str) -> Option<String> {
    doc.get("profiles")?
        .get(profile)?
        .get(key)?
        .as_str()
        .map(str::to_string)
}

fn has_profile(doc: &DocumentMut, profile: &str) -> bool {
    doc.get("profiles").and_then(|p| p.get(profile)).is_some()
}

/// What the command line says, above the environment and the config file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub tracking_uri: Option<String>,
    pub output: Option<OutputFormat>,
    pub profile: Option<String>,
    pub color: Option<ColorChoice>,
}

impl Settings {
    /// Fails when the chosen profile is not in the config file.
    pub fn check_profile(&self) -> Result<(), ConfigError> {
        if self.profile_defined {
            return Ok(());
        }
        Err(ConfigError(format!(
            "profile `{}` (from {}) is not defined in `{}`",
            self.profile.value,
            self.profile.source.name(),
            self.config_path.value.display()
        )))
    }

    /// Resolves every setting from flags, environment and config file.
    pub fn resolve(global: &Overrides) -> Result<Settings, ConfigError> {
        let config_path = config_path();
        let doc = load(&config_path.value)?;
        let file_default = doc
            .get("default_profile")
            .and_then(|v| v.as_str())
            .map(str::to_string);
        let profile = if let Some(p) = &global.profile {
            setting(p.clone(), Source::Flag)
        } else if let Some(p) = env::var(env::MLF_PROFILE) {
            setting(p, Source::Env)
        } else if let Some(p) = file_default {
            setting(p, Source::File)
        } else {
            setting("default".to_string(), Source::Default)
        };
        let profile_defined =
            profile.source == Source::Default || has_profile(&doc, &profile.value);
        let file =
            |key: &str| profile_str(&doc, &profile.value, key).map(|v| setting(v, Source::File));
        let from_env = |name: &str| env::var(name).map(|v| setting(v, Source::Env));

        let tracking_uri = global
            .tracking_uri
            .clone()
            .filter(|u| !u.is_empty())
            .map(|u| setting(u, Source::Flag))
            .or_else(|| from_env(env::MLFLOW_TRACKING_URI))
            .or_else(|| file("tracking_uri"));

        let output = if let Some(o) = global.output {
            setting(o, Source::Flag)
        } else if let Some(v) = env::var(env::MLF_OUTPUT) {
            let o = OutputFormat::parse(&v).ok_or_else(|| {
                ConfigError(format!(
                    "invalid {} `{v}`: expected table, json or csv",
                    env::MLF_OUTPUT
                ))
            })?;
            setting(o, Source::Env)
        } else if let Some(v) = file("output") {
            let o = OutputFormat::parse(&v.value).ok_or_else(|| {
                ConfigError(format!(
                    "invalid output `{}` in profile `{}`",
                    v.value, profile.value
                ))
            })?;
            setting(o, Source::File)
        } else {
            setting(OutputFormat::Table, Source::Default)
        };

        Ok(Settings {
            username: from_env(env::MLFLOW_TRACKING_USERNAME).or_else(|| file("username")),
            password: from_env(env::MLFLOW_TRACKING_PASSWORD).or_else(|| file("password")),
            token: from_env(env::MLFLOW_TRACKING_TOKEN).or_else(|| file("token")),
            config_path,
            profile,
            profile_defined,
            tracking_uri,
            output,
            color: match global.color {
                Some(c) => setting(c, Source::Flag),
                None if env::var(env::NO_COLOR).is_some() => {
                    setting(ColorChoice::Never, Source::Env)
                }
                None => setting(ColorChoice::Auto, Source::Default),
            },
        })
    }
}

/// Sets `key = value` in a profile of the config file, creating file and profile as needed;
/// the file is written with mode 0600.
pub fn set_value(path: &Path, profile: &str, key: &str, value: &str) -> Result<(), ConfigError> {
    let mut doc = load(path)?;
    let profiles = doc
        .entry("profiles")
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| ConfigError(format!("`profiles` in `{}` is not a table", path.display())))?;
    let table = profiles
        .entry(profile)
        .or_insert_with(toml_edit::table)
        .as_table_mut()
        .ok_or_else(|| {
            ConfigError(format!(
                "profile `{profile}` in `{}` is not a table",
                path.display()
            ))
        })?;
    table[key] = toml_edit::value(value);
    write_private(path, &doc.to_string())
}

/// Writes a file readable only by its owner.
fn write_private(path: &Path, text: &str) -> Result<(), ConfigError> {
    let err = |e: std::io::Error| ConfigError(format!("could not write `{}`: {e}", path.display()));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    // A fresh, exclusively created file with a random name (mode 0600), never a fixed name
    // that someone could have planted a symlink at; renamed over the config when complete.
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".config.toml.")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    {
        use std::io::Write;
        tmp.write_all(text.as_bytes()).map_err(err)?;
        tmp.as_file().sync_all().map_err(err)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_value_creates_profiles_and_keeps_comments() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        set_value(&path, "team", "output", "json").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("[profiles.team]") && text.contains("output = \"json\""),
            "{text}"
        );
        std::fs::write(&path, format!("# mine\n{text}")).unwrap();
        set_value(&path, "team", "username", "ci").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# mine") && text.contains("username = \"ci\""),
            "{text}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            // A symlink planted where a fixed temp name would be is never followed.
            let target = dir.path().join("target");
            std::fs::write(&target, "untouched").unwrap();
            for name in ["config.toml.tmp", "config.tmp", ".config.toml.tmp"] {
                std::os::unix::fs::symlink(&target, path.with_file_name(name)).unwrap();
            }
            set_value(&path, "team", "token", "secret").unwrap();
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "untouched");
            assert!(std::fs::symlink_metadata(&path).unwrap().is_file());
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let doc = load(&path).unwrap();
        assert_eq!(profile_str(&doc, "team", "output").as_deref(), Some("json"));
    }

    #[test]
    fn invalid_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "not = [valid").unwrap();
        assert!(load(&path).is_err());
    }
}
