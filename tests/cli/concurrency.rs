use std::process::Stdio;

use crate::common::TestEnv;

/// 8 processes log 1,000 points each into one run at once: every point lands and no
/// "database is locked" error reaches the user.
#[test]
fn eight_writers_one_run() {
    let env = TestEnv::new();
    let run = env.new_run("conc");
    let mut children = Vec::new();
    for w in 0..8 {
        let text: String = (0..1000)
            .map(|i| format!("w{w},{i}.5,{i},{}\n", 1000 + i))
            .collect();
        let path = env.path().join(format!("w{w}.csv"));
        std::fs::write(&path, format!("key,value,step,timestamp\n{text}")).unwrap();
        let child = env
            .command(&[
                "metrics",
                "log",
                "--run-id",
                &run,
                "--file",
                path.to_str().unwrap(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        children.push(child);
    }
    // And 8 more processes each logging single points, 25 invocations apiece.
    let mut singles = Vec::new();
    for w in 0..8 {
        let args: Vec<String> = (0..25).map(|i| format!("s{w}={i}")).collect();
        let run = run.clone();
        let cmds: Vec<_> = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                env.command(&[
                    "metrics",
                    "log",
                    "--run-id",
                    &run,
                    a,
                    "--step",
                    &i.to_string(),
                ])
            })
            .collect();
        singles.push(std::thread::spawn(move || {
            let mut failures = Vec::new();
            for mut c in cmds {
                let o = c.output().unwrap();
                if !o.status.success() {
                    failures.push(String::from_utf8_lossy(&o.stderr).into_owned());
                }
            }
            failures
        }));
    }
    for child in children {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    for t in singles {
        let failures = t.join().unwrap();
        assert!(failures.is_empty(), "{failures:?}");
    }
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE key LIKE 'w%'"),
        8000
    );
    assert_eq!(
        env.count("SELECT count(*) FROM metrics WHERE key LIKE 's%'"),
        200
    );
    assert_eq!(env.count("SELECT count(*) FROM latest_metrics"), 16);
}

/// Several processes opening a fresh database at once: one creates the schema, all succeed.
#[test]
fn concurrent_first_use() {
    let env = TestEnv::new();
    let children: Vec<_> = (0..6)
        .map(|i| {
            env.command(&["experiments", "create", "-n", &format!("e{i}")])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(env.count("SELECT count(*) FROM experiments"), 7);
    assert_eq!(
        env.count("SELECT count(*) FROM sqlite_master WHERE type = 'table'"),
        71
    );
}
