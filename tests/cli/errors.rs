use crate::common::TestEnv;

#[test]
fn tracking_uris_not_supported_yet_exit_2() {
    let env = TestEnv::new();
    for uri in [
        "postgresql://u:secret@h/db",
        "mysql+pymysql://u:secret@h/db",
    ] {
        let r = env.mlf(&["--tracking-uri", uri, "experiments", "search"]);
        let err = r.fails(2);
        assert!(err.contains("not supported yet"), "{uri}: {r}");
        assert!(!err.contains("secret"), "password leaked: {r}");
    }
    let r = env.mlf(&["--tracking-uri", "ftp://x", "experiments", "search"]);
    assert!(
        r.fails(2).contains("sqlite"),
        "names the accepted schemes: {r}"
    );
}

#[test]
fn default_store_prefers_mlruns_with_experiments() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path().join("mlruns/0")).unwrap();
    std::fs::write(
        env.path().join("mlruns/0/meta.yaml"),
        "artifact_location: mlruns/0\nexperiment_id: '0'\nlifecycle_stage: active\nname: Default\n",
    )
    .unwrap();
    // A broken experiment folder is reported and skipped, not fatal.
    std::fs::create_dir_all(env.path().join("mlruns/7")).unwrap();
    std::fs::write(
        env.path().join("mlruns/7/meta.yaml"),
        "name: [unclosed\n  x",
    )
    .unwrap();
    let r = env.mlf(&["experiments", "search", "-o", "json"]);
    let json = r.json();
    let names: Vec<&str> = json["experiments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Default"], "{r}");
    assert!(r.stderr.contains("mlruns/7/meta.yaml"), "{r}");
    assert!(!env.db().exists());
}

#[test]
fn tracking_uri_flag_env_and_relative_paths() {
    let mut env = TestEnv::new();
    env.mlf(&[
        "--tracking-uri",
        "sqlite:///sub/dir/x.db",
        "experiments",
        "create",
        "-n",
        "a",
    ])
    .ok();
    assert!(
        env.path().join("sub/dir/x.db").exists(),
        "parent folders are created"
    );
    env.env("MLFLOW_TRACKING_URI", "sqlite:///sub/dir/x.db");
    let json = env
        .mlf(&["experiments", "get", "-n", "a", "-o", "json"])
        .json();
    assert_eq!(json["experiment"]["experiment_id"], "1");
    assert!(!env.db().exists());
}

#[test]
fn refuses_unknown_revision_and_non_mlflow_databases() {
    let env = TestEnv::new();
    env.mlf(&["experiments", "search"]).ok();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "UPDATE alembic_version SET version_num = 'ffffffffffff'",
        [],
    )
    .unwrap();
    drop(conn);
    let r = env.mlf(&["experiments", "search"]);
    assert!(r.fails(1).contains("ffffffffffff"), "{r}");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let rev: String = conn
        .query_row("SELECT version_num FROM alembic_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rev, "ffffffffffff", "never changes the revision");

    let other = env.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute("CREATE TABLE t (x)", []).unwrap();
    drop(conn);
    let uri = format!("sqlite:///{}", other.display());
    env.mlf(&["--tracking-uri", &uri, "experiments", "search"])
        .fails(1);
    std::fs::write(
        env.path().join("garbage.db"),
        "this is not sqlite at all, not even close....",
    )
    .unwrap();
    env.mlf(&[
        "--tracking-uri",
        "sqlite:///garbage.db",
        "experiments",
        "search",
    ])
    .fails(1);
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    assert_eq!(env.mlf(&["--bogus"]).code, 2);
    assert_eq!(env.mlf(&["runs", "frobnicate"]).code, 2);
    assert_eq!(
        env.mlf(&["runs", "update", "--run-id", "x", "--status", "DONE"])
            .code,
        2
    );
    let v = env.mlf(&["--version"]);
    assert!(v.ok().starts_with("mlf "), "{v}");
    let help = env.mlf(&["runs", "search", "--help"]);
    assert!(help.ok().contains("--order-by"));
}
