//! Reading the HEAD commit, branch and remote URL of the git work tree around a folder,
//! without running git, for the `mlflow.source.git.*` tags of new runs.

use std::path::{Path, PathBuf};

/// Returns the full HEAD commit hash of the work tree containing `dir`, if any.
pub fn head_commit(dir: &Path) -> Option<String> {
    let git_dir = find_git_dir(dir)?;
    let head = std::fs::read_to_string(git_dir.join("HEAD")).ok()?;
    let head = head.trim();
    let Some(reference) = head.strip_prefix("ref:") else {
        return is_hash(head).then(|| head.to_string());
    };
    let reference = reference.trim();
    // A linked work tree keeps its refs in the common dir.
    let common = std::fs::read_to_string(git_dir.join("commondir"))
        .ok()
        .map(|c| git_dir.join(c.trim()))
        .unwrap_or_else(|| git_dir.clone());
    for base in [&git_dir, &common] {
        if let Ok(hash) = std::fs::read_to_string(base.join(reference)) {
            let hash = hash.trim();
            if is_hash(hash) {
                return Some(hash.to_string());
            }
        }
    }
    let packed = std::fs::read_to_string(common.join("packed-refs")).ok()?;
    packed.lines().find_map(|line| {
        let (hash, name) = line.split_once(' ')?;
        (name.trim() == reference && is_hash(hash)).then(|| hash.to_string())
    })
}

/// Returns the branch HEAD is on (`main`), if it is on one.
pub fn head_branch(dir: &Path) -> Option<String> {
    let git_dir = find_git_dir(dir)?;
    let head = std::fs::read_to_string(git_dir.join("HEAD")).ok()?;
    let name = head.trim().strip_prefix("ref:")?.trim();
    Some(name.strip_prefix("refs/heads/").unwrap_or(name).to_string())
}

/// Returns the URL of the remote `origin` (as MLflow records it), else of the first remote.
pub fn remote_url(dir: &Path) -> Option<String> {
    let git_dir = find_git_dir(dir)?;
    let common = std::fs::read_to_string(git_dir.join("commondir"))
        .ok()
        .map(|c| git_dir.join(c.trim()))
        .unwrap_or(git_dir);
    let config = std::fs::read_to_string(common.join("config")).ok()?;
    let mut remote: Option<String> = None;
    let mut urls: Vec<(String, String)> = Vec::new();
    for line in config.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            remote = line
                .strip_prefix("[remote \"")
                .and_then(|l| l.strip_suffix("\"]"))
                .map(str::to_string);
        } else if let (Some(r), Some((k, v))) = (&remote, line.split_once('=')) {
            if k.trim() == "url" {
                urls.push((r.clone(), v.trim().to_string()));
            }
        }
    }
    urls.iter()
        .find(|(r, _)| r == "origin")
        .or(urls.first())
        .map(|(_, u)| u.clone())
}

fn is_hash(s: &str) -> bool {
    (s.len() == 40 || s.len() == 64) && s.chars().all(|c| c.is_ascii_hexdigit())
}

fn find_git_dir(start: &Path) -> Option<PathBuf> {
    for dir in start.ancestors() {
        let dot_git = dir.join(".git");
        if dot_git.is_dir() {
            return Some(dot_git);
        }
        if let Ok(text) = std::fs::read_to_string(&dot_git) {
            let path = text.trim().strip_prefix("gitdir:")?.trim().to_string();
            return Some(dir.join(path));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_branch_and_packed_refs() {
        let dir = tempfile::tempdir().unwrap();
        let git = dir.path().join(".git");
        std::fs::create_dir_all(git.join("refs/heads")).unwrap();
        std::fs::write(git.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        assert_eq!(head_commit(&sub), None);
        let hash = "0123456789abcdef0123456789abcdef01234567";
        std::fs::write(
            git.join("packed-refs"),
            format!("# pack\n{hash} refs/heads/main\n"),
        )
        .unwrap();
        assert_eq!(head_commit(&sub).as_deref(), Some(hash));
        let loose = "89abcdef0123456789abcdef0123456789abcdef";
        std::fs::write(git.join("refs/heads/main"), format!("{loose}\n")).unwrap();
        assert_eq!(head_commit(&sub).as_deref(), Some(loose));
        assert_eq!(head_branch(&sub).as_deref(), Some("main"));
        assert_eq!(remote_url(&sub), None);
        std::fs::write(
            git.join("config"),
            "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://example.com/u.git\n[remote \"origin\"]\n\turl = git@example.com:o.git\n",
        )
        .unwrap();
        assert_eq!(remote_url(&sub).as_deref(), Some("git@example.com:o.git"));
    }
}
