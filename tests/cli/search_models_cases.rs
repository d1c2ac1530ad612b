//! The cases of the logged-model search suite (`search_models_mlflow.rs`): filters, order_by
//! lists, datasets and page sizes, MLflow's own test cases among them.

use serde_json::{json, Value};

/// Filters: MLflow's own test cases (adapted), every attribute, comparator and value form,
/// and what either store rejects. `{run0}`, `{model0}`, `{exp0}` … name corpus ids.
const FILTERS: &[&str] = &[
    // test_search_logged_models_filter_string (sqlalchemy and file store)
    "name = 'alpha'",
    "attributes.name = 'alpha'",
    "name LIKE 'al%'",
    "name IN ('alpha')",
    "name IN ('alpha',)",
    "name IN ('alpha', 'foo')",
    "name NOT IN ('alpha')",
    "name NOT IN ('alpha',)",
    "name NOT IN ('alpha', 'foo')",
    "creation_timestamp > 0",
    "creation_timestamp = 0",
    "params.lr = '0.1'",
    "tags.team = 'vision'",
    "metrics.acc = 0.75",
    "metrics.acc > 0.5",
    "metrics.acc < 3",
    "params.lr = '0.1' AND tags.team = 'vision'",
    "model_id = '{model0}'",
    "model_id != '{model0}'",
    "model_id='{model1}'",
    "source_run_id = '{run1}'",
    "source_run_id != '{run1}'",
    "model_type = 'rf'",
    "model_type != 'rf'",
    "status = 'READY'",
    "status != 'READY'",
    "status = 'PENDING'",
    "status = 'FAILED'",
    // test_search_logged_models_invalid_filter_string
    "Foo",
    "name = 'foo' OR name = 'bar'",
    "foo.bar = 'a'",
    "name > 'foo'",
    "metrics.foo LIKE 0",
    "name <= 'eps'",
    "status > 'PENDING'",
    "model_type < 'rf'",
    // names: case, LIKE and ILIKE wildcards, quoting, non-ASCII
    "name = 'Beta'",
    "name = 'beta'",
    "name LIKE '%a'",
    "name LIKE 'model_a'",
    "name LIKE 'model-a'",
    "name ILIKE 'model-a%'",
    "name ILIKE 'BETA%'",
    "name LIKE '%-%'",
    "name LIKE '____'",
    "name LIKE 'th%'",
    "name = 'théta'",
    "name != 'alpha'",
    "name in ('eps', 'Zeta')",
    "name IN (\"eps\", 'Zeta')",
    "name IN ('eps' 'ilon', 'Zeta')",
    "name = \"alpha\"",
    "name = alpha",
    "name='alpha'",
    "name = ''",
    "name = 'alpha' AND",
    "AND name = 'alpha'",
    "name = 'alpha' AND AND status = 'PENDING'",
    "and",
    "   ",
    // other attributes
    "model_type ILIKE 'rf'",
    "model_type LIKE 'R%'",
    "model_type IN ('rf', 'cnn')",
    "model_type NOT IN ('rf')",
    "model_type LIKE '%'",
    "status IN ('READY', 'FAILED')",
    "status NOT IN ('PENDING')",
    "status in ('READY')",
    "status = 'ready'",
    "status = 'LOGGED_MODEL_READY'",
    "status LIKE 'R%'",
    "status = 2",
    "source_run_id IN ('{run0}', '{run1}')",
    "source_run_id LIKE '%'",
    "model_id IN ('{model0}', '{model5}')",
    "model_id NOT IN ('{model0}', '{model5}')",
    "model_id LIKE 'm-%'",
    "experiment_id = '{exp0}'",
    "creation_time > 1700000005000",
    "creation_timestamp >= 1700000005000",
    "creation_time < 1700000003000",
    "creation_timestamp = 1700000002000",
    "creation_timestamp != 1700000000000",
    "creation_timestamp > 1.7e12",
    "creation_timestamp <= 1700000011000.5",
    "last_updated_timestamp > 0",
    "last_updated_timestamp < 0",
    "creation_time > '5'",
    "creation_time LIKE '1%'",
    "attributes.creation_time > 0",
    "`creation_time` > 0",
    "attributes.creation_timestamp_ms > 0",
    "artifact_location LIKE '%models%'",
    "lifecycle_stage = 'active'",
    "unknown_attr = 'x'",
    "user_id = 'x'",
    // metrics: the latest point counts; NaN, inf, missing keys
    "metrics.acc > 0.7",
    "metrics.acc >= 0.75",
    "metrics.acc != 0.75",
    "metrics.acc < 0.5",
    "metrics.acc <= 0.5",
    "metrics.acc > -1",
    "metrics.acc = 0.3",
    "metrics.acc = 0",
    "metrics.acc != 0.5",
    "metrics.acc > .5",
    "metrics.acc > 5e-1",
    "metrics.acc>-1",
    "metrics.loss > 0",
    "metrics.loss < 0",
    "metrics.loss = 0",
    "metrics.loss = 1",
    "metrics.loss = inf",
    "metrics.loss > 1e308",
    "metrics.loss < -1e308",
    "metrics.loss >= 1.7976931348623157e308",
    "metrics.loss > 1e400",
    "metrics.f1 > 0.6",
    "metrics.f1 = 0.65",
    "metrics.f1 >= 0.7",
    "metrics.`val-loss` > 1",
    "metrics.nope > 0",
    "metrics.acc > 0.5 AND metrics.loss < 2",
    "metrics.acc > 0.5 and params.lr = '0.1'",
    "metrics.acc > '0.5'",
    "metrics.acc == 0.5",
    "metrics.acc <> 0.5",
    "metrics.acc > +1",
    "metrics.acc > 0x10",
    "metrics.acc IN (1, 2)",
    "metrics.acc IS NULL",
    "metric.acc > 0.5",
    "METRICS.acc > 1",
    "`metrics`.acc > 0.5",
    // params and tags
    "params.lr = '0.01'",
    "params.lr != '0.1'",
    "params.model_type = 'RandomForest'",
    "params.model_type LIKE 'c%'",
    "params.model_type ILIKE 'c%'",
    "params.model_type LIKE '%_x'",
    "params.model_type IN ('cnn', 'CNN')",
    "params.model_type NOT IN ('cnn')",
    "params.depth = '0'",
    "params.depth != '5'",
    "params.lr = 0.1",
    "params.lr LIKE '%e%'",
    "params.nope = 'x'",
    "params.`lr` = '0.1'",
    "params.lr IS NULL",
    "param.lr = '0.1'",
    "params.lr NOT LIKE '0%'",
    "tags.team ILIKE 'vision'",
    "tags.team LIKE 'V%'",
    "tags.stage = 'prod'",
    "tags.stage != 'prod'",
    "tags.note = 'it''s'",
    "tags.note = \"it's\"",
    "tags.note LIKE '%s'",
    "tags.team IN ('nlp')",
    "tags.team IS NOT NULL",
    "tags.`team` = 'nlp'",
    "tags.team = 'vision' AND tags.team = 'nlp'",
    // combinations and grammar errors
    "name LIKE 'alpha%' AND status = 'READY'",
    "model_type = 'rf' AND tags.team = 'vision' AND metrics.acc > 0",
    "params.lr = '0.1' AND params.model_type = 'RandomForest'",
    "name = 'alpha'; name = 'Beta'",
    "(name = 'alpha')",
    "name = 'alpha' AND (tags.team = 'nlp')",
    "NOT name = 'alpha'",
    "name = select",
    "name = 'alpha",
    "attr.name = 'alpha'",
    "datasets.name = 'alpha'",
    "datasets.digest = 'd1'",
];

/// `order_by` lists in the REST server's form (so that SQL page tokens are byte-identical).
fn orders() -> Vec<Value> {
    let o = |f: &str, asc: bool| json!({"field_name": f, "ascending": asc, "dataset_name": null, "dataset_digest": null});
    let d = |f: &str, asc: bool, n: Value, g: Value| json!({"field_name": f, "ascending": asc, "dataset_name": n, "dataset_digest": g});
    vec![
        json!([o("creation_timestamp", true)]),
        json!([o("creation_timestamp", false)]),
        json!([o("creation_time", true)]),
        json!([o("name", true)]),
        json!([o("name", false)]),
        json!([o("model_id", false)]),
        json!([o("status", true)]),
        json!([o("status", false)]),
        json!([o("model_type", false)]),
        json!([o("model_type", true)]),
        json!([o("source_run_id", false)]),
        json!([o("last_updated_timestamp", true)]),
        json!([o("metrics.acc", true)]),
        json!([o("metrics.acc", false)]),
        json!([o("metrics.loss", true)]),
        json!([o("metrics.loss", false)]),
        json!([o("metrics.f1", false)]),
        json!([d("metrics.f1", false, json!("eval"), json!("d2"))]),
        json!([d("metrics.f1", true, json!("eval"), json!(null))]),
        json!([d("metrics.f1", false, json!(null), json!("d3"))]),
        json!([o("metrics.nope", true)]),
        json!([o("metrics.acc", false), o("name", true)]),
        json!([o("name", true), o("name", false)]),
        json!([o("metrics.", true)]),
        json!([o("params.lr", true)]),
        json!([o("tags.team", true)]),
        json!([o("attributes.name", true)]),
        json!([o("unknown_field", true)]),
    ]
}

/// Every case: filters alone, orders alone and with filters, datasets, and paging.
pub(crate) fn cases(corpus: &Value) -> Vec<Value> {
    let ids = |k: &str| corpus[k].as_array().unwrap().clone();
    let (exps, models, runs) = (ids("exps"), ids("models"), ids("runs"));
    let subst = |f: &str| {
        let mut f = f.to_string();
        for (name, list) in [("exp", &exps), ("model", &models), ("run", &runs)] {
            for (i, v) in list.iter().enumerate().rev() {
                f = f.replace(&format!("{{{name}{i}}}"), v.as_str().unwrap());
            }
        }
        f
    };
    let mut out: Vec<Value> = FILTERS
        .iter()
        .map(|f| json!({"filter": subst(f)}))
        .collect();
    for o in orders() {
        out.push(json!({"order_by": o}));
        for f in ["metrics.acc > 0.5", "tags.team != 'nlp'"] {
            out.push(json!({"filter": f, "order_by": o}));
        }
    }
    let datasets = [
        json!([{"dataset_name": "eval"}]),
        json!([{"dataset_name": "eval", "dataset_digest": "d2"}]),
        json!([{"dataset_name": "train", "dataset_digest": "d1"}, {"dataset_name": "eval", "dataset_digest": "d3"}]),
        json!([{"dataset_name": "nope"}]),
    ];
    for ds in &datasets {
        for f in [
            None,
            Some("metrics.f1 > 0.6"),
            Some("metrics.f1 >= 0.65"),
            Some("metrics.acc > 0"),
            Some("name LIKE '%a%'"),
        ] {
            for o in [
                json!(null),
                json!([{"field_name": "metrics.f1", "ascending": false, "dataset_name": null, "dataset_digest": null}]),
            ] {
                let mut c = json!({"datasets": ds, "order_by": o});
                if let Some(f) = f {
                    c["filter"] = json!(f);
                }
                out.push(c);
            }
        }
    }
    for n in [1, 5, 7, 32, 100] {
        out.push(json!({"max_results": n}));
        out.push(json!({"max_results": n, "order_by": [{"field_name": "metrics.acc", "ascending": false, "dataset_name": null, "dataset_digest": null}]}));
        out.push(json!({"max_results": n, "filter": "creation_timestamp > 0", "order_by": [{"field_name": "name", "ascending": true, "dataset_name": null, "dataset_digest": null}]}));
    }
    for c in &mut out {
        if c.get("order_by").is_some_and(Value::is_null) {
            c.as_object_mut().unwrap().remove("order_by");
        }
    }
    out
}
