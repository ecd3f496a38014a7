#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/Makefile) and runs each for a while:
#   tests/fuzz/run.sh [--seconds N] [--parallel P] [target...]  (default: 30 s, every target,
#                                                                 2 targets at a time)
# Each target first replays its committed crash inputs (tests/fuzz/crashes/<name>/, the
# regression inputs of bugs fuzzing found) and its seed corpus (tests/fuzz/corpus/<name>/),
# then fuzzes from a working copy of the corpus under .tmp/fuzz/ (the committed seeds stay
# as they are). A crash, leak, sanitizer report or timeout fails the target; its input and
# the log are kept in .tmp/fuzz/run.XXXXXX/ (one directory per run: runs may overlap). One line per target, then "fuzz: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
HERE=$PWD
ROOT=$(cd ../.. && pwd)
SECONDS_PER=30
PARALLEL=2
targets=()
while [ $# -gt 0 ]; do
    case $1 in
        --seconds) SECONDS_PER=$2; shift 2 ;;
        --seconds=*) SECONDS_PER=${1#*=}; shift ;;
        --parallel) PARALLEL=$2; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) targets+=("${1#fuzz_}"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    for f in fuzz_*.c; do t=${f#fuzz_}; targets+=("${t%.c}"); done
fi
mkdir -p "$ROOT/.tmp"
if ! make -s -j2 >"$ROOT/.tmp/fuzz-build.log" 2>&1; then
    cat "$ROOT/.tmp/fuzz-build.log"
    echo "fuzz: 0 passed, ${#targets[@]} failed (build)"
    exit 1
fi
WORK="$ROOT/.tmp/fuzz"
# the sanitizers' verdicts: any report is a failure (halt), leaks included
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# One target: replay, then fuzz; prints its line and exits 0 (clean) or 1.
run_one() {
    local t=$1 bin="$HERE/build/fuzz_$1" log="$RUN/fuzz_$1.log"
    [ -x "$bin" ] || { echo "fuzz_$t: no such target"; return 1; }
    mkdir -p "$WORK/corpus/$t" "$RUN/artifacts/$t"
    cp -n "$HERE/corpus/$t"/* "$WORK/corpus/$t/" 2>/dev/null || true
    # replay: the seeds and the committed crash inputs, each must run clean
    local replay=("$HERE/corpus/$t"/*)
    [ -d "$HERE/crashes/$t" ] && replay+=("$HERE/crashes/$t"/*)
    local start rc took runs cov
    start=$(date +%s)
    if ! "$bin" -runs=0 "${replay[@]}" >"$log.replay" 2>&1; then
        echo "fuzz_$t: a committed input fails (see $log.replay)"
        grep -a -E 'ERROR|runtime error|property failed' "$log.replay" | head -5
        return 1
    fi
    # FUZZ_SEED (the test command sets 1): the same inputs in the same order on every run, so
    # the default suite does not pass or fail by chance; unset, libFuzzer draws a seed
    "$bin" ${FUZZ_SEED:+-seed="$FUZZ_SEED"} -max_total_time="$SECONDS_PER" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$RUN/artifacts/$t/" "$WORK/corpus/$t" >"$log" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -a -o 'cov: [0-9]*' "$log" | tail -1)
    if [ $rc -eq 0 ]; then
        printf 'fuzz_%-16s ok   %4d s, %9d runs, %s\n' "$t" "$took" "${runs:-0}" "$cov"
        return 0
    fi
    printf 'fuzz_%-16s FAIL %4d s, %9d runs (log %s)\n' "$t" "$took" "${runs:-0}" "$log"
    grep -a -E '^(==[0-9]+==ERROR|SUMMARY)|runtime error|property failed|Test unit written' "$log" | head -6
    return 1
}

mkdir -p "$WORK"
RUN=$(mktemp -d "$WORK/run.XXXXXX")
running=0
for t in "${targets[@]}"; do
    if [ "$running" -ge "$PARALLEL" ]; then
        wait -n
        running=$((running - 1))
    fi
    ( if run_one "$t" >"$RUN/result.$t" 2>&1; then echo ok >>"$RUN/result.$t.status"; fi ) &
    running=$((running + 1))
done
wait
passed=0
failed=0
for t in "${targets[@]}"; do
    cat "$RUN/result.$t"
    if [ -f "$RUN/result.$t.status" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
