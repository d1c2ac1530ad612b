#!/usr/bin/env bash
# Runs mlf's whole test suite on a fresh machine: installs Python MLflow into cached
# virtualenvs (3.18.0 for the interop tests, 3.17.2 for the old-database test, 2.22.4 for
# legacy `mlruns/` stores, 3.18.0 with cloud clients), the object store servers (moto, a GCS
# emulator, azurite from npm), then runs
# `cargo test`. Extra arguments go to `cargo test` (e.g. `scripts/test.sh interop`).
#
# Cache: $MLF_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/mlf. A venv is reused only if its
# install finished (marker file `.mlf-ok`).
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${MLF_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mlf}"
mkdir -p "$cache"

# make_venv NAME PIP-ARGS... [-- PIP-ARGS...]: creates $cache/NAME and runs one `pip install`
# per group of arguments.
make_venv() {
    local dir="$cache/$1"
    shift
    if [ -f "$dir/.mlf-ok" ]; then
        return
    fi
    echo "Installing Python MLflow into $dir (once)" >&2
    rm -rf "$dir"
    python3 -m venv "$dir"
    "$dir/bin/pip" install --quiet --disable-pip-version-check --upgrade pip >&2
    local args=()
    for a in "$@" --; do
        if [ "$a" = "--" ]; then
            "$dir/bin/pip" install --quiet --disable-pip-version-check "${args[@]}" >&2
            args=()
        else
            args+=("$a")
        fi
    done
    touch "$dir/.mlf-ok"
}

# The registry has no mlflow-skinny 3.18.0: install 3.17.2 for the dependencies, then the full
# 3.18.0 wheel (which carries the whole package) on top.
make_venv mlflow-3.18.0 mlflow==3.17.2 -- --no-deps --force-reinstall mlflow==3.18.0
make_venv mlflow-3.17.2 mlflow==3.17.2
# An MLflow 2.x release writes the legacy `mlruns/` stores users have (skinny: no server needed).
make_venv mlflow-2.22.4 mlflow-skinny==2.22.4
# FastTrackML's wheel carries its whole `fml` server; its Python dependencies are not needed.
make_venv fasttrackml --no-deps fasttrackml==0.6.0
# Object stores: MLflow 3.18 with the cloud clients it uses, moto's S3 server, a GCS emulator,
# and azurite's Blob server (npm).
make_venv mlflow-cloud mlflow==3.17.2 boto3==1.44.8 azure-storage-blob==12.31.1 azure-identity==1.27.0 google-cloud-storage==3.17.1 \
    -- --no-deps --force-reinstall mlflow==3.18.0
make_venv moto 'moto[server]==5.2.5'
make_venv gcs gcp-storage-emulator==2026.7.19
if [ ! -f "$cache/azurite/.mlf-ok" ]; then
    echo "Installing azurite into $cache/azurite (once)" >&2
    rm -rf "$cache/azurite"
    mkdir -p "$cache/azurite"
    (cd "$cache/azurite" && npm install --silent --no-audit --no-fund azurite@3.35.0 >&2)
    touch "$cache/azurite/.mlf-ok"
fi

export MLF_TEST_PYTHON="$cache/mlflow-3.18.0/bin/python"
export MLF_TEST_PYTHON_317="$cache/mlflow-3.17.2/bin/python"
export MLF_TEST_FML="$cache/fasttrackml/bin/fml"
export MLF_TEST_PYTHON_2="$cache/mlflow-2.22.4/bin/python"
export MLF_TEST_PYTHON_CLOUD="$cache/mlflow-cloud/bin/python"
export MLF_TEST_MOTO="$cache/moto/bin/python"
export MLF_TEST_GCS_EMULATOR="$cache/gcs/bin/gcp-storage-emulator"
export MLF_TEST_AZURITE="$cache/azurite/node_modules/.bin/azurite-blob"
"$MLF_TEST_PYTHON" -c 'import mlflow; assert mlflow.__version__ == "3.18.0", mlflow.__version__' 2>/dev/null
"$MLF_TEST_PYTHON_317" -c 'import mlflow; assert mlflow.__version__ == "3.17.2", mlflow.__version__' 2>/dev/null
"$MLF_TEST_PYTHON_2" -c 'import mlflow; assert mlflow.__version__ == "2.22.4", mlflow.__version__' 2>/dev/null
"$MLF_TEST_PYTHON_CLOUD" -c 'import mlflow, boto3, azure.storage.blob; assert mlflow.__version__ == "3.18.0"' 2>/dev/null

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
cargo test --all-targets "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
    exit "$status"
fi
if [ "$#" -eq 0 ]; then
    # The interop tests skip themselves when Python is missing; here it must not be.
    ran=$(grep -c '^test interop::.* ok$' "$log" || true)
    if [ "$ran" -lt 4 ] || grep -q '^skipped: ' "$log"; then
        echo "error: the interop tests against Python MLflow and FastTrackML did not all run" >&2
        exit 1
    fi
fi
