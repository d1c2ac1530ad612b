//! The natural guesses work: positional forms, headerless CSV, `help`, list commands, errors
//! that say what to do, help text without noise, and tables fitted to a real terminal.

use std::process::Command;

use serde_json::{json, Value};

use crate::common::TestEnv;

#[test]
fn the_readme_pipe_logs_headerless_csv() {
    for env in TestEnv::local_stores() {
        let run = env.new_run("fraud-detection");
        let input = "val_loss,0.5,1,1700000000000\nval_loss,0.25,2,1700000001000\nacc,0.75\n";
        env.mlf_stdin(
            &[
                "metrics", "log", "--run-id", &run, "--file", "-", "--format", "csv",
            ],
            input,
        )
        .ok();
        // Detected as CSV too, without --format.
        env.mlf_stdin(
            &["metrics", "log", "--run-id", &run, "--file", "-"],
            "loss,3,4\n",
        )
        .ok();
        let h = env
            .mlf(&[
                "metrics", "history", "val_loss", "--run-id", &run, "-o", "json",
            ])
            .json();
        let values: Vec<f64> = h["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["value"].as_f64().unwrap())
            .collect();
        assert_eq!(values, [0.5, 0.25]);
        assert_eq!(h["metrics"][0]["timestamp"], 1700000000000i64);
        assert_eq!(h["metrics"][1]["timestamp"], 1700000001000i64);
        assert_eq!(h["metrics"][1]["step"], 2);
        let listed = env
            .mlf(&["metrics", "list", "--run-id", &run, "-o", "json"])
            .json();
        let keys: Vec<&str> = listed["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys, ["acc", "loss", "val_loss"]);
        assert_eq!(listed["metrics"][2]["value"], 0.25);
        assert_eq!(listed["metrics"][1]["step"], 4);
        // A bad row names its line and logs nothing.
        let e = env
            .mlf_stdin(
                &["metrics", "log", "--run-id", &run, "--file", "-"],
                "a,1\nb\n",
            )
            .fails(2)
            .to_string();
        assert!(e.contains("line 2"), "{e}");
        assert!(env
            .mlf(&["metrics", "history", "a", "--run-id", &run, "-o", "json"])
            .json()["metrics"]
            .as_array()
            .unwrap()
            .is_empty());
    }
}

#[test]
fn positional_forms() {
    for env in TestEnv::local_stores() {
        let id = env
            .mlf(&[
                "experiments",
                "create",
                "--experiment-name",
                "fraud-detection",
            ])
            .ok()
            .trim()
            .to_string();
        let by_name = env
            .mlf(&["experiments", "get", "fraud-detection", "-o", "json"])
            .json();
        let by_id = env.mlf(&["experiments", "get", &id, "-o", "json"]).json();
        assert_eq!(by_name, by_id);
        assert_eq!(by_name["experiment"]["name"], "fraud-detection");
        // A name made of digits is found by name when no experiment has that id.
        env.mlf(&["experiments", "create", "--experiment-name", "2024"])
            .ok();
        let digits = env
            .mlf(&["experiments", "get", "2024", "-o", "json"])
            .json();
        assert_eq!(digits["experiment"]["name"], "2024");
        env.mlf(&["experiments", "get", "nope"]).fails(3);

        let run = env.new_run("fraud-detection");
        let a = env.mlf(&["runs", "get", &run, "-o", "json"]).json();
        let b = env
            .mlf(&["runs", "get", "--run-id", &run, "-o", "json"])
            .json();
        assert_eq!(a, b);
        env.mlf(&["runs", "get", &run, "--run-id", "other"])
            .fails(2);
        env.mlf(&["metrics", "log", "--run-id", &run, "val_loss=0.3"])
            .ok();
        let h = env
            .mlf(&[
                "metrics", "history", "val_loss", "--run-id", &run, "-o", "json",
            ])
            .json();
        assert_eq!(h["metrics"][0]["value"], 0.3);

        env.mlf(&["params", "log", "--run-id", &run, "lr=0.01", "model=cnn"])
            .ok();
        let p = env
            .mlf(&["params", "list", "--run-id", &run, "-o", "json"])
            .json();
        assert_eq!(
            p,
            json!({"params": [{"key": "lr", "value": "0.01"}, {"key": "model", "value": "cnn"}]})
        );
        let table = env
            .mlf(&["params", "list", "--run-id", &run])
            .ok()
            .to_string();
        assert_eq!(table, "key\tvalue\nlr\t0.01\nmodel\tcnn\n");
        // MLFLOW_RUN_ID stands in for --run-id.
        let mut env = env;
        env.env("MLFLOW_RUN_ID", &run);
        assert_eq!(env.mlf(&["params", "list", "-o", "json"]).json(), p);
        assert!(env
            .mlf(&["metrics", "list", "--no-headers"])
            .ok()
            .starts_with("val_loss\t0.3\t0\t"));
    }
}

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
fn help_tree(env: &TestEnv) -> Vec<(String, String)> {
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

#[test]
fn list_outputs_have_their_shapes_on_an_empty_run() {
    for env in TestEnv::local_stores() {
        let run = env.new_run("e");
        let p: Value = env
            .mlf(&["params", "list", "--run-id", &run, "-o", "json"])
            .json();
        assert_eq!(p, json!({"params": []}));
        let m: Value = env
            .mlf(&["metrics", "list", "--run-id", &run, "-o", "json"])
            .json();
        assert_eq!(m, json!({"metrics": []}));
        assert_eq!(env.mlf(&["params", "list", "--run-id", &run]).ok(), "");
        assert_eq!(
            env.mlf(&["metrics", "list", "--run-id", &run, "-o", "csv"])
                .ok(),
            "key,value,step,timestamp\n"
        );
        env.mlf(&[
            "params",
            "list",
            "--run-id",
            "0123456789abcdef0123456789abcdef",
        ])
        .fails(3);
    }
}
