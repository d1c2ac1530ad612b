#!/usr/bin/env bash
# Artifacts benchmark (issue 5), against one local `mlflow server --serve-artifacts` started on
# 127.0.0.1 by this script, side by side in one run: uploading and downloading one 1 GiB file
# and 1,000 small files with mlf, with `mlflow artifacts log-artifact(s)` / `download`, and
# with curl for the single file (a PUT and a GET to the same proxy URL); peak memory of mlf.
# Usage: bench/artifacts.sh   (needs hyperfine, curl, GNU time; Python MLflow from scripts/test.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PY:-${MLF_TEST_PYTHON:-$HOME/.cache/mlf/mlflow-3.18.0/bin/python}}"
[ -x "$py" ] || { echo "no Python MLflow at $py: run scripts/test.sh once, or set PY" >&2; exit 1; }
mlflow="$(dirname "$py")/mlflow"
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
# The server runs with its default of 4 worker processes, as users run it (SERVER_WORKERS to change).
setsid "$mlflow" server --host 127.0.0.1 --port "$port" --workers "${SERVER_WORKERS:-4}" \
    --backend-store-uri "sqlite:///$work/server.db" --artifacts-destination "$work/store" >server.log 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null; sleep 1; kill -KILL -- -$server 2>/dev/null; rm -rf "$work"' EXIT
export MLFLOW_TRACKING_URI="http://127.0.0.1:$port" PYTHONWARNINGS=ignore
for _ in $(seq 180); do curl -sf "$MLFLOW_TRACKING_URI/health" >/dev/null && break; sleep 1; done
exp=$("$MLF" experiments create -n bench -q)
run=$("$MLF" runs create --experiment-id "$exp" -q)
head -c $((1024 * 1024 * 1024)) /dev/urandom > big.bin
mkdir small
for i in $(seq 1000); do head -c 4096 /dev/urandom > "small/f$i.bin"; done
url="$MLFLOW_TRACKING_URI/api/2.0/mlflow-artifacts/artifacts/$exp/$run/artifacts"

h() { hyperfine -N --export-json "$1.json" "${@:2}" >&2; }
# The 1 GiB transfers are timed in interleaved rounds (mlf, CLI, curl, mlf, CLI, curl, …) and
# reported as medians: this machine's disk has bursts of slowness lasting seconds, which with
# one command's runs back to back would land on whichever command runs then. `sync` before
# every run, so that no command pays for flushing another's writes.
rounds="${ROUNDS:-5}"
interleave() { # NAME PREPARE CMD...: appends "<index> <seconds>" lines to NAME.times
    local name=$1 prepare=$2 i r s e
    shift 2
    : > "$name.times"
    for r in $(seq 0 "$rounds"); do
        i=0
        for c in "$@"; do
            sh -c "$prepare"; sync
            s=$(date +%s.%N); sh -c "$c" >/dev/null; e=$(date +%s.%N)
            # Round 0 warms up and is not counted.
            [ "$r" -gt 0 ] && echo "$i $(echo "$e - $s" | bc)" >> "$name.times"
            i=$((i + 1))
        done
    done
}
sync
interleave up1 true \
    "$MLF artifacts log --run-id $run big.bin --artifact-path big -q" \
    "$mlflow artifacts log-artifact --run-id $run --local-file big.bin --artifact-path big" \
    "curl -s -f -T big.bin $url/big/big.bin"
interleave down1 "rm -rf d1 d2 d3" \
    "$MLF artifacts download --run-id $run --artifact-path big/big.bin --dst-path d1 -q" \
    "$mlflow artifacts download --run-id $run --artifact-path big/big.bin --dst-path d2" \
    "curl -s -f -o d3 $url/big/big.bin"
h upn --runs 3 \
    "$MLF artifacts log --run-id $run small --artifact-path small -q" \
    "$mlflow artifacts log-artifacts --run-id $run --local-dir small --artifact-path small"
h downn --runs 3 --prepare "rm -rf d4 d5" \
    "$MLF artifacts download --run-id $run --artifact-path small --dst-path d4 -q" \
    "$mlflow artifacts download --run-id $run --artifact-path small --dst-path d5"
peak() { /usr/bin/time -f %M "$@" >/dev/null 2>peak.txt; tail -1 peak.txt; }
rm -rf d1
p_up=$(peak "$MLF" artifacts log --run-id "$run" big.bin --artifact-path big2 -q)
p_down=$(peak "$MLF" artifacts download --run-id "$run" --artifact-path big/big.bin --dst-path d1 -q)
cmp big.bin d1/big/big.bin
p_upn=$(peak "$MLF" artifacts log --run-id "$run" small --artifact-path small2 -q)

"$py" - "$p_up" "$p_down" "$p_upn" <<'PY'
import json, sys
up, down, upn = (int(x) / 1024 for x in sys.argv[1:])
import statistics
def means(name):
    return [r["mean"] for r in json.load(open(f"{name}.json"))["results"]]
def medians(name):
    times = {}
    for line in open(f"{name}.times"):
        i, t = line.split()
        times.setdefault(int(i), []).append(float(t))
    return [statistics.median(times[i]) for i in sorted(times)]
u1, d1, un, dn = medians("up1"), medians("down1"), means("upn"), means("downn")
print("Against a local `mlflow server` serving artifacts (MLflow 3.18); 1 GiB: median of interleaved rounds, 1,000 files: mean\n")
print("| transfer | mlf | `mlflow artifacts` CLI | curl | mlf vs CLI | mlf vs curl | target |")
print("| --- | --- | --- | --- | --- | --- | --- |")
print(f"| upload 1 GiB file | {u1[0]:.2f} s | {u1[1]:.2f} s | {u1[2]:.2f} s | {u1[1]/u1[0]:.1f}x faster | {u1[0]/u1[2]:.2f}x curl's time | <= 1.2x curl |")
print(f"| download 1 GiB file | {d1[0]:.2f} s | {d1[1]:.2f} s | {d1[2]:.2f} s | {d1[1]/d1[0]:.1f}x faster | {d1[0]/d1[2]:.2f}x curl's time | <= 1.2x curl |")
print(f"| upload 1,000 files of 4 KiB | {un[0]:.2f} s | {un[1]:.2f} s | | {un[1]/un[0]:.1f}x faster | | >= 3x CLI |")
print(f"| download 1,000 files of 4 KiB | {dn[0]:.2f} s | {dn[1]:.2f} s | | {dn[1]/dn[0]:.1f}x faster | | >= 3x CLI |")
print(f"\nmlf peak memory: upload 1 GiB {up:.1f} MB, download 1 GiB {down:.1f} MB, upload 1,000 files {upn:.1f} MB (target < 50 MB)")
PY
