#!/usr/bin/env bash
# Search benchmark (issue 3): a corpus of 10,000 runs (20 params, 10 metrics x 100 steps,
# 5 tags each) in one SQLite database with MLflow's schema, then the same query through
# `mlf runs search` and through Python MLflow's client, side by side:
#   - whole process: `mlf runs search …` vs `python -c "MlflowClient().search_runs(…)"`
#   - the query alone: mlf's whole process vs `search_runs` timed inside a warm Python process
# Usage: bench/search.sh            (needs hyperfine; Python MLflow from scripts/test.sh)
#        MLF=path/to/mlf PY=path/to/python bench/search.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PY:-${MLF_TEST_PYTHON:-$HOME/.cache/mlf/mlflow-3.18.0/bin/python}}"
[ -x "$py" ] || { echo "no Python MLflow at $py: run scripts/test.sh once, or set PY" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 1; }
if [ -z "${MLF:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    MLF="$root/target/release/mlf"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
unset MLFLOW_TRACKING_URI
export PYTHONWARNINGS=ignore

echo "building the corpus (10,000 runs) in $work/mlflow.db" >&2
"$MLF" experiments create -n bench -q >/dev/null
"$py" - <<'PY'
import random, sqlite3, uuid
rnd = random.Random(1)
con = sqlite3.connect("mlflow.db")
cur = con.cursor()
base = 1700000000000
runs, params, tags, metrics, latest = [], [], [], [], []
for i in range(10000):
    rid = uuid.uuid4().hex
    start = base + i * 1000
    runs.append((rid, f"run-{i}", "UNKNOWN", "", "", "bench", "FINISHED", start, start + 500, "", "active",
                 f"/tmp/mlruns/1/{rid}/artifacts", 1))
    params += [(f"p{k}", f"v{rnd.randrange(10)}", rid) for k in range(20)]
    tags += [(f"t{k}", f"tag value {rnd.randrange(5)}", rid) for k in range(4)] + [("mlflow.runName", f"run-{i}", rid)]
    for k in range(10):
        last = None
        for step in range(100):
            v = rnd.random()
            metrics.append((f"m{k}", v, start + step, rid, step, 0))
            last = (f"m{k}", v, start + step, step, 0, rid)
        latest.append(last)
    if len(metrics) >= 1_000_000:
        cur.executemany("INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES (?,?,?,?,?,?)", metrics)
        metrics.clear()
cur.executemany("INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id, status, start_time, end_time, source_version, lifecycle_stage, artifact_uri, experiment_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", runs)
cur.executemany("INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES (?,?,?,?,?,?)", metrics)
cur.executemany("INSERT INTO latest_metrics (key, value, timestamp, step, is_nan, run_uuid) VALUES (?,?,?,?,?,?)", latest)
cur.executemany("INSERT INTO params (key, value, run_uuid) VALUES (?,?,?)", params)
cur.executemany("INSERT INTO tags (key, value, run_uuid) VALUES (?,?,?)", tags)
con.commit()
PY

filter="metrics.m0 < 0.5 and params.p0 = 'v3'"
order="metrics.m1 DESC"
n_mlf=$("$MLF" runs search --experiment-name bench --filter "$filter" --order-by "$order" --max-results 100 -o json | "$py" -c 'import json,sys; print(len(json.load(sys.stdin)["runs"]))')
cat > query.py <<PY
import sys, time
from mlflow import MlflowClient
c = MlflowClient()
def q():
    return c.search_runs(["1"], "$filter", max_results=100, order_by=["$order"])
runs = q()
if len(sys.argv) > 1:
    n = int(sys.argv[1]); t = time.perf_counter()
    for _ in range(n):
        q()
    print((time.perf_counter() - t) / n * 1000)
else:
    print(len(runs))
PY
n_py=$("$py" query.py | tail -1)
[ "$n_mlf" = "$n_py" ] || { echo "mlf found $n_mlf runs, Python $n_py" >&2; exit 1; }

hyperfine --warmup 2 --runs 20 --export-json mlf.json -N \
    "$MLF runs search --experiment-name bench --filter \"$filter\" --order-by \"$order\" --max-results 100 -o json" >&2
hyperfine --warmup 1 --runs 5 --export-json py.json "$py query.py" >&2
py_query_ms=$("$py" query.py 10 | tail -1)
mean() { "$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean']*1000)" "$1"; }
mlf_ms=$(mean mlf.json)
py_ms=$(mean py.json)
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>rss.txt; tail -1 rss.txt; }
mlf_rss=$(rss "$MLF" runs search --experiment-name bench --filter "$filter" --order-by "$order" --max-results 100 -o json)
"$py" - "$mlf_ms" "$py_ms" "$py_query_ms" "$n_mlf" "$mlf_rss" <<'PY'
import sys
mlf, py, pyq, n, rss = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
print(f"runs search over 10,000 runs (filter on a metric and a param, ordered by a metric, {n} results)\n")
print("| measurement | mlf | Python MLflow 3.18 | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print(f"| whole process | {mlf:.1f} ms | {py:.0f} ms | {py/mlf:.0f}x | >= 20x |")
print(f"| query alone (Python warm, in-process) | {mlf:.1f} ms (whole process) | {pyq:.1f} ms | {pyq/mlf:.1f}x | >= 3x |")
print(f"\nmlf peak memory: {rss/1024:.1f} MB")
PY
