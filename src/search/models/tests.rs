//! Cases checked against MLflow 3.18's `parse_filter_string` (SQL store).

use super::sql_filter::parse;
use super::*;

fn ok(s: &str) -> Vec<ModelClause> {
    parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn accepts_what_mlflow_accepts() {
    let c = ok("name = 'a' and metrics.`val-loss` < -1.5e3 AND status IN ('READY', 'PENDING')");
    assert_eq!(c.len(), 3);
    assert_eq!(c[0].value, ModelValue::Str("a".into()));
    assert_eq!(c[1].key, "val-loss");
    assert_eq!(c[1].value, ModelValue::Number(-1500.0));
    assert_eq!(
        c[2].value,
        ModelValue::List(vec![Literal::Int(2), Literal::Int(1)])
    );
    assert_eq!(ok("creation_time > 5")[0].key, "creation_timestamp_ms");
    assert_eq!(
        ok("name = \"m2\"")[0].value,
        ModelValue::Str("\"m2\"".into())
    );
    assert_eq!(ok("name = m1")[0].value, ModelValue::Str("m1".into()));
    assert_eq!(
        ok("params.a = 'it''s'")[0].value,
        ModelValue::Str("it''s".into())
    );
    assert_eq!(ok("tags.a.b = 'x'")[0].key, "a.b");
    assert_eq!(
        ok("metrics.x > inf")[0].value,
        ModelValue::Number(f64::INFINITY)
    );
    assert_eq!(ok("metrics.x > 1_000")[0].value, ModelValue::Number(1000.0));
    assert_eq!(ok("metrics.x>-1")[0].value, ModelValue::Number(-1.0));
    assert_eq!(ok("tags.a = 'x' AND AND").len(), 1);
    assert_eq!(ok("and").len(), 0);
    assert_eq!(
        ok("params.a IN ('a' 'b', \"c\",)")[0].value,
        ModelValue::List(vec![Literal::Str("ab".into()), Literal::Str("c".into())])
    );
    assert_eq!(
        ok("params.a NOT IN ('x')")[0].comparator,
        crate::search::Comparator::NotIn
    );
    assert_eq!(ok("tags.a-b = a-b")[0].value, ModelValue::Str("a-b".into()));
    assert_eq!(ok("experiment_id = '1'")[0].key, "experiment_id");
}

#[test]
fn rejects_what_mlflow_rejects() {
    for s in [
        "metrics.x > -inf",
        "metrics.x > +1",
        "metrics.x == 1",
        "metrics.x = '1'",
        "params.a NOT LIKE 'x%'",
        "params.a IS NULL",
        "tags.a = 'x' OR tags.b = 'y'",
        "tags.a = 'x'; tags.b = 'y'",
        "metric.x > 1",
        "METRICS.x > 1",
        "attributes.creation_time > 1",
        "`creation_time` > 1",
        "foo = 'a'",
        "status LIKE 'R%'",
        "status = 'ready'",
        "name > 'a'",
        "(name = 'a')",
        "name = 'a",
        "creation_time > '5'",
        "user = 'a'",
        "name = select",
        "name = true",
        "name = 'a' 'b'",
        "metrics.x > 1 2",
        "metrics.x > 0x10",
        "metrics.x > 1.e3",
        "metrics.x > .5e1",
        "metrics.x > 5e",
        "params.a IN (a, b)",
        "params.a IN 'a'",
        "name = -a",
        "name = a b",
        "metrics.x IN (1,2)",
        "name = 'a' -- c",
        "NOT name = 'a'",
        "name IS 'a'",
        "status = 5",
    ] {
        assert!(parse(s).is_err(), "{s} should be rejected");
    }
}

#[test]
fn tokens_round_trip_in_pythons_format() {
    let order = vec![parse_order("metrics.x DESC").unwrap()];
    let t = encode_sql_token(&["1".into()], Some("name = 'é'"), &order, 2);
    let json = String::from_utf8(
        base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &t).unwrap(),
    )
    .unwrap();
    assert_eq!(
        json,
        "{\"experiment_ids\": [\"1\"], \"filter_string\": \"name = '\\u00e9'\", \"order_by\": \
         [{\"field_name\": \"metrics.x\", \"ascending\": false, \"dataset_name\": null, \
         \"dataset_digest\": null}], \"offset\": 2}"
    );
    let d = decode_sql_token(&t).unwrap();
    assert_eq!(d.offset, 2);
    assert!(d.check(&["1".into()], Some("name = 'é'"), &order).is_ok());
    assert!(d.check(&["2".into()], Some("name = 'é'"), &order).is_err());
    assert!(d.check(&["1".into()], None, &order).is_err());
    assert!(d.check(&["1".into()], Some("name = 'é'"), &[]).is_err());
}
