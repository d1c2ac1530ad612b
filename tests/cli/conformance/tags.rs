//! Tags on runs and on experiments: set, list, delete.

use serde_json::json;

use super::Store;

fn keys(tags: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = tags["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

pub fn tags_on_runs(s: &Store) {
    let id = s.new_run(&s.name("t"));
    s.mlf(&[
        "tags",
        "set",
        "--run-id",
        &id,
        "team=fraud",
        "stage=feature eng",
        "eq=a=b",
    ])
    .ok();
    let tags = s.json(&["tags", "list", "--run-id", &id]);
    let list = tags["tags"].as_array().unwrap();
    assert!(list.contains(&json!({"key": "stage", "value": "feature eng"})));
    assert!(list.contains(&json!({"key": "eq", "value": "a=b"})));
    assert!(list.contains(&json!({"key": "team", "value": "fraud"})));
    s.mlf(&["tags", "delete", "--run-id", &id, "team"]).ok();
    s.mlf(&["tags", "delete", "--run-id", &id, "team"]).fails(3);
    let tags = s.json(&["tags", "list", "--run-id", &id]);
    assert_eq!(
        keys(&tags),
        [
            "eq",
            "mlflow.runName",
            "mlflow.source.name",
            "mlflow.source.type",
            "mlflow.user",
            "stage"
        ],
        "{tags}"
    );
    // Setting mlflow.runName renames the run.
    s.mlf(&["tags", "set", "--run-id", &id, "mlflow.runName=new-name"])
        .ok();
    assert_eq!(s.get_run(&id)["info"]["run_name"], "new-name");
    // Long values are cut to the 8000 characters MLflow keeps, with a warning.
    let set = ["tags", "set", "--run-id", &id];
    assert!(s.log_long(&set, "t", 8001), "a warning names the tag");
    let tags = s.json(&["tags", "list", "--run-id", &id]);
    let t = tags["tags"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "t")
        .map(|t| t["value"].as_str().unwrap().chars().count());
    assert_eq!(t, Some(8000));
    // One target, and one only.
    s.mlf(&[
        "tags",
        "set",
        "--run-id",
        &id,
        "--experiment-id",
        "1",
        "a=b",
    ])
    .fails(2);
    s.mlf(&["tags", "list"]).fails(2);
}

pub fn tags_on_experiments(s: &Store) {
    let name = s.name("tagged");
    let exp = s.experiment(&name);
    s.mlf(&["tags", "set", "--experiment-id", &exp, "owner=ml"])
        .ok();
    let csv = s
        .mlf(&["tags", "list", "--experiment-id", &exp, "-o", "csv"])
        .ok()
        .to_string();
    assert_eq!(csv, "key,value\nowner,ml\n");
    let found = s.experiment_names(&[
        "--filter",
        &format!("name = '{name}' and tags.owner = 'ml'"),
    ]);
    assert_eq!(found, [name.as_str()]);
    // Tags given at creation and set later.
    let other = s.name("tagged");
    let other_id = s.out(&format!("experiments create -n {other} --tag team=ml"));
    s.mlf(&["tags", "set", "--experiment-id", &other_id, "owner=me"])
        .ok();
    let tags = s.json(&["tags", "list", "--experiment-id", &other_id]);
    assert_eq!(keys(&tags), ["owner", "team"], "{tags}");

    let r = s.mlf(&["tags", "delete", "--experiment-id", &exp, "owner"]);
    if s.q.deletes_experiment_tags {
        r.ok();
        assert_eq!(
            s.json(&["tags", "list", "--experiment-id", &exp]),
            json!({"tags": []})
        );
        s.mlf(&["tags", "delete", "--experiment-id", &exp, "owner"])
            .fails(3);
    } else {
        // No such endpoint: a failure (1), not a claim that the tag is missing (3).
        assert!(r.fails(1).contains("ENDPOINT_NOT_FOUND"), "{r}");
        assert_eq!(
            s.json(&["tags", "list", "--experiment-id", &exp]),
            json!({"tags": [{"key": "owner", "value": "ml"}]})
        );
    }
}
