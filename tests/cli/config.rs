use crate::common::TestEnv;

fn setting(env: &TestEnv, key: &str, extra: &[&str]) -> (String, String) {
    // No -o here, so that the output setting's own source shows: read whichever format comes.
    let mut args = vec!["config", "show"];
    args.extend_from_slice(extra);
    let out = env.mlf(&args).ok().to_string();
    if out.starts_with('{') {
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let s = &json[key];
        return (
            s["value"].as_str().unwrap_or_default().into(),
            s["source"].as_str().unwrap_or_default().into(),
        );
    }
    let sep = if out.starts_with("key,value,source") {
        ','
    } else {
        '\t'
    };
    out.lines()
        .map(|l| l.split(sep).map(str::to_string).collect::<Vec<_>>())
        .find(|cells| cells[0] == key)
        .map(|cells| (cells[1].clone(), cells[2].clone()))
        .unwrap_or_default()
}

#[test]
fn show_reports_values_and_sources() {
    let mut env = TestEnv::new();
    let (uri, src) = setting(&env, "tracking_uri", &[]);
    assert_eq!(uri, format!("sqlite:///{}/mlflow.db", env.path().display()));
    assert_eq!(src, "default");
    assert!(!env.db().exists(), "config show opens no store");

    env.mlf(&["config", "set", "tracking_uri", "sqlite:///from-file.db"])
        .ok();
    env.mlf(&["config", "set", "output", "csv"]).ok();
    assert_eq!(setting(&env, "tracking_uri", &[]).1, "file");
    assert_eq!(
        setting(&env, "output", &["-o", "json"]),
        ("json".into(), "flag".into())
    );
    let csv = env.mlf(&["config", "show"]).ok().to_string();
    assert!(
        csv.starts_with("key,value,source\n"),
        "output from the file applies: {csv}"
    );
    env.env("MLF_OUTPUT", "table");
    assert_eq!(setting(&env, "output", &[]), ("table".into(), "env".into()));
    env.env("MLFLOW_TRACKING_URI", "sqlite:///from-env.db");
    assert_eq!(setting(&env, "tracking_uri", &[]).1, "env");
    assert_eq!(
        setting(
            &env,
            "tracking_uri",
            &["--tracking-uri", "sqlite:///flag.db"]
        )
        .1,
        "flag"
    );

    env.mlf(&["experiments", "create", "-n", "x"]).ok();
    assert!(env.path().join("from-env.db").exists());
    assert!(!env.path().join("from-file.db").exists());
}

#[test]
fn profiles_and_secrets() {
    let mut env = TestEnv::new();
    env.mlf(&[
        "config",
        "set",
        "tracking_uri",
        "sqlite:///team.db",
        "--profile",
        "team",
    ])
    .ok();
    env.mlf(&["config", "set", "username", "ci-bot", "--profile", "team"])
        .ok();
    let r = env.mlf_stdin(&["config", "login", "--profile", "team"], "s3cret\n");
    r.ok();
    let cfg = std::fs::read_to_string(env.path().join("home/mlf.toml")).unwrap();
    assert!(
        cfg.contains("[profiles.team]") && cfg.contains("password = \"s3cret\""),
        "{cfg}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.path().join("home/mlf.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let show = env
        .mlf(&["config", "show", "--profile", "team"])
        .ok()
        .to_string();
    assert!(
        show.contains("ci-bot") && !show.contains("s3cret"),
        "secrets are masked: {show}"
    );
    assert_eq!(
        setting(&env, "password", &["--profile", "team"]),
        ("********".into(), "file".into())
    );
    env.mlf(&["--profile", "team", "experiments", "create", "-n", "t"])
        .ok();
    assert!(env.path().join("team.db").exists());
    env.env("MLF_PROFILE", "team");
    assert_eq!(setting(&env, "profile", &[]), ("team".into(), "env".into()));
    // Secrets are never accepted on the command line.
    env.mlf(&["config", "set", "token", "abc"]).fails(2);
    env.mlf(&["config", "set", "output", "yaml"]).fails(2);
    env.mlf(&["--profile", "nope", "experiments", "search"])
        .fails(2);
    env.mlf_stdin(&["config", "login", "--profile", "other"], "")
        .fails(2);
}

#[test]
fn broken_config_file_is_a_usage_error() {
    let env = TestEnv::new();
    std::fs::write(env.path().join("home/mlf.toml"), "[profiles\n").unwrap();
    let r = env.mlf(&["experiments", "search"]);
    assert!(r.fails(2).contains("mlf.toml"), "{r}");
}
