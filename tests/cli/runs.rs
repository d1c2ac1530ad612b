use serde_json::json;

use crate::common::TestEnv;

#[test]
fn create_sets_system_tags_and_auto_creates_the_experiment() {
    let env = TestEnv::new();
    let r = env.mlf(&[
        "runs",
        "create",
        "--experiment-name",
        "ci",
        "--run-name",
        "nightly",
        "--tag",
        "team=a",
        "--description",
        "first try",
    ]);
    let id = r.ok().trim().to_string();
    assert_eq!(id.len(), 32, "uuid4 hex");
    assert!(r.stderr.contains("Created experiment `ci`"), "{r}");
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let info = &run["run"]["info"];
    assert_eq!(info["run_id"], id.as_str());
    assert_eq!(info["run_uuid"], id.as_str());
    assert_eq!(info["run_name"], "nightly");
    assert_eq!(info["experiment_id"], "1");
    assert_eq!(info["status"], "RUNNING");
    assert_eq!(info["user_id"], "tester");
    assert_eq!(info["lifecycle_stage"], "active");
    assert!(
        info.get("end_time").is_none(),
        "a running run has no end_time"
    );
    assert_eq!(
        info["artifact_uri"].as_str().unwrap(),
        format!("{}/mlruns/1/{id}/artifacts", env.path().display())
    );
    let tags = &run["run"]["data"]["tags"];
    for (k, v) in [
        ("mlflow.runName", "nightly"),
        ("mlflow.user", "tester"),
        ("team", "a"),
        ("mlflow.note.content", "first try"),
    ] {
        assert!(
            tags.as_array()
                .unwrap()
                .contains(&json!({"key": k, "value": v})),
            "{k} missing in {tags}"
        );
    }
    assert_eq!(run["run"]["data"]["metrics"], json!([]));
    assert_eq!(run["run"]["data"]["params"], json!([]));

    // No experiment at all: the default experiment 0, with a generated name.
    let id0 = env.mlf(&["runs", "create"]).ok().trim().to_string();
    let run0 = env
        .mlf(&["runs", "get", "--run-id", &id0, "-o", "json"])
        .json();
    assert_eq!(run0["run"]["info"]["experiment_id"], "0");
    assert_eq!(
        run0["run"]["info"]["run_name"]
            .as_str()
            .unwrap()
            .split('-')
            .count(),
        3
    );

    let child = env
        .mlf(&[
            "runs",
            "create",
            "--experiment-id",
            "1",
            "--parent-run-id",
            &id,
            "-o",
            "json",
        ])
        .json();
    let tags = child["run"]["data"]["tags"].as_array().unwrap().clone();
    assert!(tags.contains(&json!({"key": "mlflow.parentRunId", "value": id})));
    env.mlf(&[
        "runs",
        "create",
        "--parent-run-id",
        "0123456789abcdef0123456789abcdef",
    ])
    .fails(3);
}

#[test]
fn env_vars_select_experiment_and_run() {
    let mut env = TestEnv::new();
    env.mlf(&["experiments", "create", "-n", "from-env"]).ok();
    env.env("MLFLOW_EXPERIMENT_NAME", "from-env");
    let id = env.mlf(&["runs", "create"]).ok().trim().to_string();
    env.env("MLFLOW_RUN_ID", &id);
    env.mlf(&["metrics", "log", "acc=0.91"]).ok();
    let run = env.mlf(&["runs", "get", "-o", "json"]).json();
    assert_eq!(run["run"]["info"]["experiment_id"], "1");
    assert_eq!(run["run"]["data"]["metrics"][0]["value"], 0.91);
}

#[test]
fn update_end_delete_restore() {
    for env in TestEnv::local_stores() {
        update_end_delete_restore_on(&env);
    }
}

fn update_end_delete_restore_on(env: &TestEnv) {
    let id = env.new_run("x");
    let upd = env
        .mlf(&[
            "runs",
            "update",
            "--run-id",
            &id,
            "--run-name",
            "renamed",
            "--status",
            "SCHEDULED",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(upd["run_info"]["run_name"], "renamed");
    assert_eq!(upd["run_info"]["status"], "SCHEDULED");
    let tags = env
        .mlf(&["tags", "list", "--run-id", &id, "-o", "json"])
        .json();
    assert!(tags["tags"]
        .as_array()
        .unwrap()
        .contains(&json!({"key": "mlflow.runName", "value": "renamed"})));

    assert_eq!(env.mlf(&["runs", "end", "--run-id", &id]).ok(), "");
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    assert_eq!(run["run"]["info"]["status"], "FINISHED");
    assert!(
        run["run"]["info"]["end_time"].as_i64().unwrap()
            >= run["run"]["info"]["start_time"].as_i64().unwrap()
    );
    let end = env
        .mlf(&[
            "runs",
            "end",
            "--run-id",
            &id,
            "--status",
            "killed",
            "--end-time",
            "5",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(end["run_info"]["status"], "KILLED");
    assert_eq!(end["run_info"]["end_time"], 5);
    env.mlf(&["runs", "end", "--run-id", &id, "--status", "RUNNING"])
        .fails(2);

    env.mlf(&["runs", "delete", "--run-id", &id]).fails(2);
    env.mlf(&["runs", "delete", "--run-id", &id, "--yes"]).ok();
    env.mlf(&["runs", "delete", "--run-id", &id, "--yes"]).ok();
    let r = env.mlf(&["metrics", "log", "--run-id", &id, "a=1"]);
    assert!(r.fails(1).contains("deleted"), "{r}");
    assert_eq!(
        env.mlf(&["runs", "search", "-o", "json"]).json(),
        json!({"runs": []})
    );
    let deleted = env
        .mlf(&["runs", "search", "--view", "deleted", "-o", "json"])
        .json();
    assert_eq!(deleted["runs"][0]["info"]["lifecycle_stage"], "deleted");
    env.mlf(&["runs", "restore", "--run-id", &id]).ok();
    env.mlf(&["metrics", "log", "--run-id", &id, "a=1"]).ok();
}

#[test]
fn search_orders_like_mlflow_and_pages() {
    for env in TestEnv::local_stores() {
        search_orders_like_mlflow_and_pages_on(&env);
    }
}

fn search_orders_like_mlflow_and_pages_on(env: &TestEnv) {
    let mut ids = Vec::new();
    for (i, acc) in ["0.9", "0.1", "nan", "", ""].iter().enumerate() {
        let start = (1000 + i).to_string();
        let id = env
            .mlf(&[
                "runs",
                "create",
                "-n",
                "s",
                "--run-name",
                &format!("r{i}"),
                "--start-time",
                &start,
            ])
            .ok()
            .trim()
            .to_string();
        if !acc.is_empty() {
            env.mlf(&["metrics", "log", "--run-id", &id, &format!("acc={acc}")])
                .ok();
        }
        env.mlf(&[
            "params",
            "log",
            "--run-id",
            &id,
            &format!("model=m{}", i % 2),
        ])
        .ok();
        ids.push(id);
    }
    let names = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["runs", "search", "-o", "json"];
        full.extend_from_slice(args);
        let json = env.mlf(&full).json();
        json["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["info"]["run_name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(&[]),
        ["r4", "r3", "r2", "r1", "r0"],
        "start_time DESC"
    );
    // Values first, then NaN, then missing (by start_time DESC), in both directions.
    assert_eq!(
        names(&["--order-by", "metrics.acc DESC"]),
        ["r0", "r1", "r2", "r4", "r3"]
    );
    assert_eq!(
        names(&["--order-by", "metrics.acc"]),
        ["r1", "r0", "r2", "r4", "r3"]
    );
    assert_eq!(
        names(&["--order-by", "params.model", "--order-by", "start_time ASC"]),
        ["r0", "r2", "r4", "r1", "r3"]
    );
    assert_eq!(
        names(&["--order-by", "attributes.run_name DESC"]),
        ["r4", "r3", "r2", "r1", "r0"]
    );
    assert_eq!(
        names(&["--experiment-name", "s", "--max-results", "2"]),
        ["r4", "r3"]
    );

    let page = env
        .mlf(&["runs", "search", "--max-results", "2", "-o", "json"])
        .json();
    let token = page["next_page_token"].as_str().unwrap().to_string();
    assert_eq!(
        names(&["--max-results", "2", "--page-token", &token]),
        ["r2", "r1"]
    );
    assert_eq!(names(&["--experiment-id", "0"]), Vec::<String>::new());
    env.mlf(&["runs", "search", "--experiment-name", "missing"])
        .fails(3);
    env.mlf(&["runs", "search", "--max-results", "0"]).fails(2);

    // The table shows order-by keys and --columns as columns; csv has flat columns.
    let table = env
        .mlf(&[
            "runs",
            "search",
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
    let csv = env.mlf(&["runs", "search", "-o", "csv"]).ok().to_string();
    assert_eq!(
        csv.lines().next().unwrap(),
        "run_id,run_name,experiment_id,status,start_time,end_time,metrics.acc,params.model,tags.mlflow.runName,tags.mlflow.user"
    );
    assert_eq!(csv.lines().count(), 6);
}

#[test]
fn unknown_runs_exit_3() {
    for env in TestEnv::local_stores() {
        unknown_runs_exit_3_on(&env);
    }
}

fn unknown_runs_exit_3_on(env: &TestEnv) {
    let missing = "0123456789abcdef0123456789abcdef";
    for args in [
        vec!["runs", "get", "--run-id", missing],
        vec!["runs", "update", "--run-id", missing, "--run-name", "x"],
        vec!["runs", "end", "--run-id", missing],
        vec!["runs", "delete", "--run-id", missing, "--yes"],
        vec!["metrics", "log", "--run-id", missing, "a=1"],
        vec!["metrics", "history", "--run-id", missing, "--key", "a"],
        vec!["params", "log", "--run-id", missing, "a=1"],
        vec!["tags", "set", "--run-id", missing, "a=1"],
        vec!["tags", "list", "--run-id", missing],
    ] {
        let r = env.mlf(&args);
        assert!(r.fails(3).contains(missing), "{args:?}\n{r}");
    }
}

#[test]
fn tags_on_runs_and_experiments() {
    for env in TestEnv::local_stores() {
        tags_on_runs_and_experiments_on(&env);
    }
}

fn tags_on_runs_and_experiments_on(env: &TestEnv) {
    let id = env.new_run("t");
    env.mlf(&[
        "tags",
        "set",
        "--run-id",
        &id,
        "team=fraud",
        "stage=feature eng",
        "eq=a=b",
    ])
    .ok();
    let tags = env
        .mlf(&["tags", "list", "--run-id", &id, "-o", "json"])
        .json();
    let tags = tags["tags"].as_array().unwrap();
    assert!(tags.contains(&json!({"key": "stage", "value": "feature eng"})));
    assert!(tags.contains(&json!({"key": "eq", "value": "a=b"})));
    env.mlf(&["tags", "delete", "--run-id", &id, "team"]).ok();
    env.mlf(&["tags", "delete", "--run-id", &id, "team"])
        .fails(3);
    // Setting mlflow.runName renames the run.
    env.mlf(&["tags", "set", "--run-id", &id, "mlflow.runName=new-name"])
        .ok();
    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    assert_eq!(run["run"]["info"]["run_name"], "new-name");

    let run = env
        .mlf(&["runs", "get", "--run-id", &id, "-o", "json"])
        .json();
    let exp = run["run"]["info"]["experiment_id"]
        .as_str()
        .unwrap()
        .to_string();
    env.mlf(&["tags", "set", "--experiment-id", &exp, "owner=ml"])
        .ok();
    let csv = env
        .mlf(&["tags", "list", "--experiment-id", &exp, "-o", "csv"])
        .ok()
        .to_string();
    assert_eq!(csv, "key,value\nowner,ml\n");
    env.mlf(&["tags", "delete", "--experiment-id", &exp, "owner"])
        .ok();
    assert_eq!(
        env.mlf(&["tags", "list", "--experiment-id", &exp, "-o", "json"])
            .json(),
        json!({"tags": []})
    );
    env.mlf(&[
        "tags",
        "set",
        "--run-id",
        &id,
        "--experiment-id",
        "1",
        "a=b",
    ])
    .fails(2);
    env.mlf(&["tags", "list"]).fails(2);
}
