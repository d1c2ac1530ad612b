#!/usr/bin/env bash
# Core benchmark (issue 2): mlf against Python MLflow 3.18 doing the same work on the
# embedded default store (./mlflow.db), side by side in one run:
#   start-up (`--version`), `experiments search`, `runs get`/`runs describe`, and ingesting
#   100,000 metric points into one run (`mlf metrics log --file` vs `MlflowClient.log_batch`
#   in batches of 1,000, the Python side as a whole process too), plus peak memory.
# Usage: bench/core.sh   (needs hyperfine and GNU time; Python MLflow from scripts/test.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PY:-${MLF_TEST_PYTHON:-$HOME/.cache/mlf/mlflow-3.18.0/bin/python}}"
[ -x "$py" ] || { echo "no Python MLflow at $py: run scripts/test.sh once, or set PY" >&2; exit 1; }
mlflow="$(dirname "$py")/mlflow"
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
if [ -z "${MLF:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    MLF="$root/target/release/mlf"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
unset MLFLOW_TRACKING_URI
export PYTHONWARNINGS=ignore

"$MLF" experiments create -n bench -q >/dev/null
run=$("$MLF" runs create -n bench --run-name target -q)
"$MLF" params log --run-id "$run" lr=0.01 model=cnn -q
"$MLF" metrics log --run-id "$run" acc=0.9 loss=0.1 -q
"$py" -c '
import json
with open("points.jsonl", "w") as f:
    for k in range(10):
        for step in range(10000):
            f.write(json.dumps({"key": f"m{k}", "value": step * 0.001 + k, "step": step, "timestamp": 1700000000000 + step}) + "\n")
'
cat > ingest.py <<'PY'
import json
from mlflow import MlflowClient
from mlflow.entities import Metric
c = MlflowClient()
points = [Metric(p["key"], p["value"], p["timestamp"], p["step"]) for p in map(json.loads, open("points.jsonl"))]
run = open("run.txt").read().strip()
for i in range(0, len(points), 1000):
    c.log_batch(run, metrics=points[i:i + 1000])
PY

bench() { # name runs command...
    local name=$1 runs=$2
    shift 2
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$name.json" "$@" >&2
}
bench version 20 "$MLF --version" "$mlflow --version"
bench search 20 "$MLF experiments search" "$mlflow experiments search"
bench get 20 "$MLF runs get --run-id $run" "$mlflow runs describe --run-id $run"
hyperfine --runs 3 --export-json ingest.json \
    --prepare "sh -c '$MLF runs create -n bench -q > run.txt'" \
    "$MLF metrics log --run-id \$(cat run.txt) --file points.jsonl" \
    "$py ingest.py" >&2

peak() { /usr/bin/time -f %M "$@" >/dev/null 2>peak.txt || true; tail -1 peak.txt; }
"$MLF" runs create -n bench -q > run.txt
m_ingest=$(peak "$MLF" metrics log --run-id "$(cat run.txt)" --file points.jsonl)
"$MLF" runs create -n bench -q > run.txt
p_ingest=$(peak "$py" ingest.py)
m_version=$(peak "$MLF" --version)
p_version=$(peak "$mlflow" --version)
m_get=$(peak "$MLF" runs get --run-id "$run")
p_get=$(peak "$mlflow" runs describe --run-id "$run")

"$py" - "$m_version" "$p_version" "$m_get" "$p_get" "$m_ingest" "$p_ingest" <<'PY'
import json, sys
mv, pv, mg, pg, mi, pi = (int(x) / 1024 for x in sys.argv[1:])
def pair(name):
    r = json.load(open(f"{name}.json"))["results"]
    return r[0]["mean"], r[1]["mean"]
def fmt(s):
    return f"{s*1000:.1f} ms" if s < 1 else f"{s:.2f} s"
rows = [("start-up (`--version`)", "version", ">= 200x"), ("`experiments search`", "search", ""),
        ("`runs get` / `runs describe`", "get", ""), ("ingest 100,000 points (whole process)", "ingest", ">= 10x")]
print("Embedded default store (./mlflow.db), mean of repeated runs\n")
print("| task | mlf | Python MLflow 3.18 | ratio | target |")
print("| --- | --- | --- | --- | --- |")
for label, name, target in rows:
    m, p = pair(name)
    print(f"| {label} | {fmt(m)} | {fmt(p)} | {p/m:.0f}x | {target} |")
print("\n| peak memory (max RSS) | mlf | Python MLflow 3.18 | target |")
print("| --- | --- | --- | --- |")
print(f"| `--version` | {mv:.1f} MB | {pv:.0f} MB | < 30 MB |")
print(f"| `runs get` | {mg:.1f} MB | {pg:.0f} MB | < 30 MB |")
print(f"| ingest 100,000 points | {mi:.1f} MB | {pi:.0f} MB | < 30 MB |")
PY
