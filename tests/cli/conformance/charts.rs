//! Charts, comparisons and watches on every store: `metrics plot --svg` has one line per
//! series part (NaNs are gaps), `--filter` picks the runs; `runs compare` shows the matrix;
//! `runs watch` of an ended run prints one line and exits by its status.

use serde_json::{json, Value};

use super::Store;

/// Logs `loss` (NaN at steps 4 and 5) and `acc` at steps 0..10 into a new run.
fn charted_run(s: &Store, experiment: &str, name: &str, lr: &str) -> String {
    let id = s.run_with(&["--experiment-name", experiment, "--run-name", name]);
    let mut lines = String::new();
    for i in 0..10 {
        let loss = if i == 4 || i == 5 {
            "nan".to_string()
        } else {
            format!("{}", 1.0 / (i + 1) as f64)
        };
        lines.push_str(&format!(
            "loss,{loss},{i},{}\n",
            1_700_000_000_000i64 + i * 1000
        ));
        lines.push_str(&format!(
            "acc,{},{i},{}\n",
            i as f64 / 10.0,
            1_700_000_000_000i64 + i * 1000
        ));
    }
    s.mlf_stdin(
        &[
            "metrics", "log", "--run-id", &id, "--file", "-", "--format", "csv",
        ],
        &lines,
    )
    .ok();
    s.mlf(&[
        "params",
        "log",
        "--run-id",
        &id,
        &format!("lr={lr}"),
        "bs=32",
    ])
    .ok();
    id
}

fn series_lines(s: &Store, file: &str) -> usize {
    let svg = std::fs::read_to_string(s.path().join(file)).unwrap();
    svg.matches(r#"stroke-width="2""#).count()
}

pub fn charts_compare_and_watch(s: &Store) {
    let exp = s.name("charts");
    let a = charted_run(s, &exp, "a", "0.1");
    let b = charted_run(s, &exp, "b", "0.2");
    // Two lines for loss (the NaNs are a gap), one for acc, and two legend samples.
    s.mlf(&[
        "metrics", "plot", "--run-id", &a, "--key", "loss", "--key", "acc", "--svg", "one.svg",
    ])
    .ok();
    assert_eq!(series_lines(s, "one.svg"), 3 + 2);
    s.mlf(&[
        "metrics",
        "plot",
        "--filter",
        "params.bs = '32'",
        &exp,
        "--key",
        "acc",
        "--png",
        "x.png",
        "--svg",
        "two.svg",
    ])
    .ok();
    assert_eq!(series_lines(s, "two.svg"), 2 + 2);
    assert!(std::fs::metadata(s.path().join("x.png")).unwrap().len() > 1000);

    let m = s.json(&["runs", "compare", &a, &b, "--only-diff"]);
    assert_eq!(m["runs"], json!([a, b]));
    assert_eq!(m["params"], json!({"lr": ["0.1", "0.2"]}));
    assert_eq!(m["metrics"], json!({}));
    assert_eq!(m["tags"]["mlflow.runName"], json!(["a", "b"]));
    let all = s.json(&["runs", "compare", &a, &b]);
    assert_eq!(all["metrics"]["loss"], json!([0.1, 0.1]));
    assert_eq!(all["params"]["bs"], json!(["32", "32"]));

    s.mlf(&["runs", "end", "--run-id", &a]).ok();
    s.mlf(&["runs", "end", "--run-id", &b, "--status", "FAILED"])
        .ok();
    let watch = |target: &str, code: i32| -> Value {
        let r = s.mlf(&["runs", "watch", target, "--interval", "0.1", "-o", "json"]);
        assert_eq!(r.code, code, "{r}");
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), 1, "{r}");
        serde_json::from_str(lines[0]).unwrap()
    };
    let line = watch(&a, 0);
    assert_eq!(line["status"], "FINISHED");
    let keys: Vec<&str> = line["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["acc", "loss"]);
    // An experiment stands for its newest run: b, created last.
    assert_eq!(watch(&exp, 1)["run_id"], b.as_str());
    s.mlf(&["runs", "watch", super::MISSING_RUN]).fails(3);
}
