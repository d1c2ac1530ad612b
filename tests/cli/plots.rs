//! `metrics plot` end to end: SVG checked for its structure (lines per series part, legend,
//! axis range), PNG decoded, a braille chart on a pty, runs by filter, errors. (`runs watch`
//! and `runs compare`: `watch.rs`.)

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::TestEnv;

/// Logs `loss` (with a gap of NaNs at steps 40..50) and `acc` at steps 0..100.
fn logged_run(env: &TestEnv, name: &str) -> String {
    let run = env
        .mlf(&["runs", "create", "--run-name", name])
        .ok()
        .trim()
        .to_string();
    let mut lines = String::new();
    for i in 0..=100 {
        let loss = if (40..50).contains(&i) {
            "nan".to_string()
        } else {
            format!("{}", 2.0 / (1.0 + i as f64 * 0.1))
        };
        lines.push_str(&format!(
            "loss,{loss},{i},{}\n",
            1_700_000_000_000i64 + i * 1000
        ));
        lines.push_str(&format!(
            "acc,{},{i},{}\n",
            i as f64 / 100.0,
            1_700_000_000_000i64 + i * 1000
        ));
    }
    env.mlf_stdin(
        &[
            "metrics", "log", "--run-id", &run, "--file", "-", "--format", "csv",
        ],
        &lines,
    )
    .ok();
    run
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The texts of an SVG's `<text>` elements.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let body = t.split_once('>')?.1;
            Some(body.split_once("</text>")?.0.trim().to_string())
        })
        .collect()
}

#[test]
fn off_a_terminal_without_a_file_is_a_usage_error() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    let r = env.mlf(&["metrics", "plot", "--run-id", &run, "--key", "loss"]);
    let err = r.fails(2);
    assert_eq!(r.stdout, "");
    assert!(!err.contains('\x1b') && err.contains("--svg"), "{r}");
    assert_eq!(err.lines().filter(|l| l.starts_with("error:")).count(), 1);
}

#[test]
fn svg_has_one_line_per_series_part_and_the_axis_range() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    env.mlf(&[
        "metrics", "plot", "--run-id", &run, "--key", "loss", "--key", "acc", "--svg", "c.svg",
    ])
    .ok();
    let svg = std::fs::read_to_string(env.path().join("c.svg")).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains(r#"width="1000""#),
        "{svg}"
    );
    // loss is two lines (the NaNs are a gap), acc one, and each has a legend sample.
    assert_eq!(count(&svg, r#"stroke-width="2""#), 3 + 2, "{svg}");
    let texts = svg_texts(&svg);
    for label in ["loss", "acc", "step", "value", "0", "100"] {
        assert!(
            texts.iter().any(|t| t == label),
            "no `{label}` in {texts:?}"
        );
    }
    // The y axis spans the values: 0 (acc at step 0) to 2 (loss at step 0).
    assert!(
        texts.iter().any(|t| t == "2.0") && texts.iter().any(|t| t == "0.0"),
        "{texts:?}"
    );
}

#[test]
fn png_decodes_at_its_size() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    env.mlf(&[
        "metrics", "plot", "--run-id", &run, "--key", "loss", "--png", "c.png",
    ])
    .ok();
    let file = std::fs::File::open(env.path().join("c.png")).unwrap();
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1000, 600));
    // Not blank: the line's blue is drawn.
    assert!(pixels.chunks(3).any(|p| p == [31, 119, 180]));
}

#[test]
fn a_filter_selects_the_runs_and_log_y_labels_values() {
    let env = TestEnv::new();
    let a = logged_run(&env, "alpha");
    logged_run(&env, "beta");
    env.mlf(&["params", "log", "--run-id", &a, "model=cnn"])
        .ok();
    env.mlf(&[
        "metrics",
        "plot",
        "--filter",
        "params.model = 'cnn'",
        "0",
        "--key",
        "loss",
        "--log-y",
        "--svg",
        "one.svg",
    ])
    .ok();
    let texts = svg_texts(&std::fs::read_to_string(env.path().join("one.svg")).unwrap());
    assert!(texts.contains(&"loss".to_string()), "{texts:?}");
    env.mlf(&[
        "metrics",
        "plot",
        "--filter",
        "attributes.status = 'RUNNING'",
        "--key",
        "loss",
        "--svg",
        "two.svg",
    ])
    .ok();
    let svg = std::fs::read_to_string(env.path().join("two.svg")).unwrap();
    let texts = svg_texts(&svg);
    assert!(
        texts.contains(&"alpha".into()) && texts.contains(&"beta".into()),
        "{texts:?}"
    );
    assert_eq!(count(&svg, r#"stroke-width="2""#), 2 * 2 + 2);
}

#[test]
fn errors_name_what_is_missing() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    let missing = "0123456789abcdef0123456789abcdef";
    env.mlf(&[
        "metrics", "plot", "--run-id", missing, "--key", "loss", "--svg", "x.svg",
    ])
    .fails(3);
    let r = env.mlf(&[
        "metrics", "plot", "--run-id", &run, "--key", "nope", "--svg", "x.svg",
    ]);
    assert!(r.fails(1).contains("nothing to plot"), "{r}");
    assert!(!env.path().join("x.svg").exists());
}

/// Runs `command` in a pseudo-terminal of 100×30 with this environment; returns the output
/// and the exit code.
pub(crate) fn in_a_terminal(env: &TestEnv, command: &str, timeout: Duration) -> (String, i32) {
    let line = format!("stty cols 100 rows 30; exec {command}");
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .current_dir(env.path())
        .env_clear();
    for (k, v) in env.command(&[]).get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(child, timeout);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Waits for a child at most `timeout`, killing it (and failing) past that.
pub(crate) fn wait_bounded(
    mut child: std::process::Child,
    timeout: Duration,
) -> std::process::Output {
    let deadline = Instant::now() + timeout;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "still running after {timeout:?}\n{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_terminal_gets_a_braille_chart() {
    let env = TestEnv::new();
    let run = logged_run(&env, "r");
    let mlf = env!("CARGO_BIN_EXE_mlf");
    let (out, code) = in_a_terminal(
        &env,
        &format!("{mlf} metrics plot --run-id {run} --key loss --key acc"),
        Duration::from_secs(30),
    );
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 29, "{out}");
    assert!(
        out.contains("loss") && out.contains("acc") && out.contains("step"),
        "{out}"
    );
    let braille = out
        .chars()
        .filter(|c| ('\u{2801}'..='\u{28ff}').contains(c))
        .count();
    assert!(braille > 100, "{out}");
    // NO_COLOR: no escape codes.
    assert!(!out.contains('\x1b'), "{out}");
}
