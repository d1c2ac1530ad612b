#!/usr/bin/env bash
# `metrics plot` benchmark (issue 17) on ./mlflow.db: one run with a 1,000,000-point history
# (a spike in the middle), drawn as SVG, as PNG and in a terminal (a 200x50 pty), whole
# process each, against reading the same history as JSON with `metrics history`, and
# Python MLflow's `get_metric_history` of it. Target: plot <= 300 ms.
# Usage: bench/plot.sh   (needs hyperfine, script from util-linux; Python MLflow from scripts/test.sh)
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
export PYTHONWARNINGS=ignore GIT_PYTHON_REFRESH=quiet NO_COLOR=1
run=$("$MLF" runs create -q)
"$py" -c '
import math
with open("points.csv", "w") as f:
    for i in range(1_000_000):
        v = 1 / (1 + i / 20000) + 0.02 * math.sin(i / 500) + (5.0 if i == 500_000 else 0.0)
        f.write(f"loss,{v!r},{i},{1700000000000 + i}\n")
'
"$MLF" metrics log -q --run-id "$run" --file points.csv --format csv
cat > history.py <<PY
from mlflow import MlflowClient
MlflowClient("sqlite:///mlflow.db").get_metric_history("$run", "loss")
PY
plot="$MLF metrics plot --run-id $run --key loss"
hyperfine -N --warmup 2 --runs 10 --export-json plot.json \
    "$plot --svg out.svg" \
    "$plot --png out.png" \
    "script -qec 'stty cols 200 rows 50; exec $plot' /dev/null" \
    "script -qec 'stty cols 200 rows 50; exec true' /dev/null" \
    "$MLF metrics history --run-id $run --key loss -o json" >&2
hyperfine -N --warmup 1 --runs 3 --export-json python.json "$py history.py" >&2
"$py" - <<'PY'
import json
r = [x["mean"] for x in json.load(open("plot.json"))["results"]]
p = json.load(open("python.json"))["results"][0]["mean"]
print("`metrics plot` of a 1,000,000-point history in ./mlflow.db (whole process, mean)\n")
print("| measurement | time | target |")
print("| --- | --- | --- |")
print(f"| `metrics plot --svg` | {r[0]*1000:.0f} ms | <= 300 ms |")
print(f"| `metrics plot --png` | {r[1]*1000:.0f} ms | <= 300 ms |")
print(f"| `metrics plot` in a 200x50 terminal (less the pty's own {r[3]*1000:.0f} ms) | {(r[2]-r[3])*1000:.0f} ms | <= 300 ms |")
print(f"| `metrics history -o json` (every point as JSON) | {r[4]*1000:.0f} ms | |")
print(f"| Python `MlflowClient().get_metric_history` (reading only) | {p*1000:.0f} ms | |")
PY
