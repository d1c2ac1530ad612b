//! Runs: create (tags, parent, description, name, start time, environment variables), get,
//! update, end, delete and restore, search (filters, orders, columns, pages), unknown runs.

use serde_json::{json, Value};

use super::{Store, MISSING_RUN};

fn has_tag(tags: &Value, key: &str, value: &str) -> bool {
    tags.as_array()
        .unwrap()
        .contains(&json!({"key": key, "value": value}))
}

pub fn runs_create(s: &Store) {
    let exp = s.name("ci");
    let r = s.mlf(&[
        "runs",
        "create",
        "--experiment-name",
        &exp,
        "--run-name",
        "nightly",
        "--tag",
        "team=a",
        "--description",
        "first try",
        "--start-time",
        "1700000000000",
    ]);
    let id = r.ok().trim().to_string();
    assert_eq!(id.len(), 32, "uuid4 hex: {id}");
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    assert!(
        r.stderr.contains(&format!("Created experiment `{exp}`")),
        "{r}"
    );
    let exp_id = s.experiment_id(&exp);

    let run = s.get_run(&id);
    let info = &run["info"];
    assert_eq!(info["run_id"], id.as_str());
    assert_eq!(info["run_uuid"], id.as_str());
    assert_eq!(info["run_name"], "nightly");
    assert_eq!(info["experiment_id"], exp_id.as_str());
    assert_eq!(info["status"], "RUNNING");
    assert_eq!(info["user_id"], "tester");
    assert_eq!(info["lifecycle_stage"], "active");
    assert_eq!(info["start_time"], 1_700_000_000_000_i64);
    assert!(
        info.get("end_time").is_none(),
        "a running run has no end_time"
    );
    assert_eq!(
        info["artifact_uri"],
        format!("{}/{id}/artifacts", s.artifact_location(&exp_id)).as_str()
    );
    let tags = &run["data"]["tags"];
    for (k, v) in [
        ("mlflow.runName", "nightly"),
        ("mlflow.user", "tester"),
        ("team", "a"),
        ("mlflow.note.content", "first try"),
    ] {
        assert!(has_tag(tags, k, v), "{k} missing in {tags}");
    }
    assert_eq!(run["data"]["metrics"], json!([]));
    assert_eq!(run["data"]["params"], json!([]));
    // Positional and --run-id are the same; both at once is a usage error.
    assert_eq!(
        s.json(&["runs", "get", &id]),
        s.json(&["runs", "get", "--run-id", &id])
    );
    s.mlf(&["runs", "get", &id, "--run-id", "other"]).fails(2);

    // The name is also the tag mlflow.runName (as MLflow's start_run sends it; FastTrackML
    // does not mirror it, and finds runs by name through it), and searchable both ways.
    for filter in [
        "attributes.run_name = 'nightly'",
        "attributes.run_name LIKE 'night%'",
        "tags.mlflow.runName = 'nightly'",
    ] {
        let found = s.run_ids(&["--experiment-id", &exp_id, "--filter", filter]);
        assert_eq!(found, [id.as_str()], "{filter}");
    }

    // No experiment at all: the default experiment 0, with a generated name.
    let id0 = s.run_with(&[]);
    let info0 = &s.get_run(&id0)["info"];
    assert_eq!(info0["experiment_id"], "0");
    assert_eq!(
        info0["run_name"].as_str().unwrap().split('-').count(),
        3,
        "{info0}"
    );

    // A child run, and an unknown parent.
    let child = s.json(&[
        "runs",
        "create",
        "--experiment-id",
        &exp_id,
        "--parent-run-id",
        &id,
    ]);
    assert!(
        has_tag(&child["run"]["data"]["tags"], "mlflow.parentRunId", &id),
        "{child}"
    );
    s.mlf(&["runs", "create", "--parent-run-id", MISSING_RUN])
        .fails(3);

    // MLFLOW_EXPERIMENT_NAME and MLFLOW_RUN_ID stand in for the flags.
    let from_env = s.name("from-env");
    let env_exp = s.experiment(&from_env);
    let run = s
        .mlf_with(
            &[("MLFLOW_EXPERIMENT_NAME", &from_env)],
            &["runs", "create"],
        )
        .ok()
        .trim()
        .to_string();
    let with_run = [("MLFLOW_RUN_ID", run.as_str())];
    s.mlf_with(&with_run, &["metrics", "log", "acc=0.91"]).ok();
    let got = s.mlf_with(&with_run, &["runs", "get", "-o", "json"]).json();
    assert_eq!(got["run"]["info"]["experiment_id"], env_exp.as_str());
    assert_eq!(got["run"]["data"]["metrics"][0]["value"], 0.91);
}

pub fn runs_lifecycle(s: &Store) {
    let exp = s.name("x");
    let id = s.new_run(&exp);
    let upd = s.json(&[
        "runs",
        "update",
        "--run-id",
        &id,
        "--run-name",
        "renamed",
        "--status",
        "SCHEDULED",
    ]);
    assert_eq!(upd["run_info"]["run_name"], "renamed");
    assert_eq!(upd["run_info"]["status"], "SCHEDULED");
    let tags = s.json(&["tags", "list", "--run-id", &id]);
    assert!(
        has_tag(&tags["tags"], "mlflow.runName", "renamed"),
        "{tags}"
    );

    assert_eq!(s.mlf(&["runs", "end", "--run-id", &id]).ok(), "");
    let info = &s.get_run(&id)["info"];
    assert_eq!(info["status"], "FINISHED");
    assert!(info["end_time"].as_i64().unwrap() >= info["start_time"].as_i64().unwrap());
    let end = s.json(&[
        "runs",
        "end",
        "--run-id",
        &id,
        "--status",
        "killed",
        "--end-time",
        "5",
    ]);
    assert_eq!(end["run_info"]["status"], "KILLED");
    assert_eq!(end["run_info"]["end_time"], 5);
    s.mlf(&["runs", "end", "--run-id", &id, "--status", "RUNNING"])
        .fails(2);
    // Renaming an ended run keeps its status and end time, and says so.
    let again = s.json(&["runs", "update", "--run-id", &id, "--run-name", "third"]);
    assert_eq!(again["run_info"]["run_name"], "third", "{again}");
    assert_eq!(
        again["run_info"]["status"], "KILLED",
        "a rename does not report an ended run as RUNNING: {again}"
    );
    assert_eq!(again["run_info"]["end_time"], 5, "{again}");
    let info = &s.get_run(&id)["info"];
    assert_eq!(
        (&info["run_name"], &info["status"], &info["end_time"]),
        (&json!("third"), &json!("KILLED"), &json!(5))
    );

    // `update` and `end` print the run as it is (FastTrackML answers runs/update with "" for
    // every field the request did not set).
    let other = s.run_with(&["--experiment-name", &exp, "--run-name", "first"]);
    let renamed = s.json(&["runs", "update", "--run-id", &other, "--run-name", "second"]);
    assert_eq!(renamed["run_info"]["run_name"], "second", "{renamed}");
    assert_eq!(renamed["run_info"]["status"], "RUNNING", "{renamed}");
    let ended = s.json(&[
        "runs",
        "end",
        "--run-id",
        &other,
        "--status",
        "FAILED",
        "--end-time",
        "1700000009000",
    ]);
    assert_eq!(ended["run_info"]["status"], "FAILED", "{ended}");
    assert_eq!(ended["run_info"]["end_time"], 1_700_000_009_000_i64);
    assert_eq!(
        ended["run_info"]["run_name"], "second",
        "`runs end` prints the run's name, not a blank: {ended}"
    );

    // Delete (asks; --yes; twice is fine), writes refused, restore.
    s.mlf(&["runs", "delete", "--run-id", &id]).fails(2);
    s.mlf(&["runs", "delete", "--run-id", &id, "--yes"]).ok();
    s.mlf(&["runs", "delete", "--run-id", &id, "--yes"]).ok();
    let (code, phrase) = s.q.deleted_run_write;
    let r = s.mlf(&["metrics", "log", "--run-id", &id, "a=1"]);
    assert!(r.fails(code).contains(phrase), "{r}");
    assert_eq!(s.run_ids(&["--experiment-name", &exp]), [other.as_str()]);
    let deleted = s.json(&["runs", "search", "-n", &exp, "--view", "deleted"]);
    assert_eq!(deleted["runs"].as_array().unwrap().len(), 1, "{deleted}");
    assert_eq!(deleted["runs"][0]["info"]["run_id"], id.as_str());
    assert_eq!(deleted["runs"][0]["info"]["lifecycle_stage"], "deleted");
    assert_eq!(s.get_run(&id)["info"]["lifecycle_stage"], "deleted");
    assert_eq!(s.run_names(&["-n", &exp, "--view", "all"]).len(), 2);
    s.mlf(&["runs", "restore", "--run-id", &id]).ok();
    s.mlf(&["metrics", "log", "--run-id", &id, "a=1"]).ok();
    let mut both = s.run_names(&["-n", &exp]);
    both.sort();
    assert_eq!(both, ["second", "third"]);

    // Deleting the experiment deletes its runs; restoring it restores them (not on
    // FastTrackML, whose runs stay deleted).
    let exp_id = s.experiment_id(&exp);
    s.mlf(&["experiments", "delete", "--experiment-id", &exp_id, "-y"])
        .ok();
    assert_eq!(s.get_run(&id)["info"]["lifecycle_stage"], "deleted");
    let r = s.mlf(&["metrics", "log", "--run-id", &id, "x=1"]);
    assert!(r.fails(code).contains(phrase), "{r}");
    s.mlf(&["experiments", "restore", "--experiment-id", &exp_id])
        .ok();
    let stage = if s.q.restore_experiment_restores_runs {
        "active"
    } else {
        "deleted"
    };
    assert_eq!(s.get_run(&id)["info"]["lifecycle_stage"], stage);
}

pub fn runs_search(s: &Store) {
    let exp = s.name("s");
    let mut ids = Vec::new();
    for (i, acc) in ["0.9", "0.1", "nan", "", ""].iter().enumerate() {
        let start = (1000 + i).to_string();
        let id = s.run_with(&[
            "-n",
            &exp,
            "--run-name",
            &format!("r{i}"),
            "--start-time",
            &start,
        ]);
        if !acc.is_empty() {
            s.mlf(&["metrics", "log", "--run-id", &id, &format!("acc={acc}")])
                .ok();
        }
        let model = format!("model=m{}", i % 2);
        s.mlf(&["params", "log", "--run-id", &id, &model]).ok();
        ids.push(id);
    }
    let names =
        |args: &[&str]| s.run_names(&[&["--experiment-name", exp.as_str()][..], args].concat());
    let r = |i: &[usize]| -> Vec<String> { i.iter().map(|i| format!("r{i}")).collect() };
    assert_eq!(names(&[]), r(&[4, 3, 2, 1, 0]), "start_time DESC");
    // Values first, then NaN, then missing (by start_time DESC), in both directions.
    assert_eq!(
        names(&["--order-by", "metrics.acc DESC"]),
        r(&[0, 1, 2, 4, 3])
    );
    let ascending = if s.q.ascending_values_first {
        r(&[1, 0, 2, 4, 3])
    } else {
        r(&[4, 3, 2, 1, 0])
    };
    assert_eq!(names(&["--order-by", "metrics.acc"]), ascending);
    assert_eq!(names(&["--order-by", "metrics.acc ASC"]), ascending);
    assert_eq!(
        names(&["--order-by", "attributes.start_time ASC"]),
        r(&[0, 1, 2, 3, 4])
    );
    // What a store without an order gives instead: a clear error.
    let refused = |order: &[&str], code: i32, phrase: &str| {
        let out = s.mlf(&[&["-q", "runs", "search", "-n", &exp][..], order].concat());
        assert!(out.fails(code).contains(phrase), "{out}");
    };
    let params = [
        "--order-by",
        "params.model",
        "--order-by",
        "attributes.start_time ASC",
    ];
    if s.q.order_by_params {
        assert_eq!(names(&params), r(&[0, 2, 4, 1, 3]));
    } else {
        refused(&params, 1, "no such column: value");
    }
    let bare = ["--order-by", "start_time ASC"];
    if s.q.order_by_bare_attributes {
        assert_eq!(names(&bare), r(&[0, 1, 2, 3, 4]));
    } else {
        refused(&bare, 2, "invalid order_by clause");
    }
    let run_name = ["--order-by", "attributes.run_name DESC"];
    if s.q.order_by_run_name {
        assert_eq!(names(&run_name), r(&[4, 3, 2, 1, 0]));
    } else {
        refused(&run_name, 1, "no such column: run_name");
    }
    assert_eq!(
        names(&["--order-by", "tags.mlflow.runName DESC"]),
        r(&[4, 3, 2, 1, 0])
    );

    // Filters.
    assert_eq!(names(&["--filter", "metrics.acc > 0.5"]), r(&[0]));
    assert_eq!(names(&["--filter", "params.model = 'm1'"]), r(&[3, 1]));
    assert_eq!(names(&["--filter", "attributes.run_name = 'r3'"]), r(&[3]));
    assert_eq!(
        names(&["--filter", "metrics.acc < 0.5 and params.model = 'm1'"]),
        r(&[1])
    );
    if s.q.is_null_filters {
        assert_eq!(names(&["--filter", "params.model IS NULL"]), r(&[]));
        assert_eq!(
            names(&["--filter", "tags.nope IS NULL"]),
            r(&[4, 3, 2, 1, 0])
        );
    } else {
        for filter in ["params.model IS NULL", "tags.nope IS NULL"] {
            let out = s.mlf(&["runs", "search", "-n", &exp, "--filter", filter]);
            assert!(out.fails(2).contains("malformed filter"), "{out}");
        }
    }
    let out = s.mlf(&["runs", "search", "-n", &exp, "--filter", "metrics.acc >"]);
    out.fails(2);

    // --max-results counts runs across pages; page tokens continue.
    assert_eq!(names(&["--max-results", "2"]), r(&[4, 3]));
    let page = s.json(&["runs", "search", "-n", &exp, "--max-results", "2"]);
    let token = page["next_page_token"].as_str().unwrap().to_string();
    assert_eq!(token, s.q.page_token(2));
    assert_eq!(
        names(&["--max-results", "2", "--page-token", &token]),
        r(&[2, 1])
    );
    let empty = s.experiment(&s.name("empty"));
    assert_eq!(s.run_names(&["--experiment-id", &empty]), r(&[]));
    if s.q.own_store {
        assert_eq!(s.run_names(&["--experiment-id", "0"]), r(&[]));
        assert_eq!(s.run_names(&[]), r(&[4, 3, 2, 1, 0]), "every experiment");
    }
    s.mlf(&["runs", "search", "--experiment-name", &s.name("missing")])
        .fails(3);
    s.mlf(&["runs", "search", "--max-results", "0"]).fails(2);

    // The table shows order-by keys and --columns as columns; csv has flat columns.
    let table = s
        .mlf(&[
            "runs",
            "search",
            "-n",
            &exp,
            "--order-by",
            "metrics.acc DESC",
            "--columns",
            "params.model",
        ])
        .ok()
        .to_string();
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(
        header,
        [
            "run_id",
            "name",
            "status",
            "start_time",
            "duration",
            "params.model",
            "metrics.acc"
        ]
    );
    let first: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(first[0], ids[0]);
    assert_eq!(&first[5..], ["m0", "0.9"]);
    let csv = s
        .mlf(&["runs", "search", "-n", &exp, "-o", "csv"])
        .ok()
        .to_string();
    assert_eq!(
        csv.lines().next().unwrap(),
        "run_id,run_name,experiment_id,status,start_time,end_time,metrics.acc,params.model,tags.mlflow.runName,tags.mlflow.source.name,tags.mlflow.source.type,tags.mlflow.user"
    );
    assert_eq!(csv.lines().count(), 6);

    // Status is an attribute too.
    s.mlf(&["runs", "end", "--run-id", &ids[1], "--status", "FAILED"])
        .ok();
    assert_eq!(
        names(&["--filter", "attributes.status = 'FAILED'"]),
        r(&[1])
    );
}

pub fn runs_unknown(s: &Store) {
    let m = MISSING_RUN;
    for args in [
        &["runs", "get", "--run-id", m][..],
        &["runs", "update", "--run-id", m, "--run-name", "x"],
        &["runs", "end", "--run-id", m],
        &["runs", "delete", "--run-id", m, "--yes"],
        &["runs", "restore", "--run-id", m],
        &["metrics", "log", "--run-id", m, "a=1"],
        &["metrics", "history", "--run-id", m, "--key", "a"],
        &["metrics", "list", "--run-id", m],
        &["params", "log", "--run-id", m, "a=1"],
        &["params", "list", "--run-id", m],
        &["tags", "set", "--run-id", m, "a=1"],
        &["tags", "delete", "--run-id", m, "a"],
        &["tags", "list", "--run-id", m],
        &["artifacts", "list", "--run-id", m],
        &["artifacts", "uri", "--run-id", m],
    ] {
        let r = s.mlf(args);
        assert!(r.fails(3).contains(m), "{args:?}\n{r}");
    }
    let code = if s.q.run_ids_are_paths { 2 } else { 3 };
    s.mlf(&["runs", "get", "--run-id", "../../etc"]).fails(code);
}
