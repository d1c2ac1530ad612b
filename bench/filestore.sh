#!/usr/bin/env bash
# File store benchmark (issue 6): an `mlruns/` folder of 10,000 runs (20 params, 10 metrics x
# 100 steps, 5 tags each, as in bench/search.sh), then the same search through
# `mlf runs search` and through Python MLflow's `search_runs` on that folder, side by side,
# whole process each.
#
# The folder is written by a Python script in exactly the layout and formats MLflow's file
# store writes (PyYAML `safe_dump` meta files, `<timestamp> <value> <step>` metric lines):
# going through MLflow's own file-store API would open a file per metric point and take most
# of an hour. MLflow then reads it (its answer is checked against mlf's before timing).
# Usage: bench/filestore.sh        (needs hyperfine; Python MLflow from scripts/test.sh)
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
export MLFLOW_TRACKING_URI="file://$work/mlruns" MLFLOW_ALLOW_FILE_STORE=true PYTHONWARNINGS=ignore

echo "building the corpus (10,000 runs) in $work/mlruns" >&2
"$py" - <<'PY'
import os, random, uuid, yaml
rnd = random.Random(1)
root = os.path.join(os.getcwd(), "mlruns")
def dump(path, d):
    with open(path, "w") as f:
        yaml.safe_dump(d, f, default_flow_style=False, allow_unicode=True)
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
os.makedirs(os.path.join(root, ".trash"))
for exp_id, name in [("0", "Default"), ("123456789012345678", "bench")]:
    os.makedirs(os.path.join(root, exp_id))
    dump(os.path.join(root, exp_id, "meta.yaml"), {
        "artifact_location": f"file://{root}/{exp_id}", "creation_time": 1700000000000,
        "experiment_id": exp_id, "last_update_time": 1700000000000, "lifecycle_stage": "active",
        "name": name})
base = 1700000000000
exp = os.path.join(root, "123456789012345678")
for i in range(10000):
    rid = uuid.UUID(int=rnd.getrandbits(128), version=4).hex
    d = os.path.join(exp, rid)
    for sub in ("metrics", "params", "tags", "artifacts"):
        os.makedirs(os.path.join(d, sub))
    start = base + i * 1000
    dump(os.path.join(d, "meta.yaml"), {
        "artifact_uri": f"file://{d}/artifacts", "end_time": start + 500, "entry_point_name": "",
        "experiment_id": "123456789012345678", "lifecycle_stage": "active", "run_id": rid,
        "run_name": f"run-{i}", "source_name": "", "source_type": 4, "source_version": "",
        "start_time": start, "status": 3, "tags": [], "user_id": "bench"})
    for k in range(20):
        write(os.path.join(d, "params", f"p{k}"), f"v{rnd.randrange(10)}")
    for k in range(4):
        write(os.path.join(d, "tags", f"t{k}"), f"tag value {rnd.randrange(5)}")
    write(os.path.join(d, "tags", "mlflow.runName"), f"run-{i}")
    for k in range(10):
        write(os.path.join(d, "metrics", f"m{k}"),
              "".join(f"{start + s} {rnd.random()} {s}\n" for s in range(100)))
PY

filter="metrics.m0 < 0.5 and params.p0 = 'v3'"
order="metrics.m1 DESC"
cat > query.py <<PY
from mlflow import MlflowClient
runs = MlflowClient().search_runs(["123456789012345678"], "$filter", max_results=100, order_by=["$order"])
print(" ".join(r.info.run_id for r in runs))
PY
ids_mlf=$("$MLF" runs search --experiment-id 123456789012345678 --filter "$filter" --order-by "$order" --max-results 100 -o json \
    | "$py" -c 'import json,sys; print(" ".join(r["info"]["run_id"] for r in json.load(sys.stdin)["runs"]))')
ids_py=$("$py" query.py | tail -1)
[ "$ids_mlf" = "$ids_py" ] || { echo "mlf and Python MLflow return different runs" >&2; exit 1; }

hyperfine --warmup 2 --runs 20 --export-json mlf.json -N \
    "$MLF runs search --experiment-id 123456789012345678 --filter \"$filter\" --order-by \"$order\" --max-results 100 -o json" >&2
hyperfine --warmup 1 --runs 3 --export-json py.json "$py query.py" >&2
mean() { "$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean']*1000)" "$1"; }
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>rss.txt; tail -1 rss.txt; }
mlf_rss=$(rss "$MLF" runs search --experiment-id 123456789012345678 --filter "$filter" --order-by "$order" --max-results 100 -o json)
"$py" - "$(mean mlf.json)" "$(mean py.json)" "$(echo "$ids_mlf" | wc -w)" "$mlf_rss" <<'PY'
import sys
mlf, py, n, rss = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], int(sys.argv[4])
print(f"runs search over an `mlruns/` folder of 10,000 runs (filter on a metric and a param, ordered by a metric, {n} results)\n")
print("| measurement | mlf | Python MLflow 3.18 | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print(f"| whole process | {mlf:.0f} ms | {py/1000:.1f} s | {py/mlf:.0f}x | >= 30x |")
print(f"\nmlf peak memory: {rss/1024:.1f} MB")
PY
