//! Metric values are exact to the last bit on every store, both ways: 10,000 doubles written
//! by Python's `json.dumps` and `repr` are ingested by mlf and read back by Python MLflow bit
//! for bit, and what Python MLflow logs, mlf prints (`-o json`, csv) with the same bits.
//!
//! Where a store itself changes a value (SQLite keeps `-0.0` as `0.0` and MLflow's SQL schema
//! ±Inf as ±max double), the values Python MLflow logs through its own client change the same
//! way: the test requires mlf's stored bits to equal Python's own for every point, and the
//! original bits wherever Python keeps them.

use crate::common::{python, run_python, StoreKind, TestEnv};

/// Writes `points.jsonl` (json.dumps), `points.csv` (repr, no header row) and `values.json`
/// (the bits of every value, in step order).
const GENERATE: &str = r#"
import json, math, random, struct
rnd = random.Random(20261201)
def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]
special = [0.0, -0.0, 5e-324, -5e-324, from_bits(0x000fffffffffffff), 2.2250738585072014e-308,
           1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.2, 0.1 + 0.2,
           1 / 3, 2 / 3, -1.9500000000000002, 90.42857142857143, 1e16, 1e-5, 123456789012345678.0,
           9007199254740993.0, 4.35, 0.3, 1e22, 1e23, 5e-310, float("nan"), float("inf"),
           float("-inf")]
values = list(special)
while len(values) < 10000:
    kind = len(values) % 4
    if kind == 0:
        b = rnd.getrandbits(64)
        if (b >> 52) & 0x7ff == 0x7ff:
            continue  # NaN and Inf have their own cases
        values.append(from_bits(b))
    elif kind == 1:
        values.append(from_bits(rnd.getrandbits(52)) * rnd.choice([1, -1]))  # subnormals
    elif kind == 2:
        values.append(rnd.uniform(-1000, 1000))
    else:
        values.append(float(repr(rnd.random() * 10 ** rnd.randint(-300, 300))))
with open("points.jsonl", "w") as f:
    for i, v in enumerate(values):
        f.write(json.dumps({"key": "j", "value": v, "step": i, "timestamp": 1700000000000 + i}) + "\n")
with open("points.csv", "w") as f:
    for i, v in enumerate(values):
        f.write(f"c,{v!r},{i},{1700000000000 + i}\n")
json.dump([struct.pack('<d', v).hex() for v in values], open("values.json", "w"))
"#;

/// Logs `values.json` into a new run with Python MLflow's own client; prints the run id.
const PYTHON_LOGS: &str = r#"
import json, struct
from mlflow import MlflowClient
from mlflow.entities import Metric
c = MlflowClient()
values = [struct.unpack('<d', bytes.fromhex(h))[0] for h in json.load(open("values.json"))]
exp = c.create_experiment("py-exact")
run = c.create_run(exp).info.run_id
pts = [Metric("j", v, 1700000000000 + i, i) for i, v in enumerate(values)]
for i in range(0, len(pts), 1000):
    c.log_batch(run, metrics=pts[i:i + 1000])
print(run)
"#;

/// Reads back the runs named in argv (mlf's run, Python's run) with Python MLflow and the
/// files mlf printed, and prints a JSON report of every disagreement and the counts.
const CHECK: &str = r#"
import csv, json, math, struct, sys
from mlflow import MlflowClient
c = MlflowClient()
mlf_run, py_run, is_sql = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
orig = json.load(open("values.json"))
def bits(v):
    return struct.pack('<d', v).hex()
def norm(h):
    # Any NaN is the same NaN: stores keep NaN, not its payload.
    v = struct.unpack('<d', bytes.fromhex(h))[0]
    return "nan" if math.isnan(v) else h
def history(run, key):
    pts = sorted(c.get_metric_history(run, key), key=lambda m: m.step)
    return [norm(bits(m.value)) for m in pts]
orig = [norm(h) for h in orig]
report = {"points": len(orig), "problems": [], "exact": {}}
def check(name, got, want, allow_store_changes):
    if len(got) != len(want):
        report["problems"].append(f"{name}: {len(got)} points, expected {len(want)}")
        return
    exact = 0
    for i, (g, w) in enumerate(zip(got, want)):
        if g == w:
            exact += 1
        elif not allow_store_changes:
            report["problems"].append(f"{name}: step {i}: got {g}, expected {w}")
    report["exact"][name] = exact
py = history(py_run, "j")
# What Python's own client stored: the original bits except where the store itself changes
# them (SQLite: -0.0, and +-Inf in MLflow's schema).
check("python-own", py, orig, is_sql)
for key in ["j", "c"]:
    got = history(mlf_run, key)
    check(f"mlf-{key}-vs-python", got, py, False)
    check(f"mlf-{key}-vs-original", got, orig, is_sql)
# What mlf printed of Python's run.
# KEY=VALUE arguments: the special values, one invocation each.
args = history(mlf_run, "a")
check("mlf-args-vs-python", args, py[:len(args)], False)
report["args"] = len(args)
printed = json.load(open("history.json"))["metrics"]
printed = sorted(printed, key=lambda m: m["step"])
check("mlf-json-output", [norm(bits(float(m["value"]))) for m in printed], py, False)
rows = sorted(csv.DictReader(open("history.csv")), key=lambda r: int(r["step"]))
check("mlf-csv-output", [norm(bits(float(r["value"]))) for r in rows], py, False)
print(json.dumps(report))
"#;

#[test]
fn values_are_exact_on_every_store() {
    let Some(py) = python("3.18.0") else { return };
    let mut summary = Vec::new();
    for kind in StoreKind::ALL {
        let Some(env) = kind.env() else { return };
        summary.push(exact_on(&py, &env, kind));
    }
    #[allow(clippy::print_stderr)]
    {
        eprintln!("bit-exact values: {}", summary.join("; "));
    }
}

/// Runs the whole round trip on one store and returns its counts.
fn exact_on(py: &std::path::Path, env: &TestEnv, kind: StoreKind) -> String {
    let envs = env.python_env();
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    run_python(py, env.path(), GENERATE, &envs);
    let run = env.new_run("mlf-exact");
    env.mlf(&["metrics", "log", "--run-id", &run, "--file", "points.jsonl"])
        .ok();
    env.mlf(&["metrics", "log", "--run-id", &run, "--file", "points.csv"])
        .ok();
    // KEY=VALUE arguments, written as Rust's shortest round-trip text (`1e-5`, `-0e0`).
    let bits: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(env.path().join("values.json")).unwrap())
            .unwrap();
    for (step, hex) in bits.iter().take(29).enumerate() {
        let v = f64::from_bits(u64::from_le_bytes(
            (0..8)
                .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
                .collect::<Vec<_>>()
                .try_into()
                .unwrap(),
        ));
        let arg = format!("a={v:e}");
        env.mlf(&[
            "metrics",
            "log",
            "--run-id",
            &run,
            &arg,
            "--step",
            &step.to_string(),
        ])
        .ok();
    }
    let py_run = run_python(py, env.path(), PYTHON_LOGS, &envs)
        .trim()
        .to_string();
    let history = |format: &str| {
        env.mlf(&[
            "metrics", "history", "--run-id", &py_run, "--key", "j", "-o", format,
        ])
        .ok()
        .to_string()
    };
    std::fs::write(env.path().join("history.json"), history("json")).unwrap();
    std::fs::write(env.path().join("history.csv"), history("csv")).unwrap();
    let sql = if kind.is_sql() { "1" } else { "0" };
    let script = format!("import sys; sys.argv = ['', {run:?}, {py_run:?}, {sql:?}]\n{CHECK}");
    let report: serde_json::Value =
        serde_json::from_str(run_python(py, env.path(), &script, &envs).trim()).unwrap();
    let problems = report["problems"].as_array().unwrap();
    assert!(
        problems.is_empty(),
        "{kind:?}: {} disagreement(s), first: {:?}",
        problems.len(),
        &problems[..problems.len().min(10)]
    );
    // Everything but what the store itself changes is the original: on SQLite stores only
    // -0.0 and ±Inf (3 values) may differ, on a file store nothing.
    let points = report["points"].as_u64().unwrap();
    let exact = report["exact"]["mlf-j-vs-original"].as_u64().unwrap();
    let allowed = if kind.is_sql() { 3 } else { 0 };
    assert!(
        points - exact <= allowed,
        "{kind:?}: only {exact} of {points} exact"
    );
    assert_eq!(report["args"], 29, "{kind:?}");
    format!("{kind:?} {exact}/{points} original bits, {points}/{points} as Python's own")
}
