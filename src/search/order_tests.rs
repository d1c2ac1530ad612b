//! order_by tests: keys, directions and aliases per dialect, stray spaces, repeated keys.

use super::order::{check_unique, parse as order, parse_all};
use super::{Dialect, Entity};

#[test]
fn order_by() {
    let k = order("metrics.acc DESC", Dialect::Runs).unwrap();
    assert_eq!(
        (k.entity, k.key.as_str(), k.ascending),
        (Entity::Metric, "acc", false)
    );
    assert!(
        order("metrics.`val-loss` asc", Dialect::Runs)
            .unwrap()
            .ascending
    );
    assert_eq!(order("created", Dialect::Runs).unwrap().key, "start_time");
    assert_eq!(
        order("attributes.run_name", Dialect::Runs).unwrap().key,
        "run_name"
    );
    assert_eq!(order("name ASC", Dialect::Experiments).unwrap().key, "name");
    for bad in [
        "metrics.acc DESCENDING",
        "metrics.acc ASC DESC",
        "metrics.acc NULLS LAST",
        "name ASC, run_id",
        "",
        "foo",
        "datasets.name",
    ] {
        assert!(order(bad, Dialect::Runs).is_err(), "{bad:?}");
    }
    assert!(order("tags.x", Dialect::Experiments).is_err());
    assert!(order("start_time", Dialect::Experiments).is_err());
    assert_eq!(
        parse_all(&["metrics.a".into(), "params.a".into()], Dialect::Runs)
            .unwrap()
            .len(),
        2
    );
}

/// An order_by element is one identifier: no space before or after it.
#[test]
fn order_by_rejects_stray_spaces() {
    for o in [
        "params.my_param ",
        " params.my_param",
        "metrics.a DESC ",
        "metrics.a\t",
        "\nmetrics.a",
    ] {
        let e = order(o, Dialect::Runs).unwrap_err();
        assert!(e.message.contains("space"), "{o:?}: {}", e.message);
    }
    assert!(!order("metrics.a\tdesc", Dialect::Runs).unwrap().ascending);
    assert!(!order("tags.tag1    DESC", Dialect::Runs).unwrap().ascending);
    assert!(order("name ", Dialect::Experiments).is_err());
}

/// Repeating an order_by key is accepted by parse_all (file store, experiments) and refused
/// by check_unique (the SQL store's runs search), aliases included.
#[test]
fn repeated_order_by_keys() {
    let inputs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for v in [
        &["metrics.a", "metrics.a DESC"][..],
        &["start_time", "created"],
        &["metric.a", "metrics.a"],
        &["attributes.status", "status"],
    ] {
        let i = inputs(v);
        let keys = parse_all(&i, Dialect::Runs).unwrap();
        assert_eq!(keys.len(), 2);
        assert!(check_unique(&i, &keys).is_err(), "{v:?}");
    }
    let i = inputs(&["metrics.a", "params.a", "tags.a"]);
    assert!(check_unique(&i, &parse_all(&i, Dialect::Runs).unwrap()).is_ok());
    let i = inputs(&["name", "name DESC"]);
    assert_eq!(parse_all(&i, Dialect::Experiments).unwrap().len(), 2);
}
