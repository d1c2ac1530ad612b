//! Metrics: KEY=VALUE with step and timestamp, negative steps, NaN and ±Inf, history and
//! latest values, bulk JSON lines and CSV (with and without a header, from a file or stdin),
//! and bad input that logs nothing.

use serde_json::{json, Value};

use super::Store;

pub fn metrics_log_and_history(s: &Store) {
    let id = s.new_run(&s.name("m"));
    let logged = [(0.5, 100, -3), (0.25, 50, 7), (0.75, 200, 2)];
    for (v, t, step) in logged {
        s.mlf(&[
            "metrics",
            "log",
            "--run-id",
            &id,
            &format!("loss={v}"),
            "--step",
            &step.to_string(),
            "--timestamp",
            &t.to_string(),
        ])
        .ok();
    }
    s.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "n=nan",
        "p=inf",
        "m=-inf",
        "--step",
        "-3",
        "--timestamp",
        "1",
    ])
    .ok();
    let order = s.history_order(&logged);
    let hist = s.json(&["metrics", "history", "--run-id", &id, "--key", "loss"]);
    let want: Vec<Value> = order.iter().map(|p| s.metric(&id, "loss", *p)).collect();
    assert_eq!(
        hist,
        json!({"metrics": want}),
        "MLflow's SQL store orders by timestamp, step, value"
    );
    assert_eq!(
        s.json(&["metrics", "history", "loss", "--run-id", &id]),
        hist,
        "the key may be positional"
    );
    let csv = s
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "loss", "-o", "csv",
        ])
        .ok()
        .to_string();
    let rows: String = order
        .iter()
        .map(|(v, t, step)| format!("loss,{v},{step},{t}\n"))
        .collect();
    assert_eq!(csv, format!("key,value,step,timestamp\n{rows}"));
    let empty = s.json(&["metrics", "history", "--run-id", &id, "--key", "none"]);
    assert_eq!(empty, json!({"metrics": []}));

    let metrics = s.get_run(&id)["data"]["metrics"].clone();
    let metrics = metrics.as_array().unwrap();
    // Separate requests: the latest is MLflow's greatest (step, timestamp, value).
    let latest = s.latest(&[&logged[..1], &logged[1..2], &logged[2..]]);
    let (v, _, step) = latest;
    for m in [
        s.metric(&id, "loss", latest),
        s.metric(&id, "n", (f64::NAN, 1, -3)),
        s.metric_value(&id, "p", s.inf(), 1, -3),
        s.metric_value(&id, "m", s.neg_inf(), 1, -3),
    ] {
        assert!(metrics.contains(&m), "{m} not in {metrics:?}");
    }
    let nan = s.json(&["metrics", "history", "--run-id", &id, "--key", "n"]);
    assert_eq!(
        nan,
        json!({"metrics": [s.metric(&id, "n", (f64::NAN, 1, -3))]})
    );

    // `metrics list`: the latest values by key, as runs get has them.
    let listed = s.json(&["metrics", "list", "--run-id", &id]);
    let keys: Vec<&str> = listed["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["loss", "m", "n", "p"]);
    assert_eq!(listed["metrics"][0], s.metric(&id, "loss", latest));
    // MLFLOW_RUN_ID stands in for --run-id.
    let table = s
        .mlf_with(
            &[("MLFLOW_RUN_ID", &id)],
            &["metrics", "list", "--no-headers"],
        )
        .ok()
        .to_string();
    assert!(
        table.starts_with(&format!("loss\t{v}\t{step}\t")),
        "{table}"
    );
}

pub fn metrics_bulk(s: &Store) {
    let id = s.new_run(&s.name("bulk"));
    // JSON lines from a file, over two log-batch limits.
    let jsonl: String = (0..2500)
        .map(|i| {
            format!(
                "{{\"key\":\"a\",\"value\":{i},\"step\":{i},\"timestamp\":{}}}\n",
                1_700_000_000_000_i64 + i
            )
        })
        .collect();
    let file = s.path().join("p.jsonl");
    std::fs::write(&file, jsonl).unwrap();
    s.mlf(&["metrics", "log", "--run-id", &id, "--file", "p.jsonl"])
        .ok();
    let hist = s.json(&["metrics", "history", "--run-id", &id, "--key", "a"]);
    let a = hist["metrics"].as_array().unwrap();
    assert_eq!(a.len(), 2500);
    assert_eq!(
        a[7],
        s.metric(&id, "a", (7.0, 1_700_000_000_007, 7)),
        "mlf's metric shape, whatever extra fields the server sends"
    );
    let steps: Vec<i64> = a.iter().map(|p| p["step"].as_i64().unwrap()).collect();
    assert_eq!(steps, (0..2500).collect::<Vec<_>>());
    // JSON lines on stdin, an absolute path.
    s.mlf_stdin(
        &["metrics", "log", "--run-id", &id, "--file", "-"],
        "{\"key\":\"j\",\"value\":2.5,\"step\":3,\"timestamp\":9}\n",
    )
    .ok();
    std::fs::write(s.path().join("q.jsonl"), "{\"key\":\"q\",\"value\":1}\n").unwrap();
    let abs = s.path().join("q.jsonl");
    s.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "--file",
        abs.to_str().unwrap(),
    ])
    .ok();

    // CSV with a header (any order, step optional), blank lines skipped, from stdin.
    let csv = "key,value,step\nb,1.5,-1\nb,nan,2\n\nc,3,0\n";
    s.mlf_stdin(&["metrics", "log", "--run-id", &id, "--file", "-"], csv)
        .ok();
    s.mlf_stdin(
        &[
            "metrics", "log", "--run-id", &id, "--file", "-", "--format", "csv",
        ],
        "key,timestamp,value\nd,9,1\n",
    )
    .ok();
    // CSV without a header (the README's pipe): key,value[,step[,timestamp]].
    let input = "val_loss,0.5,1,1700000000000\nval_loss,0.25,2,1700000001000\nacc,0.75\n";
    s.mlf_stdin(
        &[
            "metrics", "log", "--run-id", &id, "--file", "-", "--format", "csv",
        ],
        input,
    )
    .ok();
    // Detected as CSV too, without --format.
    s.mlf_stdin(
        &["metrics", "log", "--run-id", &id, "--file", "-"],
        "loss,3,4\n",
    )
    .ok();

    let history = |key: &str| -> Vec<Value> {
        s.json(&["metrics", "history", key, "--run-id", &id])["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| json!([p["value"], p["step"]]))
            .collect()
    };
    assert_eq!(history("b"), [json!([1.5, -1]), json!(["NaN", 2])]);
    assert_eq!(history("c"), [json!([3.0, 0])]);
    assert_eq!(history("d"), [json!([1.0, 0])]);
    assert_eq!(history("j"), [json!([2.5, 3])]);
    assert_eq!(history("q"), [json!([1.0, 0])]);
    let h = s.json(&["metrics", "history", "val_loss", "--run-id", &id]);
    let values: Vec<f64> = h["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, [0.5, 0.25]);
    assert_eq!(h["metrics"][0]["timestamp"], 1_700_000_000_000_i64);
    assert_eq!(h["metrics"][1]["timestamp"], 1_700_000_001_000_i64);
    assert_eq!(h["metrics"][1]["step"], 2);

    let listed = s.json(&["metrics", "list", "--run-id", &id]);
    let latest: Vec<Value> = listed["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| json!([m["key"], m["value"], m["step"]]))
        .collect();
    assert_eq!(
        latest,
        [
            json!(["a", 2499.0, 2499]),
            json!(["acc", 0.75, 0]),
            json!(["b", "NaN", 2]),
            json!(["c", 3.0, 0]),
            json!(["d", 1.0, 0]),
            json!(["j", 2.5, 3]),
            json!(["loss", 3.0, 4]),
            json!(["q", 1.0, 0]),
            json!(["val_loss", 0.25, 2]),
        ]
    );
}

pub fn metrics_bad_input(s: &Store) {
    let id = s.new_run(&s.name("bad"));
    let r = s.mlf(&["metrics", "log", "--run-id", &id, "acc=abc"]);
    assert!(r.fails(2).contains("not a number"), "{r}");
    s.mlf(&["metrics", "log", "--run-id", &id, "noequals"])
        .fails(2);
    // A malformed line fails the whole file, names the line, and nothing is written.
    let mut text: String = (0..1500)
        .map(|i| format!("{{\"key\":\"k\",\"value\":{i}}}\n"))
        .collect();
    text.push_str("{\"key\":\"k\",\"value\":\"oops\"}\n");
    std::fs::write(s.path().join("bad.jsonl"), text).unwrap();
    let r = s.mlf(&["metrics", "log", "--run-id", &id, "--file", "bad.jsonl"]);
    assert!(r.fails(2).contains("line 1501"), "{r}");
    let r = s.mlf_stdin(
        &["metrics", "log", "--run-id", &id, "--file", "-"],
        "key,value\nk,1\nk\n",
    );
    assert!(r.fails(2).contains("line 3"), "{r}");
    let r = s.mlf_stdin(
        &["metrics", "log", "--run-id", &id, "--file", "-"],
        "a,1\nb\n",
    );
    assert!(r.fails(2).contains("line 2"), "{r}");
    s.mlf(&["metrics", "log", "--run-id", &id, "--file", "missing.jsonl"])
        .fails(2);
    let run = s.get_run(&id);
    assert_eq!(run["data"]["metrics"], json!([]));
    assert_eq!(run["data"]["params"], json!([]));
    for key in ["k", "a"] {
        let history = s.json(&["metrics", "history", "--run-id", &id, "--key", key]);
        assert_eq!(history, json!({"metrics": []}), "{key}");
    }

    // Invalid keys: refused before anything is written (FastTrackML takes them).
    let keys = s.new_run(&s.name("keys"));
    let r = s.mlf(&["metrics", "log", "--run-id", &keys, "ok=1", "bad*key=1"]);
    let p = s.mlf(&["params", "log", "--run-id", &keys, "../up=1"]);
    let listed = |what: &str| -> Vec<String> {
        s.json(&[what, "list", "--run-id", &keys])[what]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["key"].as_str().unwrap().to_string())
            .collect()
    };
    if s.q.validates_keys {
        assert!(r.fails(2).contains("bad*key"), "{r}");
        assert!(p.fails(2).contains("../up"), "{p}");
        assert!(listed("metrics").is_empty());
        assert!(listed("params").is_empty());
    } else {
        r.ok();
        p.ok();
        assert_eq!(listed("metrics"), ["bad*key", "ok"]);
        assert_eq!(listed("params"), ["../up"]);
    }
}
