//! `completions/` and `man/` are generated from the clap tree and committed; this test fails
//! when they are stale. `MLF_REGENERATE=1 cargo test --test cli generated` rewrites them.

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use mlf::commands::app::Cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Returns every generated file: relative path and contents.
fn generate() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "mlf.bash"),
        (Shell::Zsh, "_mlf"),
        (Shell::Fish, "mlf.fish"),
        (Shell::PowerShell, "_mlf.ps1"),
        (Shell::Elvish, "mlf.elv"),
    ] {
        files.push((
            Path::new("completions").join(name),
            mlf::commands::completions::script(shell),
        ));
    }
    let tmp = tempfile::tempdir().unwrap();
    clap_mangen::generate_to(Cli::command(), tmp.path()).unwrap();
    for entry in std::fs::read_dir(tmp.path()).unwrap() {
        let entry = entry.unwrap();
        files.push((
            Path::new("man").join(entry.file_name()),
            std::fs::read(entry.path()).unwrap(),
        ));
    }
    files.sort();
    files
}

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let files = generate();
    if std::env::var_os("MLF_REGENERATE").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root().join(dir));
            std::fs::create_dir_all(root().join(dir)).unwrap();
        }
        for (path, bytes) in &files {
            std::fs::write(root().join(path), bytes).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root().join(path)).ok().as_ref() != Some(bytes) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root().join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let rel = Path::new(dir).join(entry.file_name());
            if !files.iter().any(|(p, _)| *p == rel) {
                stale.push(format!("{} (no longer generated)", rel.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nrun `MLF_REGENERATE=1 cargo test --test cli generated` and commit"
    );
    assert!(files.iter().any(|(p, _)| p.ends_with("mlf-runs-search.1")));
}

#[test]
fn completions_command_needs_no_store() {
    let env = crate::common::TestEnv::new();
    let out = env.mlf(&["completions", "bash"]).ok().to_string();
    assert!(out.contains("mlf"));
    assert!(!env.db().exists());
}
