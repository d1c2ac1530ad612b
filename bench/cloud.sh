#!/usr/bin/env bash
# Object store benchmark (issue 13), against one local S3 server started on 127.0.0.1 by this
# script (`s3s-fs`, a compiled S3 server from crates.io: moto is too slow to measure clients
# against), side by side in one run: uploading and downloading one 1 GiB file and 1,000 files
# of 4 KiB with mlf, with boto3's transfer manager (upload_file/download_file, its defaults:
# 8 MiB parts, 10 threads), and with Python MLflow's log_artifact(s)/download_artifacts; peak
# memory of mlf.
# Usage: bench/cloud.sh   (needs hyperfine, GNU time, bc; `cargo install s3s-fs@0.14.1 --features
#        binary --root ~/.cache/mlf/s3s`, or S3S=path;
#        Python MLflow with boto3 from scripts/test.sh: ~/.cache/mlf/mlflow-cloud)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PY:-${MLF_TEST_PYTHON_CLOUD:-$HOME/.cache/mlf/mlflow-cloud/bin/python}}"
[ -x "$py" ] || { echo "no Python MLflow with boto3 at $py: run scripts/test.sh once, or set PY" >&2; exit 1; }
s3s="${S3S:-$(command -v s3s-fs || echo "$HOME/.cache/mlf/s3s/bin/s3s-fs")}"
[ -x "$s3s" ] || { echo "no s3s-fs: cargo install s3s-fs --root ~/.cache/mlf/s3s, or set S3S" >&2; exit 1; }
for tool in hyperfine bc setsid; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
done
if [ -z "${MLF:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    MLF="$root/target/release/mlf"
fi
work="$(mktemp -d)"
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cd "$work"
mkdir -p s3root/bench
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench-secret-key AWS_DEFAULT_REGION=us-east-1
setsid "$s3s" --host 127.0.0.1 --port "$port" --access-key "$AWS_ACCESS_KEY_ID" \
    --secret-key "$AWS_SECRET_ACCESS_KEY" s3root >s3s.log 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null; sleep 1; kill -KILL -- -$server 2>/dev/null; rm -rf "$work"; true' EXIT
export MLFLOW_S3_ENDPOINT_URL="http://127.0.0.1:$port" PYTHONWARNINGS=ignore
export MLFLOW_TRACKING_URI="sqlite:///$work/mlflow.db"
for _ in $(seq 60); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
"$MLF" experiments create -n bench --artifact-location s3://bench/exp -q >/dev/null
run=$("$MLF" runs create -n bench -q)
prefix="exp/$run/artifacts"
head -c $((1024 * 1024 * 1024)) /dev/urandom > big.bin
mkdir small
for i in $(seq 1000); do head -c 4096 /dev/urandom > "small/f$i.bin"; done

cat > boto.py <<'PY'
import os, sys, boto3
s3 = boto3.client("s3", endpoint_url=os.environ["MLFLOW_S3_ENDPOINT_URL"])
op, key, path = sys.argv[1:]
if op == "up":
    s3.upload_file(path, "bench", key)
else:
    s3.download_file("bench", key, path)
PY
cat > pymlflow.py <<'PY'
import sys, mlflow
op, run, arg, dst = sys.argv[1:]
client = mlflow.MlflowClient()
if op == "up-file":
    client.log_artifact(run, arg, dst)
elif op == "up-dir":
    client.log_artifacts(run, arg, dst)
else:
    mlflow.artifacts.download_artifacts(run_id=run, artifact_path=arg, dst_path=dst)
PY

h() { hyperfine -N --export-json "$1.json" "${@:2}" >&2; }
# 1 GiB: interleaved rounds (mlf, boto3, Python MLflow, …), medians, `sync` before each run,
# as bench/artifacts.sh does (this machine's disk has bursts of slowness).
rounds="${ROUNDS:-3}"
interleave() { # NAME PREPARE CMD...
    local name=$1 prepare=$2 i r s e
    shift 2
    : > "$name.times"
    for r in $(seq 0 "$rounds"); do
        i=0
        for c in "$@"; do
            sh -c "$prepare"; sync
            s=$(date +%s.%N); sh -c "$c" >/dev/null; e=$(date +%s.%N)
            [ "$r" -gt 0 ] && echo "$i $(echo "$e - $s" | bc)" >> "$name.times"
            i=$((i + 1))
        done
    done
}
sync
interleave up1 true \
    "$MLF artifacts log --run-id $run big.bin --artifact-path big -q" \
    "$py boto.py up $prefix/boto/big.bin big.bin" \
    "$py pymlflow.py up-file $run big.bin pybig"
interleave down1 "rm -rf d1 d2 d3" \
    "$MLF artifacts download --run-id $run --artifact-path big/big.bin --dst-path d1 -q" \
    "$py boto.py down $prefix/big/big.bin d2" \
    "$py pymlflow.py down $run big/big.bin d3"
h upn --runs 3 \
    "$MLF artifacts log --run-id $run small --artifact-path small -q" \
    "$py pymlflow.py up-dir $run small pysmall"
h downn --runs 3 --prepare "rm -rf d4 d5" \
    "$MLF artifacts download --run-id $run --artifact-path small --dst-path d4 -q" \
    "$py pymlflow.py down $run small d5"
peak() { /usr/bin/time -f %M "$@" >/dev/null 2>peak.txt; tail -1 peak.txt; }
rm -rf d1
p_up=$(peak "$MLF" artifacts log --run-id "$run" big.bin --artifact-path big2 -q)
p_down=$(peak "$MLF" artifacts download --run-id "$run" --artifact-path big/big.bin --dst-path d1 -q)
cmp big.bin d1/big/big.bin
p_upn=$(peak "$MLF" artifacts log --run-id "$run" small --artifact-path small2 -q)

"$py" - "$p_up" "$p_down" "$p_upn" <<'PY'
import json, statistics, sys
up, down, upn = (int(x) / 1024 for x in sys.argv[1:])
def means(name):
    return [r["mean"] for r in json.load(open(f"{name}.json"))["results"]]
def medians(name):
    times = {}
    for line in open(f"{name}.times"):
        i, t = line.split()
        times.setdefault(int(i), []).append(float(t))
    return [statistics.median(times[i]) for i in sorted(times)]
u1, d1, un, dn = medians("up1"), medians("down1"), means("upn"), means("downn")
print("Against a local S3 server (s3s-fs); 1 GiB: median of interleaved rounds, 1,000 files: mean of 3\n")
print("| transfer | mlf | boto3 transfer manager | Python MLflow | mlf vs boto3 | mlf vs MLflow | target |")
print("| --- | --- | --- | --- | --- | --- | --- |")
print(f"| upload 1 GiB file | {u1[0]:.2f} s | {u1[1]:.2f} s | {u1[2]:.2f} s | {u1[0]/u1[1]:.2f}x boto3's time | {u1[2]/u1[0]:.1f}x faster | <= 1.2x boto3 |")
print(f"| download 1 GiB file | {d1[0]:.2f} s | {d1[1]:.2f} s | {d1[2]:.2f} s | {d1[0]/d1[1]:.2f}x boto3's time | {d1[2]/d1[0]:.1f}x faster | <= 1.2x boto3 |")
print(f"| upload 1,000 files of 4 KiB | {un[0]:.2f} s | | {un[1]:.2f} s | | {un[1]/un[0]:.1f}x faster | >= 3x MLflow |")
print(f"| download 1,000 files of 4 KiB | {dn[0]:.2f} s | | {dn[1]:.2f} s | | {dn[1]/dn[0]:.1f}x faster | >= 3x MLflow |")
print(f"\nmlf peak memory: upload 1 GiB {up:.1f} MB, download 1 GiB {down:.1f} MB, upload 1,000 files {upn:.1f} MB (target <= 50 MB)")
PY
