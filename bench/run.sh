#!/usr/bin/env bash
# bench/run.sh: taskqueue's RDS (PostgreSQL) and SQS paths side by side with the original
# design (shared/baseline/tao_rds.php, the original's SQL and worker loop in PHP), in one run
# on one durable PostgreSQL (fsync on, synchronous_commit on) that this script starts and stops.
#
#   bash bench/run.sh                 # N=20000 tasks per throughput run
#   N=2000 BASELINE=headline bash bench/run.sh
#   bash bench/run.sh --quick         # a tiny run (the test suite uses it so the script cannot rot)
#   bash bench/run.sh --scale [--quick]  # the growth series and their SVG charts (bench/scale.sh)
#
# Prints a table, writes bench/results/latest.json, and ends with one line:
#   summary: process_tps=<n> baseline_tps=<n> ratio=<x> enqueue_tps=<n> bulk_enqueue_tps=<n> pickup_p50_ms=<x>
# (process and baseline: 2 workers, receive 10). After every run it checks in SQL that every task
# is completed exactly once and every queue table is empty; a failed check fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
# the growth series (backlog, Task Log size, workers, producers) and their charts: bench/scale.sh
for a in "$@"; do [ "$a" = --scale ] && exec bash bench/scale.sh "$@"; done
N=${N:-20000}
SQS_N=${SQS_N:-5000}
LAT_SAMPLES=${LAT_SAMPLES:-200}
BASELINE=${BASELINE:-all}            # all | headline | none
CONFIGS=${CONFIGS:-"1:1 2:1 4:1 1:10 2:10 4:10"}  # workers:receive
if [ "$QUICK" = 1 ]; then
    N=300; SQS_N=200; LAT_SAMPLES=20; BASELINE=headline; CONFIGS="2:10 1:1"
fi
BASELINE_PHP="${BASELINE_PHP:-$ROOT/../shared/baseline/tao_rds.php}"
if [ "$BASELINE" != none ] && [ ! -f "$BASELINE_PHP" ]; then
    echo "bench: no baseline at $BASELINE_PHP (set BASELINE_PHP); running without it" >&2
    BASELINE=none
fi

tools/install-deps.sh
tools/build.sh >/dev/null
PHPX=(php -d extension="$ROOT/modules/taskqueue.so" ${BENCH_PHP_ARGS:-})
WORK="$ROOT/.tmp/bench"
rm -rf "$WORK" && mkdir -p "$WORK" bench/results
PGDIR="$WORK/pg"
SQSDIR="$WORK/sqs"
cleanup() {
    local rc=$?
    jobs -p | xargs -r kill -TERM 2>/dev/null || true
    wait 2>/dev/null || true
    tools/pg-cluster.sh stop "$PGDIR" >/dev/null 2>&1 || true
    tools/sqs-emulator.sh stop "$SQSDIR" >/dev/null 2>&1 || true
    exit "$rc"
}
trap cleanup EXIT

FAST=0 eval "$(FAST=0 tools/pg-cluster.sh start "$PGDIR")"
CONN=$TASKQUEUE_PERSISTENCE_DEFAULT
sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$CONN" -c "$1"; }
now() { echo "$EPOCHREALTIME"; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }

echo "bench: $(sql 'SELECT version()' | cut -d, -f1); PHP $(php -r 'echo PHP_VERSION;'); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "bench: server: $(sql "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync','synchronous_commit','full_page_writes','shared_buffers')")"

"${PHPX[@]}" -r 'require "bench/common.php";
    $log = oat\taskQueueBench\taskLog(); $log->createContainer();
    foreach (["bench", "lat"] as $q) { oat\taskQueueBench\queue($q, 1, $log)->initialize(); }'

reset_tables() { sql "TRUNCATE tq_bench, tq_lat, tq_task_log RESTART IDENTITY" ; }

FAILED=0
verify() {  # table expected-count label
    local rows done left
    rows=$(sql "SELECT count(*) FROM tq_task_log")
    done=$(sql "SELECT count(*) FROM tq_task_log WHERE status = 'completed'")
    left=$(sql "SELECT count(*) FROM $1")
    if [ "$rows" -ne "$2" ] || [ "$done" -ne "$2" ] || [ "$left" -ne 0 ]; then
        echo "verify FAILED ($3): $rows log rows, $done completed, $left left in $1 (expected $2)"
        FAILED=1
    fi
}

declare -A R   # results
# --- enqueue ------------------------------------------------------------------------------------
# Rates are timed inside the PHP process around the calls (enqueue.php's own clock), so process
# start-up and connecting are not counted. createTask: the median of three runs, after one
# untimed warm-up run (a fresh cluster creates its first WAL segments during the first writes).
in_rate() { sed -n 's/^enqueue: \([0-9]*\) tasks in \([0-9.]*\) s$/\1 \2/p' | awk '{ printf "%.0f", $1 / $2 }'; }
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
n_single=$(( N / 4 > 200 ? N / 4 : N ))
reset_tables
"${PHPX[@]}" bench/enqueue.php --queue=bench --count="$(( n_single / 5 + 1 ))" --mode=single >/dev/null
singles=()
for i in 1 2 3; do
    reset_tables
    singles+=("$("${PHPX[@]}" bench/enqueue.php --queue=bench --count="$n_single" --mode=single | in_rate)")
done
R[enqueue_tps]=$(median3 "${singles[@]}")
reset_tables
R[bulk_enqueue_tps]=$("${PHPX[@]}" bench/enqueue.php --queue=bench --count="$N" --mode=bulk | in_rate)
echo "enqueue: createTask ${R[enqueue_tps]} tasks/s (median of ${singles[*]}; $n_single tasks each), pushMany ${R[bulk_enqueue_tps]} tasks/s ($N tasks)"

# --- process: W workers at once, each until its first empty poll -----------------------------------
run_ours() {  # workers receive
    reset_tables
    "${PHPX[@]}" bench/enqueue.php --queue=bench --count="$N" --mode=bulk >/dev/null
    local pids=() t0 t1 i rss=0 r
    t0=$(now)
    for i in $(seq 1 "$1"); do
        /usr/bin/time -f %M -o "$WORK/rss$i" "${PHPX[@]}" bench/worker.php --queue=bench --receive="$2" >"$WORK/worker$i.log" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || { echo "worker failed:"; cat "$WORK"/worker*.log; FAILED=1; }; done
    t1=$(now)
    verify tq_bench "$N" "ours W=$1 R=$2"
    for i in $(seq 1 "$1"); do r=$(tail -n1 "$WORK/rss$i" | tr -dc 0-9); [ "${r:-0}" -gt "$rss" ] && rss=$r; done
    R[ours_$1_$2]=$(rate "$N" "$t0" "$t1"); R[ours_rss_$1_$2]=$rss
}
run_baseline() {  # workers receive
    local host port
    host=$(sed -n 's/.*host=\([^ ]*\).*/\1/p' <<<"$CONN"); port=$(sed -n 's/.*port=\([^ ]*\).*/\1/p' <<<"$CONN")
    export PGHOST=$host PGPORT=$port PGDATABASE=tao PGUSER=postgres
    php "$BASELINE_PHP" init --queue=queue >/dev/null
    sql "TRUNCATE tq_queue, tq_task_log RESTART IDENTITY"
    php "$BASELINE_PHP" enqueue "$N" --queue=queue >/dev/null
    local pids=() t0 t1 i rss=0 r
    t0=$(now)
    for i in $(seq 1 "$1"); do
        /usr/bin/time -f %M -o "$WORK/brss$i" php "$BASELINE_PHP" work --queue=queue --receive="$2" --until-empty >"$WORK/bworker$i.log" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || { echo "baseline worker failed"; FAILED=1; }; done
    t1=$(now)
    verify tq_queue "$N" "baseline W=$1 R=$2"
    for i in $(seq 1 "$1"); do r=$(tail -n1 "$WORK/brss$i" | tr -dc 0-9); [ "${r:-0}" -gt "$rss" ] && rss=$r; done
    R[base_$1_$2]=$(rate "$N" "$t0" "$t1"); R[base_rss_$1_$2]=$rss
    unset PGHOST PGPORT PGDATABASE PGUSER
}

printf '\n%-22s %12s %12s %8s %14s %14s\n' "process ($N no-op)" "taskqueue/s" "baseline/s" "ratio" "RSS taskqueue" "RSS baseline"
for c in $CONFIGS; do
    w=${c%%:*}; r=${c##*:}
    run_ours "$w" "$r"
    if [ "$BASELINE" = all ] || { [ "$BASELINE" = headline ] && [ "$c" = "2:10" ]; }; then
        run_baseline "$w" "$r"
    fi
    b=${R[base_${w}_${r}]:-}
    ratio=$([ -n "$b" ] && awk -v a="${R[ours_${w}_${r}]}" -v b="$b" 'BEGIN { printf "%.1fx", a / b }' || echo -)
    printf '%-22s %12s %12s %8s %11s KB %11s KB\n' "W=$w receive=$r" "${R[ours_${w}_${r}]}" "${b:--}" "$ratio" \
        "${R[ours_rss_${w}_${r}]}" "${R[base_rss_${w}_${r}]:--}"
done

# --- what loading the extension costs a process, before any work (context for the RSS column) -----
peak_kb() {  # median of five bare runs of "$@" -r, peak RSS in KB
    for _ in 1 2 3 4 5; do
        "$@" -r 'preg_match("/VmHWM:\s+(\d+)/", file_get_contents("/proc/self/status"), $m); echo $m[1], "\n";'
    done | sort -n | sed -n 3p
}
R[php_bare_rss_kb]=$(peak_kb php ${BENCH_PHP_ARGS:-})
R[php_ext_rss_kb]=$(peak_kb "${PHPX[@]}")
echo "a bare php -r: ${R[php_bare_rss_kb]} KB peak RSS; with the extension loaded: ${R[php_ext_rss_kb]} KB" \
     "(+$(( R[php_ext_rss_kb] - R[php_bare_rss_kb] )) KB: its code and class tables, before any work)"

# --- pickup latency with an idle worker ------------------------------------------------------------
reset_tables
export BENCH_LATENCY_FILE="$WORK/latency.txt"
rm -f "$BENCH_LATENCY_FILE"
"${PHPX[@]}" bench/worker.php --queue=lat --receive=1 --idle >"$WORK/idle.log" 2>&1 &
idle=$!
sleep 1
lat=$("${PHPX[@]}" bench/latency.php --queue=lat --samples="$LAT_SAMPLES" --interval-ms=20)
kill -TERM "$idle"; wait "$idle" || true
R[pickup_p50_ms]=$(sed -n 's/.*p50=\([0-9.]*\).*/\1/p' <<<"$lat")
R[pickup_p99_ms]=$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' <<<"$lat")
echo; echo "pickup latency (idle worker, $LAT_SAMPLES samples): p50 ${R[pickup_p50_ms]} ms, p99 ${R[pickup_p99_ms]} ms"
verify tq_lat "$LAT_SAMPLES" "latency"

# --- SQS against the emulator --------------------------------------------------------------------
if [ -f ext/sqs/sqs.c ]; then
    eval "$(tools/sqs-emulator.sh start "$SQSDIR")"
    # a 1 s long poll: the last, empty poll of the run would otherwise wait 20 s
    out=$(TASKQUEUE_LOG_LEVEL=warning "${PHPX[@]}" bench/sqs.php --count="$SQS_N" --receive=10 --wait=1)
    echo "$out"
    R[sqs_tps]=$(sed -n 's/.*tasks_per_s=\([0-9]*\).*/\1/p' <<<"$out")
    R[sqs_requests_per_task]=$(sed -n 's/.*requests_per_task=\([0-9.]*\).*/\1/p' <<<"$out")
fi

# --- JSON + summary --------------------------------------------------------------------------------
{
    echo "{"
    echo "  \"date\": \"$(date -u +%FT%TZ)\", \"n\": $N, \"cores\": $(nproc),"
    first=1
    for k in $(printf '%s\n' "${!R[@]}" | sort); do
        [ $first = 1 ] || echo ","
        first=0
        printf '  "%s": %s' "$k" "${R[$k]}"
    done
    echo; echo "}"
} > bench/results/latest.json
ours=${R[ours_2_10]:-0}; base=${R[base_2_10]:-0}
ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
echo
echo "summary: process_tps=$ours baseline_tps=$base ratio=$ratio enqueue_tps=${R[enqueue_tps]} bulk_enqueue_tps=${R[bulk_enqueue_tps]} pickup_p50_ms=${R[pickup_p50_ms]}"
exit "$FAILED"
