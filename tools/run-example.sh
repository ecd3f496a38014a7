#!/usr/bin/env bash
# The main job: TAO's asynchronous task queue, end to end, from a TAO-like root.
#
#   bash tools/run-example.sh [number-of-tasks]      (default 300)
#
# 1. installs what is missing and builds the extension;
# 2. starts a private PostgreSQL (tools/pg-cluster.sh), unless TASKQUEUE_PERSISTENCE_DEFAULT
#    already names a database (a libpq conninfo string; its tables are kept, so the Task Log
#    figures then include earlier runs);
# 3. copies the example root examples/tao-root to .tmp/example/root (the repository's files
#    stay untouched) and there, as an operator of TAO would:
#      php index.php 'oat\taoTaskQueue\scripts\tools\InitializeQueue' --broker=rds --persistence=default --receive=10
#      php index.php 'oat\taoTaskQueue\scripts\tools\InitializeQueue' --queue=standard --broker=rds --persistence=default --receive=5
#    which puts the three queues (priority 90, standard 30, background 10) on PostgreSQL,
#    creates their tables and the Task Log table, and rewrites config/tao/taskQueue.conf.php;
# 4. enqueues the sample tasks (oat\taskQueueExample\EnqueueSamples);
# 5. runs two workers (RunWorker --stop-when-empty) in parallel until the queues drain;
# 6. prints what is left per queue and the Task Log's figures (oat\taskQueueExample\ShowStats,
#    which fails when tasks are left);
# 7. stops the workers and the PostgreSQL server it started, also on Ctrl-C or an error.
#
# The synchronous queue needs no database: php -d extension=modules/taskqueue.so examples/sync_queue.php
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
COUNT=${1:-300}
[[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [number-of-tasks]" >&2; exit 2; }
WORK=$REPO/.tmp/example
ROOT=$WORK/root
PGDIR=$REPO/.tmp/example-pg
WORKER_TIMEOUT=${WORKER_TIMEOUT:-300}    # seconds; the workers also stop themselves then

WORKERS=()
STARTED_PG=0
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local pid
    for pid in "${WORKERS[@]}"; do
        # TERM: a worker finishes and acknowledges its current task, then exits
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${WORKERS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ "$STARTED_PG" = 1 ]; then
        "$REPO/tools/pg-cluster.sh" stop "$PGDIR" >/dev/null 2>&1 || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Dependencies and build"
tools/install-deps.sh
tools/build.sh
PHP=(php -d "extension=$REPO/modules/taskqueue.so")

missing=$("${PHP[@]}" -r 'foreach (["oat\\taoTaskQueue\\model\\QueueBroker\\RdsQueueBroker",
    "oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\RdsTaskLogBroker", "oat\\taoTaskQueue\\model\\LongRunningWorker"] as $c) {
    if (!class_exists($c, false)) { echo $c, " "; } }')
if [ -n "$missing" ]; then
    echo "This build of taskqueue lacks $missing- the asynchronous example needs them." >&2
    echo "The synchronous example runs without them: ${PHP[*]} examples/sync_queue.php" >&2
    exit 1
fi

step "PostgreSQL"
if [ -n "${TASKQUEUE_PERSISTENCE_DEFAULT:-}" ]; then
    echo "using TASKQUEUE_PERSISTENCE_DEFAULT=$TASKQUEUE_PERSISTENCE_DEFAULT"
else
    STARTED_PG=1
    eval "$(tools/pg-cluster.sh start "$PGDIR")"
    echo "started a private server: TASKQUEUE_PERSISTENCE_DEFAULT=$TASKQUEUE_PERSISTENCE_DEFAULT"
fi
export TASKQUEUE_PERSISTENCE_DEFAULT

step "A scratch TAO root: $ROOT"
rm -rf "$WORK"
mkdir -p "$WORK"
cp -R examples/tao-root "$ROOT"
cd "$ROOT"
tao() { "${PHP[@]}" index.php "$@"; }

step "Queues on PostgreSQL (InitializeQueue)"
tao 'oat\taoTaskQueue\scripts\tools\InitializeQueue' --broker=rds --persistence=default --receive=10
tao 'oat\taoTaskQueue\scripts\tools\InitializeQueue' --queue=standard --broker=rds --persistence=default --receive=5
echo "config/tao/taskQueue.conf.php is now:"
sed 's/^/    /' config/tao/taskQueue.conf.php

step "Enqueue $COUNT sample tasks"
tao 'oat\taskQueueExample\EnqueueSamples' --count="$COUNT"

# CPU seconds used by this shell's waited-for children so far (bash's `times`, second line;
# `times` must run in this shell, not in a $(...) subshell, so it writes to a file)
children_cpu() {
    times >"$WORK/times"
    tail -n 1 "$WORK/times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.3f", t }'
}

step "Two workers until the queues are empty"
children_cpu >"$WORK/cpu-before"
started=$(date +%s%N)
for i in 1 2; do
    # not through tao(): $! must be the worker itself, not a subshell, for the TERM of cleanup()
    "${PHP[@]}" index.php 'oat\taoTaskQueue\scripts\tools\RunWorker' --stop-when-empty --time-limit="$WORKER_TIMEOUT" \
        >"$WORK/worker-$i.out" 2>"$WORK/worker-$i.log" &
    WORKERS+=("$!")
    echo "worker $i: pid $!"
done
failed=0
for i in 1 2; do
    rc=0
    wait "${WORKERS[$((i - 1))]}" || rc=$?
    printf 'worker %d: exit %d, %s (log: %s)\n' "$i" "$rc" "$(tail -n 1 "$WORK/worker-$i.out")" "$WORK/worker-$i.log"
    [ "$rc" = 0 ] || failed=1
done
WORKERS=()
ms=$(( ($(date +%s%N) - started) / 1000000 ))
children_cpu >"$WORK/cpu-after"
printf 'the workers took %d.%03d s (CPU: %s s, user + system of both)\n' $((ms / 1000)) $((ms % 1000)) \
    "$(awk -v a="$(cat "$WORK/cpu-before")" -v b="$(cat "$WORK/cpu-after")" 'BEGIN { printf "%.2f", b - a }')"

step "Queues and Task Log"
tao 'oat\taskQueueExample\ShowStats'
[ "$failed" = 0 ]
