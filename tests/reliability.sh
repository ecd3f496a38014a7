#!/usr/bin/env bash
# tests/reliability.sh: the test command, over and over, from fresh clones, with a CPU-heavy job
# beside it (README "Reliability of the test suite"). Stops at the first run that does not end
# with "0 failed", keeping that run's logs.
#
#   bash tests/reliability.sh [runs] [--no-hog]     (default 5 runs, a busy loop on one core)
#
# Each run: `git clone` of this checkout's HEAD into DIR/run, then `bash .ci/run` there (as
# root on Debian 12, like the test command itself). One line a run in DIR/summary.txt and on
# stdout; DIR is .tmp/reliability (RELIABILITY_DIR). Takes about 30 minutes a run on the 2-core
# machine with the busy loop.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=5
HOG=1
for a in "$@"; do
    case "$a" in
        --no-hog) HOG=0 ;;
        ''|*[!0-9]*) echo "usage: bash tests/reliability.sh [runs] [--no-hog]" >&2; exit 2 ;;
        *) RUNS=$a ;;
    esac
done
DIR=${RELIABILITY_DIR:-$ROOT/.tmp/reliability}
rm -rf "$DIR" && mkdir -p "$DIR"
REV=$(git rev-parse --short HEAD)

hog=""
cleanup() { [ -z "$hog" ] || kill "$hog" 2>/dev/null; }
trap cleanup EXIT
if [ "$HOG" = 1 ]; then
    # the other job: one core kept busy for as long as the runs take
    bash -c 'while :; do :; done' &
    hog=$!
fi

say() { echo "$*" | tee -a "$DIR/summary.txt"; }
say "reliability: $RUNS fresh-clone runs of HEAD (now $REV; each run clones HEAD when it starts), $(nproc) cores, $([ "$HOG" = 1 ] && echo "a busy loop on one core beside" || echo "nothing beside"), $(date -u +%FT%TZ)"
for i in $(seq 1 "$RUNS"); do
    rm -rf "$DIR/run"
    git clone -q "$ROOT" "$DIR/run" || { say "run $i: git clone failed"; exit 1; }
    start=$(date +%s)
    (cd "$DIR/run" && bash .ci/run) >"$DIR/out.$i.txt" 2>&1
    rc=$?
    last=$(tail -1 "$DIR/out.$i.txt")
    say "run $i ($(git -C "$DIR/run" rev-parse --short HEAD)): rc $rc in $(( $(date +%s) - start )) s: $last"
    if [ "$rc" -ne 0 ] || ! [[ "$last" =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then
        mv "$DIR/run/.tmp" "$DIR/failed-run-$i.tmp" 2>/dev/null
        say "reliability: run $i failed (logs: $DIR/out.$i.txt, $DIR/failed-run-$i.tmp)"
        exit 1
    fi
done
rm -rf "$DIR/run"
say "reliability: $RUNS of $RUNS runs passed"
