//! Parser tests: MLflow's verified examples (rest-and-search.md section 7.6), positions of
//! errors, and a bounded no-panic fuzz over random and mutated strings. The order_by rules
//! are tested in `order_tests`, the in-memory `LIKE` in `like_tests`.

use super::filter::parse;
use super::order::parse as order;
use super::{Comparator, Dialect, Entity, Value};

fn ok(s: &str) -> Vec<(Entity, String, Comparator, Value)> {
    parse(s, Dialect::Runs)
        .unwrap_or_else(|e| panic!("{s:?} should parse: {}", e.caret()))
        .clauses
        .into_iter()
        .map(|c| (c.entity, c.key, c.comparator, c.value))
        .collect()
}

fn bad(s: &str) {
    assert!(parse(s, Dialect::Runs).is_err(), "{s:?} should be rejected");
}

#[test]
fn accepted_runs_filters() {
    use Comparator::*;
    assert_eq!(
        ok("metrics.acc > 0.75"),
        [(Entity::Metric, "acc".into(), Gt, Value::Number(0.75))]
    );
    assert_eq!(ok("metric.acc > 0.75")[0].0, Entity::Metric);
    assert_eq!(ok("metrics.acc >= 0.8 AND params.model = 'cnn'").len(), 2);
    assert_eq!(ok("metrics.acc > 0.75 and params.model = 'cnn'").len(), 2);
    assert_eq!(
        ok("params.model = \"cnn\"")[0].3,
        Value::String("cnn".into())
    );
    assert_eq!(ok("params.model LIKE '_nn'")[0].2, Like);
    assert_eq!(ok("params.model ilike 'c%'")[0].2, ILike);
    assert_eq!(ok("tags.env IS NULL")[0].2, IsNull);
    assert_eq!(ok("tags.env is not null")[0].2, IsNotNull);
    assert_eq!(ok("params.lr IS NULL")[0].0, Entity::Param);
    for f in [
        "tags.`team.name` = 'A'",
        "tags.\"team.name\" = 'A'",
        "tags.team.name = 'A'",
    ] {
        assert_eq!(ok(f)[0].1, "team.name", "{f}");
    }
    assert_eq!(
        ok("tags.mlflow.source.git.commit = 'x'")[0].1,
        "mlflow.source.git.commit"
    );
    assert_eq!(ok("params.`my param` = 'x'")[0].1, "my param");
    assert_eq!(ok("metrics.`val-loss` > 1")[0].1, "val-loss");
    assert_eq!(ok("`params`.model = 'x'")[0].0, Entity::Param);
    for f in [
        "attributes.status = 'FINISHED'",
        "attr.status != 'FINISHED'",
        "run.status = 'KILLED'",
        "status = 'RUNNING'",
    ] {
        assert_eq!(ok(f)[0].0, Entity::Attribute, "{f}");
    }
    assert_eq!(
        ok("attributes.run_id IN ('a','b')")[0].3,
        Value::List(vec!["a".into(), "b".into()])
    );
    assert_eq!(ok("run_id NOT IN ('a')")[0].2, NotIn);
    assert_eq!(ok("attributes.`Run name` = 'alpha'")[0].1, "run_name");
    assert_eq!(ok("attributes.created > 2500")[0].1, "start_time");
    assert_eq!(
        ok("attributes.start_time >= 2000 AND attributes.start_time < 4000").len(),
        2
    );
    assert_eq!(ok("metrics.acc > .5")[0].3, Value::Number(0.5));
    assert_eq!(ok("metrics.acc > 1e-1")[0].3, Value::Number(0.1));
    assert_eq!(ok("metrics.acc > -1")[0].3, Value::Number(-1.0));
    assert_eq!(ok("metrics.acc > 1e400")[0].3, Value::Number(f64::INFINITY));
    assert_eq!(ok("datasets.name IN ('iris','x')")[0].0, Entity::Dataset);
    assert_eq!(ok("datasets.context = 'train'")[0].1, "context");
    assert_eq!(
        ok("metrics.acc > 0.5 AND").len(),
        1,
        "a trailing AND is tolerated"
    );
    assert_eq!(
        ok("params.model = 'it''s'")[0].3,
        Value::String("it''s".into())
    );
    assert_eq!(
        ok("params.model = 'say \"hi\"'")[0].3,
        Value::String("say \"hi\"".into())
    );
    assert!(ok("").is_empty());
}

#[test]
fn rejected_runs_filters() {
    for f in [
        "metrics.acc > 0.75 OR params.model = 'rnn'",
        "params.model = cnn",
        "params.lr = 0.01",
        "params.lr > '0.01'",
        "params.model NOT LIKE 'c%'",
        "metrics.loss IS NULL",
        "tags.my tag = 'x'",
        "metrics.val-loss > 1",
        "attributes.status = FINISHED",
        "attributes.status IN ('FINISHED', 'FAILED')",
        "attributes.run_id IN ()",
        "attributes.start_time = '1000'",
        "attributes.lifecycle_stage = 'active'",
        "attributes.experiment_id = '2'",
        "metrics.acc > '0.5'",
        "metrics.acc = +1",
        "params.model IN ('cnn','rnn')",
        "datasets.foo = 'x'",
        "foo.bar = 'x'",
        "METRICS.acc > 1",
        "(metrics.acc > 0.5)",
        "metrics.acc > 0.5; params.model = 'cnn'",
        "params.model == 'cnn'",
        "params.model <> 'cnn'",
        "metrics.acc BETWEEN 0.1 AND 0.9",
        "NOT params.model = 'cnn'",
        "metrics.acc >",
        "metrics.acc",
        "= 'x'",
        "params.model = 'unterminated",
        "tags.team LIKE 5",
        "metrics.acc IN (1, 2)",
        "attributes.run_name IS NULL",
        "params.x = `bq`",
        "metrics. > 1",
    ] {
        bad(f);
    }
}

#[test]
fn experiments_dialect() {
    let ok = |s: &str| parse(s, Dialect::Experiments).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    let bad = |s: &str| {
        assert!(
            parse(s, Dialect::Experiments).is_err(),
            "{s:?} should be rejected"
        )
    };
    ok("name LIKE 'exp_b'");
    ok("experiment_id IN ('1','2')");
    ok("creation_time > 0");
    ok("tags.team IS NULL");
    ok("attributes.name = 'x' and tag.team = 'a'");
    for f in [
        "name IN ('a','b')",
        "experiment_id = 1",
        "experiment_id > '1'",
        "creation_time = '5'",
        "attr.name = 'x'",
        "metrics.x > 1",
        "name = 'a' OR name = 'b'",
        "name IS NULL",
        "lifecycle_stage = 'active'",
    ] {
        bad(f);
    }
}

#[test]
fn errors_point_at_the_problem() {
    let e = parse("metrics.acc > 0.5 OR params.a = 'x'", Dialect::Runs).unwrap_err();
    assert_eq!(e.position, 18);
    assert_eq!(
        e.caret().lines().nth(1).unwrap(),
        format!("{}^", " ".repeat(18))
    );
    let e = parse("params.model = cnn", Dialect::Runs).unwrap_err();
    assert_eq!(e.position, 15);
    let e = parse("foo.bar = 'x'", Dialect::Runs).unwrap_err();
    assert_eq!(e.position, 0);
}

/// MLflow's sqlparse reads `.5`, `5.`, `5.25`, `1e3` and `1.5E-3` as numbers, not `.5e1`,
/// `5.e1`, `1e+5`, `-.5e-3` or hex.
#[test]
fn numbers_follow_sqlparse() {
    let num = |s: &str| ok(&format!("metrics.a > {s}"))[0].3.clone();
    assert_eq!(num(".3"), Value::Number(0.3));
    assert_eq!(num("1."), Value::Number(1.0));
    assert_eq!(num("-.5"), Value::Number(-0.5));
    assert_eq!(num("3e1"), Value::Number(30.0));
    assert_eq!(num("1E5"), Value::Number(1e5));
    assert_eq!(num("1.5e-3"), Value::Number(1.5e-3));
    assert_eq!(num("-2e-2"), Value::Number(-0.02));
    for s in [
        ".3e1", "1.e3", "1e+5", "-.5e-3", "1e", "0x10", "1_000", "5x", ".",
    ] {
        bad(&format!("metrics.a > {s}"));
    }
}

#[test]
fn blank_filters_are_rejected() {
    assert!(ok("").is_empty());
    for f in [" ", "   ", "\t", "\n", " \n\t "] {
        let e = parse(f, Dialect::Runs).unwrap_err();
        assert!(e.message.contains("blank"), "{f:?}: {}", e.message);
        assert!(parse(f, Dialect::Experiments).is_err());
    }
    // Whitespace around a clause is fine.
    assert_eq!(ok(" params.a = 'x'\n").len(), 1);
}

/// `IN` lists are Python tuple literals in MLflow (`ast.literal_eval`).
#[test]
fn in_lists_are_python_literals() {
    let list = |s: &str| match ok(&format!("run_id IN {s}")).remove(0).3 {
        Value::List(items) => items,
        other => panic!("{s}: {other:?}"),
    };
    assert_eq!(list("('a',)"), ["a"]);
    assert_eq!(list("('a', 'b',)"), ["a", "b"]);
    assert_eq!(list("( 'a' ,\n 'b' )"), ["a", "b"]);
    assert_eq!(list("('a' 'b')"), ["ab"]);
    assert_eq!(list("('it''s')"), ["its"]);
    assert_eq!(list("(\"it's\")"), ["it's"]);
    assert_eq!(list("('a\\nb')"), ["a\nb"]);
    assert_eq!(list("('\\x41\\u00e9\\101\\'')"), ["Aé".to_string() + "A'"]);
    assert_eq!(list("('a\\d')"), ["a\\d"], "an unknown escape stays");
    assert_eq!(list("(r'a\\n')"), ["a\\n"]);
    assert_eq!(list("(u'a')"), ["a"]);
    for s in [
        "()", "(,)", "('a',,)", "(,'a')", "('a' 1)", "('a', 1)", "(b'a')", "('\\x4')", "('a)",
        "(a)",
    ] {
        bad(&format!("run_id IN {s}"));
    }
}

/// A tiny xorshift generator, so the fuzz test needs no crate and repeats exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn never_panics_on_random_or_mutated_input() {
    let seeds = [
        "metrics.acc > 0.5 AND params.model = 'cnn'",
        "tags.`a b` IS NOT NULL and attributes.run_id IN ('x', \"y\")",
        "datasets.name LIKE '%é%' AND created >= 1e3",
        "metrics.\"val-loss\" != -.5e-3",
        "name ILIKE 'exp_%' AND tags.t = 'v'",
    ];
    let alphabet: Vec<char> = "abcmetrics.params`'\"()=<>!-+., _%eE0123456789ANDORISNULLINé日\t;"
        .chars()
        .collect();
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(1500);
    let mut n = 0;
    while std::time::Instant::now() < deadline && n < 200_000 {
        let mut s: Vec<char> = seeds[rng.below(seeds.len())].chars().collect();
        for _ in 0..=rng.below(4) {
            match rng.below(4) {
                0 if !s.is_empty() => {
                    let i = rng.below(s.len());
                    s.remove(i);
                }
                1 => {
                    let i = rng.below(s.len() + 1);
                    s.insert(i, alphabet[rng.below(alphabet.len())]);
                }
                2 if !s.is_empty() => {
                    let i = rng.below(s.len());
                    s.truncate(i);
                }
                _ => {
                    s = (0..rng.below(30))
                        .map(|_| alphabet[rng.below(alphabet.len())])
                        .collect()
                }
            }
        }
        let text: String = s.into_iter().collect();
        for d in [Dialect::Runs, Dialect::Experiments] {
            if let Err(e) = parse(&text, d) {
                let _ = e.caret();
            }
            let _ = order(&text, d);
        }
        n += 1;
    }
    assert!(n > 1000, "only {n} inputs tried");
}
