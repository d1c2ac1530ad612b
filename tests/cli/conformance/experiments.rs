//! Experiments: create, get (by id, by name, positional), rename, delete and restore, taken
//! names, search with filters, orders, views and pages, and the three output formats.

use serde_json::json;

use super::Store;

/// A name of digits only that no experiment has as its id: nine digits, so that it also fits
/// the 32-bit ids of FastTrackML.
fn digits_name(s: &Store) -> String {
    let digits = unique_digits(s);
    format!("1{}", &digits[digits.len() - 8..])
}

/// Digits of the store's unique name part, at least 24 of them: too long for any integer id.
fn unique_digits(s: &Store) -> String {
    let u = s.name("");
    let digits: String = u.bytes().map(|b| char::from(b'0' + b % 10)).collect();
    format!("{digits:0>24}")
}

pub fn experiments_lifecycle(s: &Store) {
    let name = s.name("fraud-detection");
    let id = s.out(&format!(
        "experiments create --experiment-name {name} --tag team=ml"
    ));
    s.q.experiment_ids.check(&id, s.q.own_store);

    let e = s.json(&["experiments", "get", "--experiment-id", &id]);
    let e = &e["experiment"];
    assert_eq!(e["experiment_id"], id.as_str());
    assert_eq!(e["name"], name.as_str());
    assert_eq!(e["lifecycle_stage"], "active");
    assert_eq!(e["tags"], json!([{"key": "team", "value": "ml"}]));
    assert_eq!(e["artifact_location"], s.artifact_location(&id).as_str());
    assert!(
        e["creation_time"].as_i64().unwrap() > 1_600_000_000_000,
        "{e}"
    );
    if s.q.experiment_workspace {
        assert_eq!(e["workspace"], "default", "{e}");
    } else {
        assert!(e.get("workspace").is_none(), "{e}");
    }

    // By name, through the `describe` alias, and positional (an id or a name).
    let by_name = s.json(&["experiments", "describe", "--experiment-name", &name]);
    assert_eq!(by_name["experiment"]["experiment_id"], id.as_str());
    let positional = s.json(&["experiments", "get", &name]);
    assert_eq!(positional, s.json(&["experiments", "get", &id]));
    assert_eq!(positional["experiment"]["name"], name.as_str());
    // A name made of digits is found by name when no experiment has that id.
    let digits = digits_name(s);
    s.experiment(&digits);
    assert_eq!(
        s.json(&["experiments", "get", &digits])["experiment"]["name"],
        digits.as_str()
    );
    // Digits too long for an id are a name, on every store (not an invalid id, not a 500).
    let long_digits = format!("9{}", unique_digits(s));
    s.experiment(&long_digits);
    assert_eq!(
        s.json(&["experiments", "get", &long_digits])["experiment"]["name"],
        long_digits.as_str()
    );
    s.mlf(&["experiments", "get", &s.name("nope")]).fails(3);

    // Newest first, here and (on a store of its own) before `Default`.
    assert_eq!(
        s.experiment_names(&["--filter", &format!("name = '{name}'")]),
        [name.as_str()]
    );
    if s.q.own_store {
        assert_eq!(
            s.experiment_names(&[]),
            [long_digits.as_str(), &digits, &name, "Default"]
        );
    }

    // Rename: nothing on stdout, `{}` in JSON.
    let renamed = s.name("fraud");
    assert_eq!(
        s.mlf(&[
            "experiments",
            "rename",
            "--experiment-id",
            &id,
            "--new-name",
            &renamed
        ])
        .ok(),
        ""
    );
    let renamed = s.name("fraud2");
    let out = s.json(&[
        "experiments",
        "rename",
        "--experiment-id",
        &id,
        "--new-name",
        &renamed,
    ]);
    assert_eq!(out, json!({}));
    let get =
        |id: &str| s.json(&["experiments", "get", "--experiment-id", id])["experiment"].clone();
    assert_eq!(get(&id)["name"], renamed.as_str());

    // Off a terminal, deleting needs --yes and changes nothing without it.
    let r = s.mlf(&["experiments", "delete", "--experiment-id", &id]);
    assert!(r.fails(2).contains("--yes"), "{r}");
    assert_eq!(get(&id)["lifecycle_stage"], "active");
    s.mlf(&["experiments", "delete", "--experiment-id", &id, "--yes"])
        .ok();
    assert_eq!(get(&id)["lifecycle_stage"], "deleted");
    let ids = |view: &str| -> Vec<String> {
        s.json(&["experiments", "list", "--view", view])["experiments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["experiment_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!ids("active").contains(&id));
    assert!(ids("deleted").contains(&id));
    assert!(ids("all").contains(&id));
    // No run goes into a deleted experiment; deleting again: there is no active one (but
    // FastTrackML deletes it again).
    let r = s.mlf(&["runs", "create", "--experiment-id", &id]);
    assert!(r.fails(1).contains("is deleted"), "{r}");
    let again = s.mlf(&["experiments", "delete", "--experiment-id", &id, "-y"]);
    if s.q.redelete_experiment_fails {
        again.fails(3);
    } else {
        again.ok();
        assert_eq!(get(&id)["lifecycle_stage"], "deleted");
    }
    s.mlf(&["experiments", "restore", "--experiment-id", &id])
        .ok();
    assert!(ids("active").contains(&id));
    assert!(ids("all").contains(&id));

    // Unknown experiments.
    for args in [
        &["experiments", "get", "--experiment-id", "987654"][..],
        &[
            "experiments",
            "get",
            "--experiment-name",
            &s.name("missing"),
        ],
        &["experiments", "restore", "--experiment-id", "987654"],
        &["experiments", "delete", "--experiment-id", "987654", "-y"],
    ] {
        s.mlf(args).fails(3);
    }
    s.mlf(&["experiments", "get", "--experiment-id", "abc"])
        .fails(s.q.experiment_ids.non_integer_exit());
    s.mlf(&["experiments", "get"]).fails(2);

    // The default experiment: MLflow's SQL store deletes it, the others refuse. (Never on a
    // shared server: other tests create runs in it.)
    if !s.q.default_experiment_deletable {
        let r = s.mlf(&["experiments", "delete", "--experiment-id", "0", "-y"]);
        assert!(r.fails(2).contains("default experiment"), "{r}");
    } else if s.q.own_store {
        s.mlf(&["experiments", "delete", "--experiment-id", "0", "-y"])
            .ok();
        assert_eq!(get("0")["lifecycle_stage"], "deleted");
    }
}

pub fn experiments_names(s: &Store) {
    let a = s.name("a");
    let id = s.experiment(&a);
    let r = s.mlf(&["experiments", "create", "--experiment-name", &a]);
    assert!(r.fails(5).contains(&format!("`{a}` already exists")), "{r}");
    assert_eq!(r.stdout, "");
    assert_eq!(
        s.experiment_names(&["--view", "all", "--filter", &format!("name = '{a}'")]),
        [a.as_str()],
        "still one experiment of that name"
    );
    assert_eq!(
        s.mlf(&[
            "experiments",
            "create",
            "--experiment-name",
            &a,
            "--exist-ok"
        ])
        .ok(),
        format!("{id}\n")
    );
    assert_eq!(
        s.json(&["experiments", "create", "-n", &a, "--exist-ok"]),
        json!({"experiment_id": id})
    );
    // Renaming onto a taken name is exit 5 too (FastTrackML itself answers a raw 500 with a
    // SQL UNIQUE message: mlf checks the name first).
    let b = s.name("b");
    let b_id = s.experiment(&b);
    let rename = format!("experiments rename --experiment-id {b_id} --new-name {a}");
    let r = s.cmd(&rename);
    assert!(r.fails(5).contains("already exists"), "{r}");
    // A deleted experiment still holds its name.
    s.mlf(&["experiments", "delete", "--experiment-id", &id, "--yes"])
        .ok();
    s.mlf(&["experiments", "create", "-n", &a, "--exist-ok"])
        .fails(5);
    s.mlf(&["experiments", "create", "-n", &a]).fails(5);
    s.cmd(&rename).fails(5);
}

pub fn experiments_search(s: &Store) {
    let p = s.name("e");
    let ids: Vec<String> = (0..5).map(|i| s.experiment(&format!("{p}-e{i}"))).collect();
    let scope = format!("name LIKE '{p}-%'");
    let names =
        |args: &[&str]| s.experiment_names(&[&["--filter", scope.as_str()][..], args].concat());
    let n = |i: &[usize]| -> Vec<String> { i.iter().map(|i| format!("{p}-e{i}")).collect() };
    assert_eq!(names(&[]), n(&[4, 3, 2, 1, 0]), "newest first");
    assert_eq!(names(&["--order-by", "name DESC"]), n(&[4, 3, 2, 1, 0]));
    let mut by_id: Vec<usize> = (0..5).collect();
    by_id.sort_by_key(|&i| ids[i].parse::<u64>().unwrap());
    assert_eq!(names(&["--order-by", "experiment_id ASC"]), n(&by_id));
    assert_eq!(names(&["--max-results", "3"]), n(&[4, 3, 2]));

    // What `experiments search` prints, with a filter and more arguments.
    let printed = |filter: &str, args: &[&str]| -> String {
        let full = [&["experiments", "search", "--filter", filter][..], args].concat();
        s.mlf(&full).ok().to_string()
    };

    // Pages: MLflow's token format, followed by --page-token.
    let first_page = ["--max-results", "2", "--order-by", "name ASC"];
    let page: serde_json::Value = serde_json::from_str(&printed(
        &scope,
        &[&first_page[..], &["-o", "json"]].concat(),
    ))
    .unwrap();
    let token = page["next_page_token"].as_str().unwrap();
    assert_eq!(token, s.q.page_token(2), "MLflow's token format");
    assert_eq!(names(&first_page), n(&[0, 1]));
    let next = [&first_page[..], &["--page-token", token]].concat();
    assert_eq!(names(&next), n(&[2, 3]));
    let all = s.json(&[
        "experiments",
        "search",
        "--filter",
        &scope,
        "--max-results",
        "6",
    ]);
    assert_eq!(all["experiments"].as_array().unwrap().len(), 5);
    assert!(all.get("next_page_token").is_none(), "{all}");
    if s.q.own_store {
        let page = s.experiment_names(&first_page);
        assert_eq!(page, ["Default".to_string(), format!("{p}-e0")]);
        let all = s.json(&["experiments", "search", "--max-results", "6"]);
        assert_eq!(all["experiments"].as_array().unwrap().len(), 6);
        assert!(all.get("next_page_token").is_none(), "{all}");
    }
    s.cmd("experiments search --page-token garbage!").fails(2);

    // Views: a deleted experiment leaves the active view.
    s.cmd(&format!("experiments delete --experiment-id {} -y", ids[2]))
        .ok();
    assert_eq!(names(&[]), n(&[4, 3, 1, 0]));
    assert_eq!(names(&["--view", "deleted"]), n(&[2]));
    assert_eq!(names(&["--view", "all"]), n(&[4, 3, 2, 1, 0]));
    s.cmd(&format!("experiments restore --experiment-id {}", ids[2]))
        .ok();

    // csv: a header row and flat columns; table: a header row, then one tab-separated line
    // per experiment; --no-headers drops the header in both.
    let by_id_csv = ["-o", "csv", "--order-by", "experiment_id"];
    let csv = printed(&scope, &by_id_csv);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "experiment_id,name,artifact_location,lifecycle_stage,creation_time,last_update_time"
    );
    let lowest = &ids[by_id[0]];
    let location = s.artifact_location(lowest);
    let row = format!("{lowest},{p}-e{},{location},active,", by_id[0]);
    assert!(lines.next().unwrap().starts_with(&row), "{csv}");
    if s.q.own_store {
        let csv = s.mlf(&[&["experiments", "search"][..], &by_id_csv].concat());
        let second = csv.ok().lines().nth(1).unwrap().to_string();
        assert!(second.starts_with("0,Default,"), "{csv}");
    }
    let table = printed(&scope, &[]);
    assert_eq!(table.lines().count(), 6, "{table}");
    assert!(table.starts_with("experiment_id\tname\t"), "{table}");
    let bare = printed(&scope, &["--no-headers"]);
    assert_eq!(bare, table.split_once('\n').unwrap().1);
    let csv_bare = s
        .mlf(&[
            "--no-headers",
            "experiments",
            "search",
            "--filter",
            &scope,
            "-o",
            "csv",
        ])
        .ok()
        .to_string();
    assert_eq!(csv_bare.lines().count(), 5, "{csv_bare}");
    assert!(!csv_bare.contains("experiment_id"), "{csv_bare}");

    // An empty result: nothing in a table, the header in csv, an empty list in JSON.
    let none = format!("name = '{p}-none'");
    assert_eq!(printed(&none, &[]), "");
    assert_eq!(printed(&none, &["-o", "json"]), "{\"experiments\":[]}\n");
    let csv = printed(&none, &["-o", "csv"]);
    assert_eq!(csv.lines().count(), 1, "csv keeps its header: {csv}");
    if s.q.own_store {
        assert_eq!(s.cmd("experiments search --view deleted").ok(), "");
    }
}
