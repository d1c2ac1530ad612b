#!/usr/bin/env bash
# `runs exec` benchmark (issue 15), side by side in one run on ./mlflow.db:
#   wrapping `true` as a run: `mlf runs exec -- true` vs a Python wrapper doing
#   `with mlflow.start_run(): subprocess.run(cmd)` (whole process each);
#   1 GiB of child stdout through `mlf runs exec` (with the copy kept) vs the same pipe
#   without mlf, vs `tee FILE` (the same work, a copy written to disk, without mlf) and
#   `runs exec --no-capture`; and mlf's peak memory.
# Usage: bench/exec.sh   (needs hyperfine, GNU time; Python MLflow from scripts/test.sh)
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
export PYTHONWARNINGS=ignore GIT_PYTHON_REFRESH=quiet
cat > wrap.py <<'PY'
import subprocess, sys
import mlflow
mlflow.set_tracking_uri("sqlite:///mlflow.db")
with mlflow.start_run():
    subprocess.run(sys.argv[1:], check=False)
PY
# Create the database (and MLflow's schema) once, outside the timings.
"$MLF" runs exec -q -- true
"$py" wrap.py true
hyperfine -N --warmup 2 --runs 15 --export-json wrap.json \
    "$MLF runs exec -q -- true" \
    "$py wrap.py true" >&2
gib=$((1024 * 1024 * 1024))
# 1 GiB through a pipe, bare and through mlf (which passes it on and keeps a copy).
# The copy is written to disk, so the disk's write rate bounds it: `tee FILE` shows that bound.
hyperfine --warmup 1 --runs 5 --export-json flood.json \
    --prepare 'sync; rm -f copy.txt' \
    "head -c $gib /dev/zero | cat > /dev/null" \
    "$MLF runs exec -q -- head -c $gib /dev/zero | cat > /dev/null" \
    "head -c $gib /dev/zero | tee copy.txt | cat > /dev/null" \
    "$MLF runs exec -q --no-capture -- head -c $gib /dev/zero | cat > /dev/null" \
    "head -c $gib /dev/zero > copy.txt" \
    "dd if=/dev/zero of=copy.txt bs=4M count=256 oflag=direct status=none" >&2
/usr/bin/time -f %M -o peak.txt sh -c "$MLF runs exec -q -- head -c $gib /dev/zero > /dev/null"
peak=$(tail -1 peak.txt)
"$py" - "$peak" <<'PY'
import json, sys
peak = int(sys.argv[1]) / 1024
w = [r["mean"] for r in json.load(open("wrap.json"))["results"]]
f = [r["mean"] for r in json.load(open("flood.json"))["results"]]
print("`runs exec` on ./mlflow.db (whole process, mean)\n")
print("| measurement | mlf | other | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print(f"| wrap `true` as a run vs Python `with mlflow.start_run(): subprocess.run(...)` | {w[0]*1000:.1f} ms | {w[1]*1000:.0f} ms | {w[1]/w[0]:.0f}x faster | >= 100x |")
gib = 1024 ** 3
print(f"| 1 GiB of child stdout through a pipe, copy kept, vs the bare pipe | {gib/f[1]/1e6:.0f} MB/s | {gib/f[0]/1e6:.0f} MB/s | {f[0]/f[1]*100:.0f}% of the bare rate | >= 80% |")
print(f"| the same, vs `tee FILE` (a copy on disk, no mlf) | {gib/f[1]/1e6:.0f} MB/s | {gib/f[2]/1e6:.0f} MB/s | {f[2]/f[1]*100:.0f}% of tee's rate | |")
print(f"| the same, vs only writing the copy (`head > FILE`, no pipe, no mlf) | {gib/f[1]/1e6:.0f} MB/s | {gib/f[4]/1e6:.0f} MB/s | {f[4]/f[1]*100:.0f}% of that rate | |")
print(f"| the disk's own ceiling: `dd oflag=direct` of 1 GiB, vs the bare pipe | | {gib/f[5]/1e6:.0f} MB/s | {f[0]/f[5]*100:.0f}% of the bare rate | |")
print(f"| `--no-capture`, vs the bare pipe | {gib/f[3]/1e6:.0f} MB/s | {gib/f[0]/1e6:.0f} MB/s | {f[0]/f[3]*100:.0f}% of the bare rate | |")
print(f"\nmlf peak memory while passing on 1 GiB: {peak:.1f} MB (target <= 30 MB)")
PY
