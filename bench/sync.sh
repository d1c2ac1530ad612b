#!/usr/bin/env bash
# Sync benchmark (issue 16), side by side in one run: copying RUNS runs (default 1,000) of
# 1,000 metric points and 10 params each from ./mlflow.db to a fresh local `mlflow server`
# (MLflow 3.18, SQLite backend, its default workers), by `mlf sync` and by a Python copier
# using MlflowClient (`search_runs`, `get_metric_history`, `log_batch` of 1,000 points,
# `set_terminated`), and by mlflow-export-import (`export-experiment` to a folder, then
# `import-experiment`), each into its own server; then a second `mlf sync` with nothing new.
# Usage: bench/sync.sh   (RUNS=N to scale; needs GNU time; Python MLflow from scripts/test.sh;
# mlflow-export-import is installed beside it, under ~/.cache/mlf/export-import, once)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PY:-${MLF_TEST_PYTHON:-$HOME/.cache/mlf/mlflow-3.18.0/bin/python}}"
[ -x "$py" ] || { echo "no Python MLflow at $py: run scripts/test.sh once, or set PY" >&2; exit 1; }
runs="${RUNS:-1000}"
if [ -z "${MLF:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    MLF="$root/target/release/mlf"
fi
work="$(mktemp -d)"
cd "$work"
servers=()
cleanup() {
    for s in "${servers[@]}"; do kill -TERM -- "-$s" 2>/dev/null || true; done
    sleep 1
    for s in "${servers[@]}"; do kill -KILL -- "-$s" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
url=""
start_server() { # NAME: starts a server, sets $url (not in a subshell: `servers` must grow here)
    local port
    port=$(free_port)
    setsid "$(dirname "$py")/mlflow" server --host 127.0.0.1 --port "$port" \
        --backend-store-uri "sqlite:///$work/$1.db" --default-artifact-root "$work/$1-artifacts" \
        >"$1.log" 2>&1 &
    servers+=($!)
    url="http://127.0.0.1:$port"
}
start_server mlf-dst
a=$url
start_server py-dst
b=$url
start_server mei-dst
c=$url
mei="${MLF_CACHE_DIR:-$HOME/.cache/mlf}/export-import"
if [ ! -x "$mei/bin/import-experiment" ]; then
    "$(dirname "$py")/pip" install --quiet --target "$mei" --no-deps \
        mlflow-export-import==1.2.0 tabulate shortuuid
fi
export PYTHONWARNINGS=ignore
unset MLFLOW_TRACKING_URI

# The source: RUNS runs in experiment `bench`, each 10 params and 2 keys x 500 steps.
"$py" -c '
with open("points.csv", "w") as f:
    for k in ("loss", "acc"):
        for step in range(500):
            f.write(f"{k},{1.0 / (step + 1)!r},{step},{1700000000000 + step}\n")
'
params=$(for i in $(seq 0 9); do printf 'p%d=%d ' "$i" "$i"; done)
for _ in $(seq "$runs"); do
    run=$("$MLF" --tracking-uri sqlite:///src.db runs create --experiment-name bench -q)
    # shellcheck disable=SC2086
    "$MLF" --tracking-uri sqlite:///src.db params log -q --run-id "$run" $params
    "$MLF" --tracking-uri sqlite:///src.db metrics log -q --run-id "$run" --file points.csv
    "$MLF" --tracking-uri sqlite:///src.db runs end -q --run-id "$run"
done
for url in "$a" "$b" "$c"; do
    for _ in $(seq 180); do (curl -sf "$url/health" >/dev/null) && break; sleep 1; done
    # Warm every worker (the first store request of each takes seconds: imports, engine,
    # schema check), as a server people use is: rounds of concurrent searches until a round
    # is quick, at most 10 rounds.
    for _ in $(seq 10); do
        t0=$(date +%s%N)
        pids=()
        for _ in $(seq 8); do
            curl -sf -X POST "$url/api/2.0/mlflow/experiments/search" -H 'Content-Type: application/json' \
                -d '{"max_results": 1}' >/dev/null &
            pids+=($!)
        done
        wait "${pids[@]}" || true
        [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 300 ] && break
    done
done

# A server keeps both cores busy for a while after it answers (its job runner and task
# consumers start in the background): wait until all are idle, so that no side is timed
# against another's start-up (at most 3 minutes).
server_ticks() {
    local t=0 p f
    for s in "${servers[@]}"; do
        for p in $(pgrep -s "$s"); do
            read -r -a f <"/proc/$p/stat" 2>/dev/null || continue
            t=$((t + f[13] + f[14]))
        done
    done
    echo "$t"
}
for _ in $(seq 90); do
    t0=$(server_ticks)
    sleep 2
    [ $(( $(server_ticks) - t0 )) -lt 20 ] && break
done

cat > copier.py <<'PY'
import sys
from mlflow import MlflowClient
from mlflow.entities import Param
src, dst = MlflowClient(sys.argv[1]), MlflowClient(sys.argv[2])
exp = src.get_experiment_by_name("bench")
dexp = dst.get_experiment_by_name("bench")
dexp_id = dexp.experiment_id if dexp else dst.create_experiment("bench")
token, copied = None, 0
while True:
    page = src.search_runs([exp.experiment_id], max_results=1000, page_token=token)
    for r in page:
        d = dst.create_run(dexp_id, start_time=r.info.start_time, tags=r.data.tags,
                           run_name=r.info.run_name)
        rid = d.info.run_id
        dst.log_batch(rid, params=[Param(k, v) for k, v in r.data.params.items()])
        points = [m for k in r.data.metrics for m in src.get_metric_history(r.info.run_id, k)]
        for i in range(0, len(points), 1000):
            dst.log_batch(rid, metrics=points[i:i + 1000])
        dst.set_terminated(rid, r.info.status, r.info.end_time)
        copied += 1
    token = page.token
    if not token:
        break
print(copied)
PY
t() { /usr/bin/time -f "%e %M" -o "$1.time" "${@:2}" >"$1.out"; }
t first "$MLF" sync --from sqlite:///src.db --to "$a" -q
t python "$py" copier.py sqlite:///src.db "$b"
t mei sh -c "MLFLOW_TRACKING_URI=sqlite:///src.db PYTHONPATH='$mei' '$py' '$mei/bin/export-experiment' \
    --experiment bench --output-dir exported && MLFLOW_TRACKING_URI='$c' PYTHONPATH='$mei' '$py' \
    '$mei/bin/import-experiment' --experiment-name bench --input-dir exported"
t second "$MLF" sync --from sqlite:///src.db --to "$a" -q
"$py" - "$runs" <<'PY'
import sys
runs = int(sys.argv[1])
read = lambda n: [float(x) for x in open(f"{n}.time").read().split()]
first, python, second, mei = read("first"), read("python"), read("second"), read("mei")
print(f"{runs:,} runs x 1,000 points + 10 params, ./mlflow.db to a local `mlflow server` (whole process)\n")
print("| measurement | mlf | other | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print(f"| first sync vs a Python copier (`log_batch` of 1,000) | {first[0]:.1f} s | {python[0]:.1f} s | {python[0]/first[0]:.1f}x faster | >= 5x |")
print(f"| first sync vs mlflow-export-import 1.2.0 (export, then import) | {first[0]:.1f} s | {mei[0]:.1f} s | {mei[0]/first[0]:.1f}x faster | |")
print(f"| second sync, nothing new, vs the first | {second[0]:.2f} s | {first[0]:.1f} s | {second[0]/first[0]*100:.1f}% of the first | <= 10% |")
print(f"\nmlf peak memory: first sync {first[1]/1024:.1f} MB, second {second[1]/1024:.1f} MB; Python copier {python[1]/1024:.0f} MB; mlflow-export-import {mei[1]/1024:.0f} MB")
PY
