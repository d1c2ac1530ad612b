//! Artifacts: a file and a folder logged, listed (flat and recursive), downloaded whole, by
//! path and by URI, and the artifact URI; the same files exchanged with Python MLflow.

use std::path::Path;

use serde_json::json;

use super::Store;
use crate::common::python;
use crate::transfers::{interop, log_tree, make_tree, no_partial_files, same_tree};

pub fn artifacts_round_trip(s: &Store) {
    let tree = make_tree(s);
    let exp = s.name("arts");
    let run = s.new_run(&exp);
    log_tree(s, &run, &tree);
    let list = s.json(&["artifacts", "list", "--run-id", &run]);
    assert_eq!(
        list["files"],
        json!([{"path": "a.txt", "is_dir": false, "file_size": 6}, {"path": "data", "is_dir": true}])
    );
    let root = format!(
        "{}/{run}/artifacts",
        s.artifact_location(&s.experiment_id(&exp))
    );
    assert_eq!(list["root_uri"], root.as_str());
    assert_eq!(s.get_run(&run)["info"]["artifact_uri"], root.as_str());
    let rec = s.json(&["artifacts", "list", "--run-id", &run, "--recursive"]);
    let paths: Vec<&str> = rec["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "a.txt",
            "data",
            "data/big.bin",
            "data/sub dir",
            "data/sub dir/c d.txt"
        ]
    );
    let sub = s.json(&[
        "artifacts",
        "list",
        "--run-id",
        &run,
        "--artifact-path",
        "data",
    ]);
    assert_eq!(
        sub["files"],
        json!([{"path": "data/big.bin", "is_dir": false, "file_size": 5_000_000},
               {"path": "data/sub dir", "is_dir": true}])
    );

    // Whole, one file (laid out under its path), one folder (to a temp folder).
    let dl = format!("artifacts download --run-id {run}");
    let out = s.out(&format!("{dl} --dst-path all"));
    assert_eq!(
        Path::new(&out),
        std::fs::canonicalize(s.path().join("all")).unwrap()
    );
    same_tree(&tree, Path::new(&out));
    no_partial_files(Path::new(&out));
    let one = s.out(&format!("{dl} --artifact-path data/big.bin --dst-path one"));
    assert!(one.ends_with("one/data/big.bin"), "{one}");
    let big = std::fs::read(tree.join("data/big.bin")).unwrap();
    assert_eq!(std::fs::read(&one).unwrap(), big);
    let tmp = s.out(&format!("{dl} --artifact-path data"));
    assert_eq!(
        std::fs::read(format!("{tmp}/sub dir/c d.txt")).unwrap(),
        b"spaces"
    );
    s.cmd(&format!("{dl} --artifact-path nope.txt --dst-path x"))
        .fails(3);

    // The URI, and a download by URI without a run id.
    let uri = s.out(&format!(
        "artifacts uri --run-id {run} --artifact-path data"
    ));
    assert_eq!(uri, format!("{root}/data"));
    assert_eq!(s.out(&format!("artifacts uri --run-id {run}")), root);
    let got = s.out(&format!(
        "artifacts download --artifact-uri {uri}/big.bin --dst-path by-uri"
    ));
    assert!(got.ends_with("by-uri/big.bin"), "{got}");
    assert_eq!(std::fs::read(got).unwrap(), big);
}

/// mlf logs, Python lists and downloads; Python logs, mlf lists and downloads.
pub fn artifacts_python_exchange(s: &Store) {
    let Some(py) = python("3.18.0") else { return };
    interop(s, &py, &s.name("py-arts"), s.q.python_lists_artifacts);
}
