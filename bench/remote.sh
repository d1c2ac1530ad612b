#!/usr/bin/env bash
# Remote benchmark (issue 4), against one local `mlflow server` (MLflow 3.18, SQLite backend)
# started by this script on 127.0.0.1, side by side in one run:
#   - ingesting 100,000 metric points into one run: `mlf metrics log --file` (whole process)
#     vs the Python client's `log_batch` in batches of 1,000 (timed in-process, import
#     excluded), and vs per-point `log_metric` (timed on 2,000 points, rate extrapolated);
#   - a `runs search` round trip: `mlf runs search` vs `curl` sending the same request.
# Usage: bench/remote.sh   (needs hyperfine and curl; Python MLflow from scripts/test.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PY:-${MLF_TEST_PYTHON:-$HOME/.cache/mlf/mlflow-3.18.0/bin/python}}"
[ -x "$py" ] || { echo "no Python MLflow at $py: run scripts/test.sh once, or set PY" >&2; exit 1; }
for tool in hyperfine curl setsid; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
done
if [ -z "${MLF:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    MLF="$root/target/release/mlf"
fi
work="$(mktemp -d)"
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cd "$work"
setsid "$(dirname "$py")/mlflow" server --host 127.0.0.1 --port "$port" --workers 1 \
    --backend-store-uri "sqlite:///$work/server.db" >server.log 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null; sleep 1; kill -KILL -- -$server 2>/dev/null; rm -rf "$work"' EXIT
export MLFLOW_TRACKING_URI="http://127.0.0.1:$port" PYTHONWARNINGS=ignore
for _ in $(seq 180); do curl -sf "$MLFLOW_TRACKING_URI/health" >/dev/null && break; sleep 1; done
exp=$("$MLF" experiments create -n bench -q)

"$py" -c '
import json
with open("points.jsonl", "w") as f:
    for k in range(10):
        for step in range(10000):
            f.write(json.dumps({"key": f"m{k}", "value": step * 0.001 + k, "step": step, "timestamp": 1700000000000 + step}) + "\n")
'
cat > ingest.py <<'PY'
import json, sys, time
from mlflow import MlflowClient
from mlflow.entities import Metric
c = MlflowClient()
mode, n = sys.argv[1], int(sys.argv[2])
points = []
with open("points.jsonl") as f:
    for line in f:
        p = json.loads(line)
        points.append(Metric(p["key"], p["value"], p["timestamp"], p["step"]))
        if len(points) == n:
            break
run = c.create_run(sys.argv[3]).info.run_id
t = time.perf_counter()
if mode == "batch":
    for i in range(0, len(points), 1000):
        c.log_batch(run, metrics=points[i:i + 1000])
else:
    for p in points:
        c.log_metric(run, p.key, p.value, p.timestamp, p.step)
print(time.perf_counter() - t)
PY
echo "mlf: 100,000 points" >&2
hyperfine --runs 3 --export-json ingest-mlf.json -N \
    --prepare "sh -c '$MLF runs create --experiment-id $exp -q > run.txt'" \
    "sh -c '$MLF metrics log --run-id \$(cat run.txt) --file points.jsonl -q'" >&2
echo "Python log_batch: 100,000 points" >&2
py_batch=$(for _ in 1 2 3; do "$py" ingest.py batch 100000 "$exp" | tail -1; done | sort -n | sed -n 2p)
echo "Python log_metric: 2,000 points" >&2
py_point=$("$py" ingest.py point 2000 "$exp" | tail -1)

run=$("$MLF" runs search --experiment-id "$exp" --max-results 1 -o json | "$py" -c 'import json,sys; print(json.load(sys.stdin)["runs"][0]["info"]["run_id"])')
body="{\"experiment_ids\": [\"$exp\"], \"max_results\": 100, \"run_view_type\": \"ACTIVE_ONLY\"}"
hyperfine --warmup 3 --runs 30 --export-json search.json -N \
    "$MLF runs search --experiment-id $exp --max-results 100 -o json" \
    "curl -s -X POST -H 'Content-Type: application/json' -d '$body' $MLFLOW_TRACKING_URI/api/2.0/mlflow/runs/search" >&2
rss=$( { /usr/bin/time -f %M "$MLF" metrics log --run-id "$run" --file points.jsonl -q >/dev/null; } 2>&1 | tail -1)

"$py" - "$py_batch" "$py_point" "$rss" <<'PY'
import json, sys
py_batch, py_point, rss = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
mlf = json.load(open("ingest-mlf.json"))["results"][0]["mean"]
s = json.load(open("search.json"))["results"]
mlf_s, curl_s = s[0]["mean"], s[1]["mean"]
per_point_100k = py_point / 2000 * 100000
print("Against a local `mlflow server` (MLflow 3.18, SQLite backend)\n")
print("| measurement | mlf | other | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print(f"| ingest 100,000 points vs Python `log_batch` (1,000 per call) | {mlf:.2f} s | {py_batch:.2f} s | {py_batch/mlf:.1f}x faster | >= 1x |")
print(f"| ingest 100,000 points vs Python per-point `log_metric` (rate of 2,000 points) | {mlf:.2f} s | {per_point_100k:.0f} s | {per_point_100k/mlf:.0f}x faster | >= 20x |")
print(f"| `runs search` round trip (100 runs) vs curl | {mlf_s*1000:.1f} ms | {curl_s*1000:.1f} ms | {mlf_s/curl_s:.2f}x curl's time | <= 1.3x |")
print(f"\nmlf peak memory while ingesting 100,000 points: {rss/1024:.1f} MB")
PY
