#!/usr/bin/env bash
# bench/wakeup.sh: how fast an idle worker on several weighted PostgreSQL queues picks up a task
# enqueued into the lightest one (README "A worker on several queues", issue 14 point 1).
#
#   bash bench/wakeup.sh [samples]     (default 200)
#   QUEUES=wake_s:10 bash bench/wakeup.sh   (one queue, for comparison; tasks go to the last queue)
#
# One worker (bench/worker.php --idle) on a dispatcher over wake_a:90, wake_b:30, wake_c:10, all
# empty, so it sleeps WeightStrategy::getWaitTime() (1 s) on LISTEN; bench/latency.php enqueues
# one no-op task every 50 ms into wake_c and each task body writes (start - enqueue). Prints
# "wakeup: p50=<ms> p99=<ms> n=<n>". Uses TASKQUEUE_PERSISTENCE_DEFAULT when it is set, else
# starts (and stops) a private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SAMPLES=${1:-200}
QUEUES=${QUEUES:-wake_a:90,wake_b:30,wake_c:10}
tools/build.sh >/dev/null
PHPX=(php -d extension="$ROOT/modules/taskqueue.so")
WORK="$ROOT/.tmp/bench-wakeup"
rm -rf "$WORK" && mkdir -p "$WORK"
STARTED_PG=0
cleanup() {
    local rc=$?
    [ -n "${idle:-}" ] && kill -TERM "$idle" 2>/dev/null && wait "$idle" 2>/dev/null
    [ "$STARTED_PG" = 1 ] && tools/pg-cluster.sh stop "$WORK/pg" >/dev/null 2>&1
    exit "$rc"
}
trap cleanup EXIT
if [ -z "${TASKQUEUE_PERSISTENCE_DEFAULT:-}" ]; then
    STARTED_PG=1
    eval "$(tools/pg-cluster.sh start "$WORK/pg")"
fi
export TASKQUEUE_PERSISTENCE_DEFAULT
"${PHPX[@]}" -r 'require "bench/common.php";
    $log = oat\taskQueueBench\taskLog(); $log->createContainer();
    foreach (oat\taskQueueBench\weightedQueues($argv[1], 1, $log) as $q) { $q->initialize(); }' "$QUEUES"
export BENCH_LATENCY_FILE="$WORK/latency.txt"
"${PHPX[@]}" bench/worker.php --queues="$QUEUES" --idle >"$WORK/worker.log" 2>&1 &
idle=$!
sleep 1
INTO=${QUEUES##*,}
"${PHPX[@]}" bench/latency.php --queues="$QUEUES" --into="${INTO%%:*}" --samples="$SAMPLES" --interval-ms=50 | sed 's/^latency/wakeup/'
