//! Python MLflow 3.18, pointed at the same store, reads back what mlf logged: the same run,
//! point for point.

use serde_json::json;

use super::Store;
use crate::common::python;
use crate::interop::{mlf_view, python_view};

pub fn python_reads_what_mlf_logged(s: &Store) {
    let Some(py) = python("3.18.0") else { return };
    let id = s.run_with(&[
        "-n",
        &s.name("interop"),
        "--run-name",
        "from-mlf",
        "--tag",
        "team=fraud detection",
        "--start-time",
        "1700000000000",
    ]);
    s.cmd(&format!(
        "params log --run-id {id} lr=0.01 model=cnn layers=3"
    ))
    .ok();
    let points = "key,value,step,timestamp\n\
                  loss,0.9,5,1700000000100\nloss,0.7,-2,1700000000200\nloss,0.5,10,1700000000300\n\
                  loss,0.6,3,1700000000050\nacc,nan,0,1700000000000\nbig,inf,1,1700000000000\n\
                  small,-inf,1,1700000000000\nacc,0.25,1,1700000000001\n";
    s.mlf_stdin(&["metrics", "log", "--run-id", &id, "--file", "-"], points)
        .ok();
    for line in [
        format!("metrics log --run-id {id} gap=1e-7 --step 1000000 --timestamp 1700000000400"),
        format!("metrics log --run-id {id} acc4=0.75 --step 4 --timestamp 1700000000500"),
        format!("tags set --run-id {id} stage=eval mlflow.note.content=notes"),
        format!("runs end --run-id {id} --status FAILED --end-time 1700000009999"),
    ] {
        s.cmd(&line).ok();
    }

    let from_python = python_view(&py, s, &id);
    let from_mlf = mlf_view(s, &id);
    assert_eq!(
        from_python, from_mlf,
        "Python and mlf disagree about the run mlf logged"
    );
    // And the values are the ones logged.
    let info = &from_python["info"];
    assert_eq!(info["run_name"], "from-mlf");
    assert_eq!(info["status"], "FAILED");
    assert_eq!(info["start_time"], 1_700_000_000_000_i64);
    assert_eq!(info["end_time"], 1_700_000_009_999_i64);
    assert_eq!(
        from_python["params"],
        json!({"lr": "0.01", "model": "cnn", "layers": "3"})
    );
    let loss = [
        (0.9, 1_700_000_000_100, 5),
        (0.7, 1_700_000_000_200, -2),
        (0.5, 1_700_000_000_300, 10),
        (0.6, 1_700_000_000_050, 3),
    ];
    assert_eq!(from_python["metrics"]["loss"], s.latest(&[&loss]).0);
    assert_eq!(from_python["metrics"]["big"], s.inf());
    assert_eq!(from_python["metrics"]["small"], s.neg_inf());
    assert_eq!(from_python["metrics"]["gap"], 1e-7);
    assert_eq!(
        from_python["history"]["acc"],
        json!([
            ["NaN", 1_700_000_000_000_i64, 0],
            [0.25, 1_700_000_000_001_i64, 1]
        ])
    );
    assert_eq!(
        from_python["history"]["acc4"],
        json!([[0.75, 1_700_000_000_500_i64, 4]])
    );
    let history: Vec<serde_json::Value> = s
        .history_order(&loss)
        .iter()
        .map(|(v, t, step)| json!([v, t, step]))
        .collect();
    assert_eq!(from_python["history"]["loss"], json!(history));
    assert_eq!(from_python["tags"]["team"], "fraud detection");
    assert_eq!(from_python["tags"]["mlflow.runName"], "from-mlf");
    assert_eq!(from_python["tags"]["stage"], "eval");
}
