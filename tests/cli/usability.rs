//! The natural guesses work: `help`, errors that say what to do, help text without noise, and
//! tables fitted to a real terminal. (Positional forms, headerless CSV and the shapes of list
//! commands, on every store: `conformance`.)

use std::process::Command;

use crate::common::TestEnv;

#[test]
fn help_is_a_subcommand_too() {
    let env = TestEnv::new();
    let a = env.mlf(&["help", "runs"]).ok().to_string();
    let b = env.mlf(&["runs", "--help"]).ok().to_string();
    assert_eq!(a, b);
    assert!(a.contains("search"), "{a}");
    assert_eq!(
        env.mlf(&["help", "metrics", "log"]).ok(),
        env.mlf(&["metrics", "log", "--help"]).ok()
    );
}

#[test]
fn errors_say_what_to_do() {
    let env = TestEnv::new();
    let e = env.mlf(&["runs", "get"]).fails(2).to_string();
    assert!(e.contains("--run-id") && e.contains("MLFLOW_RUN_ID"), "{e}");
    let e = env.mlf(&["metrics", "log", "a=1"]).fails(2).to_string();
    assert!(e.contains("MLFLOW_RUN_ID"), "{e}");
    env.mlf(&["--profile", "nope", "config", "show"]).fails(2);
    env.mlf(&["config", "show", "--profile", "nope"]).fails(2);
    let e = env
        .mlf(&["--tracking-uri", "ftp://host/x", "runs", "search"])
        .fails(2)
        .to_string();
    assert!(e.contains("sqlite:///") && e.contains("http"), "{e}");
    assert!(!e.contains("postgresql") && !e.contains("mysql"), "{e}");
    let run = env.new_run("e");
    let e = env
        .mlf(&[
            "artifacts",
            "download",
            "--run-id",
            &run,
            "--artifact-path",
            "nope",
        ])
        .fails(3)
        .to_string();
    assert!(
        e.contains(&format!("mlf artifacts list --run-id {run} --recursive")),
        "{e}"
    );
    assert!(!e.contains("config show"), "{e}");
}

/// Every `--help` page of the tree, by command path.
pub(crate) fn help_tree(env: &TestEnv) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    let mut todo = vec![Vec::<String>::new()];
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let text = env.mlf(&args).ok().to_string();
        let mut in_commands = false;
        for line in text.lines() {
            if line == "Commands:" {
                in_commands = true;
                continue;
            }
            if in_commands {
                match line.split_whitespace().next() {
                    Some(name) if line.starts_with("  ") && name != "help" => {
                        let mut sub = path.clone();
                        sub.push(name.to_string());
                        todo.push(sub);
                    }
                    _ if line.is_empty() => in_commands = false,
                    _ => {}
                }
            }
        }
        pages.push((path.join(" "), text));
    }
    pages
}

#[test]
fn help_text_has_no_noise() {
    let mut env = TestEnv::new();
    // Set but empty variables must not show as `[env: NAME=]`.
    env.env("MLFLOW_RUN_ID", "");
    env.env("MLFLOW_TRACKING_URI", "");
    let pages = help_tree(&env);
    assert!(pages.len() > 30, "{}", pages.len());
    for (path, text) in &pages {
        assert!(!text.contains("[default: \"\"]"), "mlf {path}:\n{text}");
        assert!(!text.contains("=]"), "mlf {path}:\n{text}");
        let defaults = text.matches("[default:").count();
        let lines_with_two = text
            .lines()
            .filter(|l| l.matches("[default").count() > 1)
            .count();
        assert_eq!(lines_with_two, 0, "mlf {path}: {defaults}\n{text}");
        if !path.is_empty() {
            assert!(!text.contains("-V, --version"), "mlf {path}:\n{text}");
        }
    }
    assert!(env.mlf(&["--help"]).ok().contains("-V, --version"));
}

/// Runs `mlf ARGS` with stdout on a pseudo-terminal `columns` wide and returns what it drew.
fn on_terminal(env: &TestEnv, args: &[&str], columns: usize) -> String {
    let mlf = env!("CARGO_BIN_EXE_mlf");
    let line = std::iter::once(format!("stty cols {columns} 2>/dev/null; exec {mlf}"))
        .chain(args.iter().map(|a| format!("'{a}'")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"]);
    let probe = env.command(&[]);
    cmd.env_clear();
    for (k, v) in probe.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.env("COLUMNS", columns.to_string())
        .current_dir(env.path())
        .stdin(std::process::Stdio::null());
    let out = cmd.output().expect("run script");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

#[test]
fn tables_fit_the_terminal() {
    if Command::new("script").arg("--version").output().is_err() {
        panic!("`script` (util-linux) is needed to test tables on a terminal");
    }
    let env = TestEnv::new();
    env.mlf(&[
        "experiments",
        "create",
        "-n",
        "fraud-detection-with-a-rather-long-name",
    ])
    .ok();
    let mut ids = Vec::new();
    for i in 0..3 {
        let run = env
            .mlf(&[
                "runs",
                "create",
                "--experiment-name",
                "fraud-detection-with-a-rather-long-name",
                "--run-name",
                &format!("baseline-model-with-a-long-descriptive-name-{i}"),
            ])
            .ok()
            .trim()
            .to_string();
        env.mlf(&["params", "log", "--run-id", &run, &format!("lr=0.0{i}")])
            .ok();
        env.mlf(&["runs", "end", "--run-id", &run]).ok();
        ids.push(run);
    }
    for columns in [80, 100, 120] {
        let text = on_terminal(&env, &["runs", "search", "--columns", "params.lr"], columns);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{columns}:\n{text}");
        assert!(lines[0].starts_with("run_id"), "{text}");
        for l in &lines {
            assert!(l.chars().count() <= columns, "{columns}: {l:?}");
        }
        for id in &ids {
            assert!(text.contains(id.as_str()), "{columns}: run id cut\n{text}");
        }
        // Statuses are whole words, never split.
        assert_eq!(text.matches("FINISHED").count(), 3, "{columns}:\n{text}");
        let text = on_terminal(&env, &["experiments", "search"], columns);
        for l in text.lines() {
            assert!(l.chars().count() <= columns, "{columns}: {l:?}");
        }
        assert!(text.lines().count() == 3, "{columns}:\n{text}");
    }
    let wide = on_terminal(&env, &["experiments", "search"], 200);
    assert!(
        wide.contains("fraud-detection-with-a-rather-long-name"),
        "{wide}"
    );
    let narrow = on_terminal(&env, &["experiments", "search"], 60);
    assert!(narrow.contains('…'), "{narrow}");
}
