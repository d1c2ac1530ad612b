#!/usr/bin/env bash
# SQLite under a long ingest (issue 11): a 10,000,000-point `mlf metrics log --file` into
# ./mlflow.db, with `mlf runs search` and `mlf metrics log` (one point) started beside it in a
# loop, one every half second. Reports how long the ingest took and held the database, and
# for the processes beside it how many ran, how many failed (must be 0) and their slowest
# time (they wait for the ingest's transaction instead of failing).
# Usage: bench/locking.sh [POINTS]   (needs GNU time)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
points="${1:-10000000}"
if [ -z "${MLF:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    MLF="$root/target/release/mlf"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
unset MLFLOW_TRACKING_URI

run=$("$MLF" runs create --experiment-name locking -q)
side=$("$MLF" runs create --experiment-name locking -q)
# key,value,step,timestamp without a header row; 10 keys.
awk -v n="$points" 'BEGIN { for (i = 0; i < n; i++) printf "m%d,%d.5,%d,%d\n", i % 10, i, i, 1700000000000 + i }' > points.csv
ls -l points.csv >&2

start=$(date +%s.%N)
/usr/bin/time -f "%e s, peak %M kB" -o ingest.time "$MLF" metrics log --run-id "$run" --file points.csv -q &
ingest=$!
n=0 fails=0 slowest=0
while kill -0 "$ingest" 2>/dev/null; do
    for cmd in search log; do
        t0=$(date +%s.%N)
        if [ "$cmd" = search ]; then
            "$MLF" runs search --experiment-name locking -q > /dev/null 2> side.err || fails=$((fails + 1))
        else
            "$MLF" metrics log --run-id "$side" "beside=$n" --step "$n" -q 2> side.err || fails=$((fails + 1))
        fi
        t1=$(date +%s.%N)
        n=$((n + 1))
        slowest=$(echo "$t1 $t0 $slowest" | awk '{ d = $1 - $2; print (d > $3) ? d : $3 }')
        [ -s side.err ] && cat side.err >&2
    done
    sleep 0.5
done
wait "$ingest"
end=$(date +%s.%N)
stored=$(python3 -c "import sqlite3; c = sqlite3.connect('mlflow.db'); print(c.execute('select count(*) from metrics where run_uuid = ?', ('$run',)).fetchone()[0])")
beside=$(python3 -c "import sqlite3; c = sqlite3.connect('mlflow.db'); print(c.execute('select count(*) from metrics where run_uuid = ?', ('$side',)).fetchone()[0])")
echo "| points | ingest | stored | commands beside it | failed | slowest beside | points logged beside |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
printf "| %s | %s | %s | %s | %s | %.2f s | %s |\n" "$points" "$(cat ingest.time)" "$stored" "$n" "$fails" "$slowest" "$beside"
