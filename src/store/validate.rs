//! MLflow's validation rules for keys, values and names (local-stores.md section 4), shared by
//! every local store so that mlf rejects exactly what MLflow rejects.

use super::{Result, StoreError};

/// Longest metric, param and tag key, in code points.
pub const MAX_KEY_LEN: usize = 250;
/// Param values longer than this are truncated.
pub const MAX_PARAM_VALUE_LEN: usize = 6000;
/// Run tag values longer than this are truncated.
pub const MAX_TAG_VALUE_LEN: usize = 8000;
/// Experiment tag values longer than this are rejected.
pub const MAX_EXPERIMENT_TAG_VALUE_LEN: usize = 20000;
/// Longest experiment name.
pub const MAX_EXPERIMENT_NAME_LEN: usize = 500;
/// Longest experiment artifact location.
pub const MAX_ARTIFACT_LOCATION_LEN: usize = 2048;

/// Checks a metric, param or tag key: `^[/\w.\- :]*$`, at most 250 code points, and unchanged
/// by path normalisation. `what` names the key in errors ("metric", "param", "tag").
pub fn key(what: &str, key: &str) -> Result<()> {
    if key.chars().count() > MAX_KEY_LEN {
        return Err(StoreError::Invalid(format!(
            "{what} key `{}…` exceeds the maximum length of {MAX_KEY_LEN} characters",
            key.chars().take(40).collect::<String>()
        )));
    }
    if let Some(c) = key.chars().find(|&c| !key_char(c)) {
        return Err(StoreError::Invalid(format!(
            "invalid {what} key `{key}`: `{}` is not allowed; keys may only contain \
             alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colons (:) \
             and slashes (/)",
            c.escape_debug()
        )));
    }
    let normalized = normpath(key);
    if normalized != key || key == "." || key.starts_with("..") || key.starts_with('/') {
        return Err(StoreError::Invalid(format!(
            "invalid {what} key `{key}`: keys are used as file names and must not resolve to \
             another name (this one resolves to `{normalized}`)"
        )));
    }
    Ok(())
}

/// Returns whether Python's `re` would match `c` with `[/\w.\- :]`.
fn key_char(c: char) -> bool {
    // Python's `\w` is `str.isalnum()` or `_`; Rust's alphanumeric also admits combining
    // marks (Other_Alphabetic), which Python rejects.
    matches!(c, '/' | '.' | '-' | ' ' | ':' | '_') || (c.is_alphanumeric() && !is_combining_mark(c))
}

/// Returns whether `c` is in the main combining-mark blocks (Python's isalnum rejects them).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Normalises a path as `posixpath.normpath` does.
pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if (initial == 0 && parts.is_empty()) || parts.last() == Some(&"..") {
                    parts.push("..");
                } else if !parts.is_empty() {
                    parts.pop();
                }
            }
            c => parts.push(c),
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}

/// Truncates a value to `max` code points, as MLflow does for long params and run tags.
pub fn truncate(value: &str, max: usize) -> String {
    match value.char_indices().nth(max) {
        Some((i, _)) => value[..i].to_string(),
        None => value.to_string(),
    }
}

/// Checks an experiment name: non-blank and at most 500 code points.
pub fn experiment_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(StoreError::Invalid(format!(
            "invalid experiment name `{name}`: it is blank"
        )));
    }
    if name.chars().count() > MAX_EXPERIMENT_NAME_LEN {
        return Err(StoreError::Invalid(format!(
            "experiment name exceeds the maximum length of {MAX_EXPERIMENT_NAME_LEN} characters"
        )));
    }
    Ok(())
}

/// Checks an experiment tag (key rules plus a 20000-character value limit, never truncated).
pub fn experiment_tag(key_: &str, value: &str) -> Result<()> {
    key("tag", key_)?;
    if value.chars().count() > MAX_EXPERIMENT_TAG_VALUE_LEN {
        return Err(StoreError::Invalid(format!(
            "value of experiment tag `{key_}` exceeds the maximum length of \
             {MAX_EXPERIMENT_TAG_VALUE_LEN} characters"
        )));
    }
    Ok(())
}

/// Checks a run id: `^[a-zA-Z0-9][\w\-]{0,255}$`.
pub fn run_id(id_: &str) -> Result<()> {
    id("run", id_, 256)
}

/// Checks an id used as a folder name: `^[a-zA-Z0-9][\w\-]{0,max-1}$` (MLflow's rule for
/// run ids, and for experiment ids of the file store with `max` 64).
pub fn id(what: &str, id: &str, max: usize) -> Result<()> {
    let mut chars = id.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id.chars().count() <= max
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!("invalid {what} id `{id}`")))
    }
}

/// Checks the arguments of an experiment creation (name, tags, artifact location) and
/// returns the location made absolute when it is a local path.
pub fn new_experiment(
    name: &str,
    location: Option<&str>,
    tags: &[crate::model::Tag],
) -> Result<Option<String>> {
    experiment_name(name)?;
    for tag in tags {
        experiment_tag(&tag.key, &tag.value)?;
    }
    let location = location.filter(|l| !l.is_empty()).map(super::resolve_local);
    if let Some(loc) = &location {
        if loc.chars().count() > MAX_ARTIFACT_LOCATION_LEN {
            return Err(StoreError::Invalid(format!(
                "artifact location exceeds the maximum length of {MAX_ARTIFACT_LOCATION_LEN} characters"
            )));
        }
    }
    Ok(location)
}

/// Checks a timestamp: a non-negative number of milliseconds.
pub fn timestamp(ts: i64) -> Result<()> {
    if ts < 0 {
        return Err(StoreError::Invalid(format!(
            "invalid timestamp {ts}: it must be a non-negative number of milliseconds"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_mlflow_accepts() {
        for k in [
            "a",
            "a..b",
            " ",
            "trail ",
            " lead",
            "a:b",
            "a-b_c.d/e",
            "héllo",
            "日本",
            "ß",
            "½",
        ] {
            key("metric", k).unwrap_or_else(|e| panic!("{k:?}: {e}"));
        }
    }

    #[test]
    fn rejects_what_mlflow_rejects() {
        for k in [
            "", ".", "../x", "/abs", "a//b", "a/", "a/./b", "a*b", "a\\b", "a,b", "e\u{301}",
            "a\tb",
        ] {
            assert!(key("metric", k).is_err(), "{k:?} should be rejected");
        }
        assert!(key("param", &"x".repeat(251)).is_err());
        key("param", &"x".repeat(250)).unwrap();
    }

    #[test]
    fn normpath_matches_python() {
        assert_eq!(normpath("a//b"), "a/b");
        assert_eq!(normpath("a/"), "a");
        assert_eq!(normpath("../x"), "../x");
        assert_eq!(normpath("a/../.."), "..");
        assert_eq!(normpath("//x"), "//x");
    }

    #[test]
    fn truncates_code_points() {
        assert_eq!(truncate("héllo", 2), "hé");
        assert_eq!(truncate("ab", 5), "ab");
    }

    #[test]
    fn names_and_ids() {
        assert!(experiment_name("  ").is_err());
        assert!(experiment_name(&"n".repeat(501)).is_err());
        experiment_name("fraud-detection").unwrap();
        run_id("0123abcd").unwrap();
        assert!(run_id("../x").is_err());
        assert!(timestamp(-1).is_err());
    }
}
