use crate::common::TestEnv;

#[test]
fn create_get_search_rename_delete_restore() {
    let env = TestEnv::new();
    let id = env
        .mlf(&[
            "experiments",
            "create",
            "--experiment-name",
            "fraud-detection",
            "--tag",
            "team=ml",
        ])
        .ok()
        .trim()
        .to_string();
    assert_eq!(id, "1");
    assert!(env.db().exists(), "the default store is ./mlflow.db");

    let exp = env
        .mlf(&["experiments", "get", "--experiment-id", "1", "-o", "json"])
        .json();
    let e = &exp["experiment"];
    assert_eq!(e["experiment_id"], "1");
    assert_eq!(e["name"], "fraud-detection");
    assert_eq!(e["lifecycle_stage"], "active");
    assert_eq!(
        e["tags"],
        serde_json::json!([{"key": "team", "value": "ml"}])
    );
    let loc = e["artifact_location"].as_str().unwrap();
    assert_eq!(loc, format!("{}/mlruns/1", env.path().display()));
    assert!(e["creation_time"].as_i64().unwrap() > 1_600_000_000_000);

    let by_name = env
        .mlf(&[
            "experiments",
            "describe",
            "--experiment-name",
            "fraud-detection",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(by_name["experiment"]["experiment_id"], "1");

    let list = env.mlf(&["experiments", "search", "-o", "json"]).json();
    let names: Vec<&str> = list["experiments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["fraud-detection", "Default"], "newest first");

    assert_eq!(
        env.mlf(&[
            "experiments",
            "rename",
            "--experiment-id",
            "1",
            "--new-name",
            "fraud"
        ])
        .ok(),
        ""
    );
    let json = env
        .mlf(&[
            "experiments",
            "rename",
            "--experiment-id",
            "1",
            "--new-name",
            "fraud2",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(json, serde_json::json!({}));

    // Off a terminal, deleting needs --yes and changes nothing without it.
    let r = env.mlf(&["experiments", "delete", "--experiment-id", "1"]);
    assert!(r.fails(2).contains("--yes"), "{r}");
    assert_eq!(
        env.count("SELECT count(*) FROM experiments WHERE lifecycle_stage = 'deleted'"),
        0
    );
    env.mlf(&["experiments", "delete", "--experiment-id", "1", "--yes"])
        .ok();
    let active = env.mlf(&["experiments", "search", "-o", "json"]).json();
    assert_eq!(active["experiments"].as_array().unwrap().len(), 1);
    let deleted = env
        .mlf(&["experiments", "list", "--view", "deleted", "-o", "json"])
        .json();
    assert_eq!(deleted["experiments"][0]["name"], "fraud2");
    // Deleting again: there is no active experiment 1.
    env.mlf(&["experiments", "delete", "--experiment-id", "1", "-y"])
        .fails(3);
    env.mlf(&["experiments", "restore", "--experiment-id", "1"])
        .ok();
    let all = env
        .mlf(&["experiments", "search", "--view", "all", "-o", "json"])
        .json();
    assert_eq!(all["experiments"].as_array().unwrap().len(), 2);
}

#[test]
fn taken_names_and_exist_ok() {
    let env = TestEnv::new();
    env.mlf(&["experiments", "create", "--experiment-name", "a"])
        .ok();
    let r = env.mlf(&["experiments", "create", "--experiment-name", "a"]);
    assert!(r.fails(5).contains("`a` already exists"), "{r}");
    assert_eq!(r.stdout, "");
    assert_eq!(env.count("SELECT count(*) FROM experiments"), 2);
    assert_eq!(
        env.mlf(&[
            "experiments",
            "create",
            "--experiment-name",
            "a",
            "--exist-ok"
        ])
        .ok(),
        "1\n"
    );
    let json = env
        .mlf(&[
            "experiments",
            "create",
            "-n",
            "a",
            "--exist-ok",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(json, serde_json::json!({"experiment_id": "1"}));
    // A deleted experiment still holds its name.
    env.mlf(&["experiments", "delete", "--experiment-id", "1", "--yes"])
        .ok();
    env.mlf(&["experiments", "create", "-n", "a", "--exist-ok"])
        .fails(5);
    env.mlf(&["experiments", "create", "-n", "b"]).ok();
    env.mlf(&[
        "experiments",
        "rename",
        "--experiment-id",
        "2",
        "--new-name",
        "a",
    ])
    .fails(5);
}

#[test]
fn unknown_experiments_exit_3() {
    let env = TestEnv::new();
    env.mlf(&["experiments", "get", "--experiment-id", "42"])
        .fails(3);
    env.mlf(&["experiments", "get", "--experiment-name", "nope"])
        .fails(3);
    env.mlf(&["experiments", "restore", "--experiment-id", "42"])
        .fails(3);
    env.mlf(&["experiments", "get", "--experiment-id", "abc"])
        .fails(2);
    env.mlf(&["experiments", "get"]).fails(2);
}

#[test]
fn search_pages_follow_tokens_and_csv() {
    for env in TestEnv::local_stores() {
        search_pages_follow_tokens_and_csv_on(&env);
    }
}

fn search_pages_follow_tokens_and_csv_on(env: &TestEnv) {
    for i in 0..5 {
        env.mlf(&["experiments", "create", "-n", &format!("e{i}")])
            .ok();
    }
    let page = env
        .mlf(&[
            "experiments",
            "search",
            "--max-results",
            "2",
            "--order-by",
            "name ASC",
            "-o",
            "json",
        ])
        .json();
    let names: Vec<&str> = page["experiments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Default", "e0"]);
    let token = page["next_page_token"].as_str().unwrap();
    assert_eq!(token, "eyJvZmZzZXQiOiAyfQ==", "MLflow's token format");
    let next = env
        .mlf(&[
            "experiments",
            "search",
            "--max-results",
            "2",
            "--order-by",
            "name ASC",
            "--page-token",
            token,
            "-o",
            "json",
        ])
        .json();
    assert_eq!(next["experiments"][0]["name"], "e1");
    let all = env
        .mlf(&["experiments", "search", "--max-results", "6", "-o", "json"])
        .json();
    assert_eq!(all["experiments"].as_array().unwrap().len(), 6);
    assert!(all.get("next_page_token").is_none());

    let csv = env
        .mlf(&[
            "experiments",
            "search",
            "-o",
            "csv",
            "--order-by",
            "experiment_id",
        ])
        .ok()
        .to_string();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "experiment_id,name,artifact_location,lifecycle_stage,creation_time,last_update_time"
    );
    assert!(lines.next().unwrap().starts_with("0,Default,"));
    // Table off a terminal: a header row, then one tab-separated line per experiment;
    // --no-headers drops the header in table and csv mode.
    let table = env.mlf(&["experiments", "search"]).ok().to_string();
    assert_eq!(table.lines().count(), 7);
    assert!(table.starts_with("experiment_id\tname\t"), "{table}");
    let bare = env
        .mlf(&["experiments", "search", "--no-headers"])
        .ok()
        .to_string();
    assert_eq!(bare, table.split_once('\n').unwrap().1);
    let csv_bare = env
        .mlf(&["--no-headers", "experiments", "search", "-o", "csv"])
        .ok()
        .to_string();
    assert_eq!(csv_bare.lines().count(), 6, "{csv_bare}");
    assert!(!csv_bare.contains("experiment_id"), "{csv_bare}");
    env.mlf(&["experiments", "search", "--page-token", "garbage!"])
        .fails(2);
}

#[test]
fn empty_results() {
    for env in TestEnv::local_stores() {
        empty_results_on(&env);
    }
}

fn empty_results_on(env: &TestEnv) {
    let r = env.mlf(&["experiments", "search", "--view", "deleted"]);
    assert_eq!(r.ok(), "");
    let json = env
        .mlf(&["experiments", "search", "--view", "deleted", "-o", "json"])
        .json();
    assert_eq!(json, serde_json::json!({"experiments": []}));
    let csv = env
        .mlf(&["experiments", "search", "--view", "deleted", "-o", "csv"])
        .ok()
        .to_string();
    assert_eq!(csv.lines().count(), 1, "csv keeps its header");
}
