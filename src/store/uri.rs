//! Tracking URIs: parsing, and MLflow 3.18's default when none is configured.

use std::path::{Path, PathBuf};

/// Where tracking data lives, as named by a tracking URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrackingUri {
    /// MLflow's SQL schema in an SQLite file (`sqlite:///rel.db`, `sqlite:////abs.db`).
    Sqlite(PathBuf),
    /// MLflow's file store named by a `file:` URI (artifact locations are `file://` URIs).
    File(PathBuf),
    /// MLflow's file store named by a plain path (artifact locations are plain paths).
    Path(PathBuf),
    /// A tracking server (`http(s)://host[:port][/prefix]`).
    Http(HttpUri),
    /// `databricks` or `databricks://PROFILE`.
    Databricks(Option<String>),
    /// MLflow's SQL schema on a database server (`postgresql://…`, `mysql://…`, `mssql://…`).
    SqlServer(String),
}

/// The schemes `parse` accepts, for error messages.
pub const ACCEPTED_SCHEMES: &str =
    "sqlite:///PATH, file:///PATH or a plain path, http(s)://HOST, databricks[://PROFILE]";

/// Why a tracking URI could not be parsed (a usage error: exit 2).
#[derive(Debug, thiserror::Error)]
pub enum UnknownScheme {
    /// A scheme mlf does not know.
    #[error("unsupported tracking URI scheme `{scheme}` in `{uri}`; accepted: {ACCEPTED_SCHEMES}")]
    Scheme { scheme: String, uri: String },
    /// A known scheme, but not a usable URI (`http://`, `http://:5000`, a bad port).
    #[error("invalid tracking URI `{uri}`: {reason}")]
    Malformed { uri: String, reason: String },
}

impl TrackingUri {
    /// Parses a tracking URI; relative paths are resolved against `cwd`.
    pub fn parse(uri: &str, cwd: &Path) -> Result<TrackingUri, UnknownScheme> {
        if uri == "databricks" {
            return Ok(TrackingUri::Databricks(None));
        }
        let Some((scheme, rest)) = split_scheme(uri) else {
            return Ok(TrackingUri::Path(cwd.join(uri)));
        };
        let base = scheme
            .split('+')
            .next()
            .unwrap_or(scheme)
            .to_ascii_lowercase();
        match base.as_str() {
            "sqlite" => {
                // `sqlite:///rel.db` is relative, `sqlite:////abs.db` absolute (SQLAlchemy).
                let path = rest.strip_prefix("//").unwrap_or(rest);
                let path = path.strip_prefix('/').unwrap_or(path);
                Ok(TrackingUri::Sqlite(cwd.join(path)))
            }
            "file" => {
                let path = rest.strip_prefix("//").unwrap_or(rest);
                // `file://localhost/abs` names the local host.
                let path = path.strip_prefix("localhost").unwrap_or(path);
                let path = percent_decode(path);
                Ok(TrackingUri::File(cwd.join(path)))
            }
            "http" | "https" => parse_http(uri).map(TrackingUri::Http),
            "databricks" => {
                let profile = rest.strip_prefix("//").filter(|p| !p.is_empty());
                Ok(TrackingUri::Databricks(profile.map(str::to_string)))
            }
            "postgresql" | "postgres" | "mysql" | "mssql" => {
                Ok(TrackingUri::SqlServer(uri.to_string()))
            }
            _ => Err(UnknownScheme::Scheme {
                scheme: scheme.to_string(),
                uri: redact(uri),
            }),
        }
    }

    /// Returns MLflow 3.18's default for a process started in `cwd`: `./mlruns` when it holds
    /// an experiment folder (all-digit name with a `meta.yaml`), else `./mlflow.db`.
    pub fn default_for(cwd: &Path) -> TrackingUri {
        let mlruns = cwd.join("mlruns");
        let has_experiment = std::fs::read_dir(&mlruns)
            .map(|entries| {
                entries.flatten().any(|e| {
                    let name = e.file_name();
                    let name = name.to_string_lossy();
                    !name.is_empty()
                        && name.chars().all(|c| c.is_ascii_digit())
                        && e.path().join("meta.yaml").exists()
                })
            })
            .unwrap_or(false);
        if has_experiment {
            TrackingUri::File(mlruns)
        } else {
            TrackingUri::Sqlite(cwd.join("mlflow.db"))
        }
    }
}

impl std::fmt::Display for TrackingUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TrackingUri::Sqlite(p) => write!(f, "sqlite:///{}", p.display()),
            TrackingUri::File(p) => write!(f, "file://{}", p.display()),
            TrackingUri::Path(p) => write!(f, "{}", p.display()),
            TrackingUri::Http(u) => f.write_str(&u.base),
            TrackingUri::Databricks(None) => f.write_str("databricks"),
            TrackingUri::Databricks(Some(p)) => write!(f, "databricks://{p}"),
            TrackingUri::SqlServer(u) => f.write_str(&redact(u)),
        }
    }
}

/// A tracking server's address: its base URL, never with credentials in it (they are taken
/// out of `http://user:password@host` into `username`/`password`, so that nothing that prints
/// the URL can print them).
#[derive(Clone, PartialEq, Eq)]
pub struct HttpUri {
    /// `http(s)://host[:port][/prefix]`, without a trailing slash.
    pub base: String,
    pub username: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for HttpUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpUri")
            .field("base", &self.base)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}

/// Checks a server URL (a host, a valid port) and takes its credentials out.
fn parse_http(uri: &str) -> Result<HttpUri, UnknownScheme> {
    let bad = |reason: String| UnknownScheme::Malformed {
        uri: redact(uri),
        reason,
    };
    let mut url = url::Url::parse(uri).map_err(|e| bad(e.to_string()))?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("it names no host".into()));
    }
    let username = Some(percent_decode(url.username())).filter(|u| !u.is_empty());
    let password = url.password().map(percent_decode);
    let _ = url.set_username("");
    let _ = url.set_password(None);
    url.set_query(None);
    url.set_fragment(None);
    Ok(HttpUri {
        base: url.as_str().trim_end_matches('/').to_string(),
        username,
        password,
    })
}

/// Splits `scheme:rest`, or returns `None` for a plain path.
fn split_scheme(uri: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = uri.split_once(':')?;
    let mut chars = scheme.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    // A one-letter "scheme" is a Windows drive letter, not a URI scheme.
    let ok = first_ok
        && scheme.len() > 1
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then_some((scheme, rest))
}

/// Hides a password in `scheme://user:password@host`.
pub fn redact(uri: &str) -> String {
    let Some((scheme, rest)) = uri.split_once("://") else {
        return uri.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            if userinfo.contains(':') {
                format!("{scheme}://{user}:***@{host}{path}")
            } else {
                uri.to_string()
            }
        }
        None => uri.to_string(),
    }
}

/// Percent-encodes one path segment (RFC 3986 unreserved characters stay).
pub fn encode_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes a `/`-separated path segment by segment.
pub fn encode_path(path: &str) -> String {
    path.split('/')
        .map(encode_segment)
        .collect::<Vec<_>>()
        .join("/")
}

/// Decodes `%XX` escapes (invalid UTF-8 is replaced).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 3 <= bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> TrackingUri {
        TrackingUri::parse(s, Path::new("/work/proj")).unwrap()
    }

    #[test]
    fn sqlite_paths() {
        assert_eq!(
            p("sqlite:///mlflow.db"),
            TrackingUri::Sqlite("/work/proj/mlflow.db".into())
        );
        assert_eq!(
            p("sqlite:////abs/x.db"),
            TrackingUri::Sqlite("/abs/x.db".into())
        );
        assert_eq!(
            p("sqlite:///sub/x.db"),
            TrackingUri::Sqlite("/work/proj/sub/x.db".into())
        );
    }

    #[test]
    fn file_and_plain_paths() {
        assert_eq!(
            p("file:///abs/mlruns"),
            TrackingUri::File("/abs/mlruns".into())
        );
        assert_eq!(
            p("rel/mlruns"),
            TrackingUri::Path("/work/proj/rel/mlruns".into())
        );
        assert_eq!(p("/abs/mlruns"), TrackingUri::Path("/abs/mlruns".into()));
        assert_eq!(
            p("file:///a%20b/mlruns"),
            TrackingUri::File("/a b/mlruns".into())
        );
    }

    #[test]
    fn servers_and_unknown() {
        assert_eq!(
            p("http://h:5000/"),
            TrackingUri::Http(HttpUri {
                base: "http://h:5000".into(),
                username: None,
                password: None
            })
        );
        let TrackingUri::Http(u) = p("https://alice:p%40ss@h/prefix/") else {
            panic!()
        };
        assert_eq!(u.base, "https://h/prefix");
        assert_eq!(
            (u.username.as_deref(), u.password.as_deref()),
            (Some("alice"), Some("p@ss"))
        );
        assert!(!format!("{u:?} {}", p("https://alice:p%40ss@h/")).contains("p@ss"));
        for bad in [
            "http://",
            "http://[::1",
            "http://:5077",
            "http://127.0.0.1:99999",
            "http://a b",
        ] {
            let e = TrackingUri::parse(bad, Path::new("/")).unwrap_err();
            assert!(matches!(e, UnknownScheme::Malformed { .. }), "{bad}: {e}");
        }
        assert_eq!(
            p("databricks://prof"),
            TrackingUri::Databricks(Some("prof".into()))
        );
        assert!(matches!(
            p("postgresql+psycopg2://u:pw@h/db"),
            TrackingUri::SqlServer(_)
        ));
        let err = TrackingUri::parse("ftp://x", Path::new("/")).unwrap_err();
        assert!(err.to_string().contains("`ftp`"), "{err}");
    }

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgresql://u:secret@h/db"),
            "postgresql://u:***@h/db"
        );
        assert_eq!(redact("https://h/x"), "https://h/x");
    }

    #[test]
    fn default_prefers_mlruns_with_an_experiment() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            TrackingUri::default_for(dir.path()),
            TrackingUri::Sqlite(_)
        ));
        std::fs::create_dir_all(dir.path().join("mlruns/abc")).unwrap();
        std::fs::write(dir.path().join("mlruns/abc/meta.yaml"), "").unwrap();
        assert!(matches!(
            TrackingUri::default_for(dir.path()),
            TrackingUri::Sqlite(_)
        ));
        std::fs::create_dir_all(dir.path().join("mlruns/0")).unwrap();
        std::fs::write(dir.path().join("mlruns/0/meta.yaml"), "").unwrap();
        assert!(matches!(
            TrackingUri::default_for(dir.path()),
            TrackingUri::File(_)
        ));
    }
}
