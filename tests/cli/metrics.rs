use serde_json::json;

use crate::common::TestEnv;

#[test]
fn log_values_steps_and_history() {
    let env = TestEnv::new();
    let id = env.new_run("m");
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "loss=0.5",
        "--step",
        "-3",
        "--timestamp",
        "100",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "loss=0.25",
        "--step",
        "7",
        "--timestamp",
        "50",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "loss=0.75",
        "--step",
        "2",
        "--timestamp",
        "200",
    ])
    .ok();
    env.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &id,
        "n=nan",
        "p=inf",
        "m=-inf",
        "--timestamp",
        "1",
    ])
    .ok();
    let hist = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "loss", "-o", "json",
        ])
        .json();
    assert_eq!(
        hist,
        json!({"metrics": [
            {"key": "loss", "value": 0.25, "timestamp": 50, "step": 7},
            {"key": "loss", "value": 0.5, "timestamp": 100, "step": -3},
            {"key": "loss", "value": 0.75, "timestamp": 200, "step": 2},
        ]}),
        "ordered by timestamp, step, value as MLflow does"
    );
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let metrics = run["run"]["data"]["metrics"].as_array().unwrap().clone();
    // Latest = greatest (step, timestamp, value): step 7.
    assert!(
        metrics.contains(&json!({"key": "loss", "value": 0.25, "timestamp": 50, "step": 7})),
        "{metrics:?}"
    );
    assert!(metrics.contains(&json!({"key": "n", "value": "NaN", "timestamp": 1, "step": 0})));
    // SQLite keeps ±Inf as ±max double, as MLflow does.
    assert!(metrics.contains(&json!({"key": "p", "value": f64::MAX, "timestamp": 1, "step": 0})));
    assert!(metrics.contains(&json!({"key": "m", "value": -f64::MAX, "timestamp": 1, "step": 0})));
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE is_nan = 1 AND value = 0.0"),
        1
    );

    let csv = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "loss", "-o", "csv",
        ])
        .ok()
        .to_string();
    assert_eq!(
        csv,
        "key,value,step,timestamp\nloss,0.25,7,50\nloss,0.5,-3,100\nloss,0.75,2,200\n"
    );
    let empty = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "none", "-o", "json",
        ])
        .json();
    assert_eq!(empty, json!({"metrics": []}));
}

#[test]
fn bulk_jsonl_csv_and_stdin() {
    let env = TestEnv::new();
    let id = env.new_run("bulk");
    let jsonl: String = (0..2500)
        .map(|i| {
            format!(
                "{{\"key\":\"a\",\"value\":{i},\"step\":{i},\"timestamp\":{}}}\n",
                1000 + i
            )
        })
        .collect();
    std::fs::write(env.path().join("p.jsonl"), jsonl).unwrap();
    env.mlf(&["metrics", "log", "--run-id", &id, "--file", "p.jsonl"])
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE key = 'a'"),
        2500
    );
    let csv = "key,value,step\nb,1.5,-1\nb,nan,2\n\nc,3,0\n";
    env.mlf_stdin(&["metrics", "log", "--run-id", &id, "--file", "-"], csv)
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE key IN ('b', 'c')"),
        3
    );
    env.mlf_stdin(
        &[
            "metrics", "log", "--run-id", &id, "--file", "-", "--format", "csv",
        ],
        "key,value\nd,1\n",
    )
    .ok();
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let latest_a = run["run"]["data"]["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["key"] == "a")
        .unwrap()
        .clone();
    assert_eq!(latest_a["step"], 2499);
}

#[test]
fn bad_input_writes_nothing() {
    for env in TestEnv::local_stores() {
        bad_input_writes_nothing_on(&env);
    }
}

fn bad_input_writes_nothing_on(env: &TestEnv) {
    let id = env.new_run("bad");
    let r = env.mlf(&["metrics", "log", "--run-id", &id, "acc=abc"]);
    assert!(r.fails(2).contains("not a number"), "{r}");
    let r = env.mlf(&["metrics", "log", "--run-id", &id, "ok=1", "bad*key=1"]);
    assert!(r.fails(2).contains("bad*key"), "{r}");
    let r = env.mlf(&["params", "log", "--run-id", &id, "../up=1"]);
    assert!(r.fails(2).contains("../up"), "{r}");
    let r = env.mlf(&["metrics", "log", "--run-id", &id, "noequals"]);
    r.fails(2);
    // A malformed line fails the whole file, names the line, and nothing is written.
    let mut text: String = (0..1500)
        .map(|i| format!("{{\"key\":\"k\",\"value\":{i}}}\n"))
        .collect();
    text.push_str("{\"key\":\"k\",\"value\":\"oops\"}\n");
    std::fs::write(env.path().join("bad.jsonl"), text).unwrap();
    let r = env.mlf(&["metrics", "log", "--run-id", &id, "--file", "bad.jsonl"]);
    assert!(r.fails(2).contains("line 1501"), "{r}");
    let r = env.mlf_stdin(
        &["metrics", "log", "--run-id", &id, "--file", "-"],
        "key,value\nk,1\nk\n",
    );
    assert!(r.fails(2).contains("line 3"), "{r}");
    env.mlf(&["metrics", "log", "--run-id", &id, "--file", "missing.jsonl"])
        .fails(2);
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    assert_eq!(run["run"]["data"]["metrics"], json!([]));
    assert_eq!(run["run"]["data"]["params"], json!([]));
    let history = env
        .mlf(&[
            "metrics", "history", "--run-id", &id, "--key", "k", "-o", "json",
        ])
        .json();
    assert_eq!(history, json!({"metrics": []}));
}

#[test]
fn params_are_immutable() {
    for env in TestEnv::local_stores() {
        params_are_immutable_on(&env);
    }
}

fn params_are_immutable_on(env: &TestEnv) {
    let id = env.new_run("p");
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01", "model=cnn"])
        .ok();
    env.mlf(&["params", "log", "--run-id", &id, "lr=0.01"]).ok();
    let r = env.mlf(&["params", "log", "--run-id", &id, "lr=0.02"]);
    let err = r.fails(1);
    assert!(
        err.contains("0.01") && err.contains("0.02") && err.contains("`lr`"),
        "{r}"
    );
    env.mlf(&["params", "log", "--run-id", &id, "x=1", "x=2"])
        .fails(2);
    // Long values are truncated to 6000 characters, as MLflow does.
    let long = format!("v={}", "x".repeat(7000));
    env.mlf(&["params", "log", "--run-id", &id, &long]).ok();
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let v = run["run"]["data"]["params"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "v")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .len();
    assert_eq!(v, 6000);
    assert!(run["run"]["data"]["params"]
        .as_array()
        .unwrap()
        .contains(&json!({"key": "lr", "value": "0.01"})));
}
