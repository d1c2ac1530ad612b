#!/usr/bin/env bash
# Logged-model search benchmark (issue 14): 10,000 logged models (5 params, 3 tags, 3 metrics
# x 10 steps on two datasets each) in one SQLite database with MLflow's schema, then the same
# search through `mlf models search` and through Python MLflow, side by side:
#   - whole process: `mlf models search …` vs `python -c "mlflow.search_logged_models(…)"`
#   - the query alone: mlf's whole process vs `search_logged_models` timed inside one Python
# Usage: bench/models.sh            (needs hyperfine; Python MLflow from scripts/test.sh)
#        MLF=path/to/mlf PY=path/to/python bench/models.sh
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

echo "building the corpus (10,000 logged models) in $work/mlflow.db" >&2
exp=$("$MLF" experiments create -n bench -q)
run=$("$MLF" runs create --experiment-id "$exp" -q)
"$py" - "$exp" "$run" <<'PY'
import random, sqlite3, sys, uuid
exp, run = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(1)
con = sqlite3.connect("mlflow.db")
cur = con.cursor()
base = 1700000000000
models, params, tags, metrics = [], [], [], []
for i in range(10000):
    mid = "m-" + uuid.uuid4().hex
    t = base + i * 10
    models.append((mid, exp, f"model-{i}", f"/tmp/mlruns/{exp}/models/{mid}/artifacts", t, t + 5,
                   [1, 2, 2, 3][i % 4], "active", ["rf", "cnn", "xgb"][i % 3], run, None))
    params += [(mid, exp, "model_type", ["rf", "RandomForest", "cnn"][rnd.randrange(3)])]
    params += [(mid, exp, f"p{k}", f"v{rnd.randrange(10)}") for k in range(4)]
    tags += [(mid, exp, f"t{k}", f"tag value {rnd.randrange(5)}") for k in range(3)]
    for key in ["acc", "f1", "loss"]:
        for j, (ds, digest) in enumerate([("train", "d1"), ("eval", "d2")]):
            for step in range(5):
                metrics.append((mid, key, t + 5 * j + step, step, rnd.random(), exp, run, None, ds, digest))
cur.executemany("INSERT INTO logged_models (model_id, experiment_id, name, artifact_location, creation_timestamp_ms, last_updated_timestamp_ms, status, lifecycle_stage, model_type, source_run_id, status_message) VALUES (?,?,?,?,?,?,?,?,?,?,?)", models)
cur.executemany("INSERT INTO logged_model_params (model_id, experiment_id, param_key, param_value) VALUES (?,?,?,?)", params)
cur.executemany("INSERT INTO logged_model_tags (model_id, experiment_id, tag_key, tag_value) VALUES (?,?,?,?)", tags)
cur.executemany("INSERT INTO logged_model_metrics (model_id, metric_name, metric_timestamp_ms, metric_step, metric_value, experiment_id, run_id, dataset_uuid, dataset_name, dataset_digest) VALUES (?,?,?,?,?,?,?,?,?,?)", metrics)
con.commit()
PY

filter="metrics.acc > 0.5 AND params.model_type = 'rf'"
order="metrics.f1 DESC"
mlf_cmd=("$MLF" models search "$exp" --filter "$filter" --order-by "$order" --max-results 100 -o json)
"${mlf_cmd[@]}" | "$py" -c 'import json,sys; print("\n".join(m["info"]["model_id"] for m in json.load(sys.stdin)["models"]))' > mlf.ids
cat > query.py <<PY
import sys, time
import mlflow
mlflow.set_tracking_uri("sqlite:///mlflow.db")
def q():
    return mlflow.search_logged_models(experiment_ids=["$exp"], filter_string="$filter", max_results=100,
                                       order_by=[{"field_name": "metrics.f1", "ascending": False}], output_format="list")
models = q()
if len(sys.argv) > 1:
    n = int(sys.argv[1]); t = time.perf_counter()
    for _ in range(n):
        q()
    print((time.perf_counter() - t) / n * 1000)
else:
    print("\n".join(m.model_id for m in models))
PY
"$py" query.py > py.ids
cmp -s mlf.ids py.ids || { echo "mlf and Python found different models" >&2; diff mlf.ids py.ids | head >&2; exit 1; }
n=$(wc -l < mlf.ids)

hyperfine --warmup 2 --runs 20 --export-json mlf.json -N \
    "$MLF models search $exp --filter \"$filter\" --order-by \"$order\" --max-results 100 -o json" >&2
hyperfine --warmup 1 --runs 5 --export-json py.json "$py query.py" >&2
py_query_ms=$("$py" query.py 10 | tail -1)
mean() { "$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean']*1000)" "$1"; }
mlf_ms=$(mean mlf.json)
py_ms=$(mean py.json)
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>rss.txt; tail -1 rss.txt; }
mlf_rss=$(rss "${mlf_cmd[@]}")
"$py" - "$mlf_ms" "$py_ms" "$py_query_ms" "$n" "$mlf_rss" <<'PY'
import sys
mlf, py, pyq, n, rss = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
print(f"models search over 10,000 logged models, 300,000 metric points (filter on a metric and a param,")
print(f"ordered by a metric, {n} results, identical to Python's)\n")
print("| measurement | mlf | Python MLflow 3.18 | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print(f"| whole process | {mlf:.1f} ms | {py:.0f} ms | {py/mlf:.0f}x | >= 20x |")
print(f"| query alone (Python warm, in-process) | {mlf:.1f} ms (whole process) | {pyq:.1f} ms | {pyq/mlf:.1f}x | - |")
print(f"\nmlf peak memory: {rss/1024:.1f} MB")
PY
