#!/usr/bin/env bash
# The Prometheus metrics end to end (README "Metrics"): Debian's prometheus (installed with
# apt when missing) on loopback with a temporary config and data directory scrapes /metrics
# of the task HTTP API (PHP's built-in server, as tests/http/run.sh starts it) while two
# workers process tasks on two PostgreSQL queues (the PostgreSQL of
# TASKQUEUE_PERSISTENCE_DEFAULT, else a private cluster); the values it stored are checked
# through its query API: tasks counted started/completed/failed/retried once each, depth
# back to 0, durations in the histogram, workers alive and gone, counters kept after the
# workers ended. The page also passes `promtool check metrics`. Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
EXT=${EXT:-$REPO/modules/taskqueue.so}
WORK=$REPO/.tmp/metrics-test
ROOT=$WORK/root
PGDIR=$WORK/pg
OK_TASKS=40
FAIL_TASKS=3
rm -rf "$WORK" && mkdir -p "$WORK"
PASSED=0
FAILED=0
STARTED_PG=0
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    [ "$STARTED_PG" = 1 ] && tools/pg-cluster.sh stop "$PGDIR" >/dev/null 2>&1
    return 0
}
trap cleanup EXIT
one() {  # name rc
    if [ "$2" = 0 ]; then echo "ok - $1"; PASSED=$((PASSED + 1)); else echo "not ok - $1"; FAILED=$((FAILED + 1)); fi
}
fail() { echo "not ok - $*"; echo "$PASSED passed, $((FAILED + 1)) failed"; exit 1; }
free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);'
}
wait_port() {
    for _ in $(seq 100); do php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$1" && return 0; sleep 0.1; done
    return 1
}

if ! command -v prometheus >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends prometheus; } >"$WORK/apt.log" 2>&1 \
        || fail "prometheus could not be installed (see $WORK/apt.log)"
fi
if [ -z "${TASKQUEUE_PERSISTENCE_DEFAULT:-}" ]; then
    eval "$(tools/pg-cluster.sh start "$PGDIR")" || fail "PostgreSQL did not start"
    STARTED_PG=1
fi
export TASKQUEUE_PERSISTENCE_DEFAULT
PHPX=(php -d extension="$EXT")
"${PHPX[@]}" tests/metrics/fixture.php "$ROOT" >"$WORK/fixture.log" 2>&1 || { cat "$WORK/fixture.log"; fail "fixture"; }
token() { php -r 'echo json_decode(file_get_contents($argv[1]), true)["tokens"][$argv[2]];' "$ROOT/fixture.json" "$1"; }
token manager >"$WORK/manager.token"

# the front, as tests/http/run.sh starts it
PORT=$(free_port)
TASKQUEUE_ROOT="$ROOT" TASKQUEUE_API_TOKENS="$ROOT/tokens" \
    "${PHPX[@]}" -S "127.0.0.1:$PORT" public/index.php >"$WORK/front.log" 2>&1 &
PIDS+=($!)
wait_port "$PORT" || fail "the front did not start"
FRONT=http://127.0.0.1:$PORT

# /metrics itself: who may read it, its content type, the text format
status_of() {  # token-or-empty: the HTTP status of GET /metrics
    curl -s -o /dev/null -w '%{http_code}' ${1:+-H "Authorization: Bearer $1"} "$FRONT/metrics"
}
one "/metrics without a token: 401" $([ "$(status_of '')" = 401 ]; echo $?)
one "/metrics with a plain user's token: 403" $([ "$(status_of "$(token user)")" = 403 ]; echo $?)
one "/metrics refuses POST: 405" $([ "$(curl -s -o /dev/null -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $(token manager)" "$FRONT/metrics")" = 405 ]; echo $?)
"${PHPX[@]}" tests/metrics/enqueue.php "$ROOT" "$OK_TASKS" "$FAIL_TASKS" >"$WORK/failing-ids" 2>"$WORK/enqueue.log"
one "tasks enqueued" $?
curl -s -D "$WORK/page.headers" -H "Authorization: Bearer $(token manager)" "$FRONT/metrics" >"$WORK/page.txt"
one "/metrics with the manager's token: 200, Prometheus' text format" \
    $(grep -q '^HTTP/1.1 200' "$WORK/page.headers" && grep -qi '^Content-Type: text/plain; version=0.0.4' "$WORK/page.headers"; echo $?)
promtool check metrics <"$WORK/page.txt" >"$WORK/promtool.log" 2>&1
one "promtool check metrics accepts the page" $?
one "the page counts the waiting tasks at scrape time" \
    $(grep -q "^taskqueue_queue_depth{queue=\"metrics_a\"} $OK_TASKS\$" "$WORK/page.txt"; echo $?)

# Prometheus on loopback, scraping every second with the manager's token
PROM_PORT=$(free_port)
mkdir -p "$WORK/prometheus"
cat >"$WORK/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: taskqueue
    metrics_path: /metrics
    authorization:
      credentials_file: $WORK/manager.token
    static_configs:
      - targets: ['127.0.0.1:$PORT']
YAML
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/prometheus" \
    --web.listen-address="127.0.0.1:$PROM_PORT" >"$WORK/prometheus.log" 2>&1 &
PIDS+=($!)
wait_port "$PROM_PORT" || fail "prometheus did not start (see $WORK/prometheus.log)"
PROM=http://127.0.0.1:$PROM_PORT
query() {  # PromQL: the value of the first result, "none" without one
    curl -s --get --data-urlencode "query=$1" "$PROM/api/v1/query" \
        | php -r '$r = json_decode(stream_get_contents(STDIN), true); echo $r["data"]["result"][0]["value"][1] ?? "none";'
}
expect() {  # name PromQL value [seconds]: polls until Prometheus stored that value
    local got="none" i
    for ((i = 0; i < ${4:-15} * 4; i++)); do
        got=$(query "$2")
        [ "$got" = "$3" ] && break
        sleep 0.25
    done
    [ "$got" = "$3" ] || echo "# $2: $got, expected $3"
    one "$1" $([ "$got" = "$3" ]; echo $?)
}
expect "Prometheus scraped the depth before the workers started" 'taskqueue_queue_depth{queue="metrics_a"}' "$OK_TASKS"
expect "no worker yet" 'sum(taskqueue_workers)' 0

# two workers on the dispatcher (both queues)
for _ in 1 2; do
    (cd "$ROOT" && exec "${PHPX[@]}" index.php 'oat\taoTaskQueue\scripts\tools\RunWorker' --time-limit=120 \
        >>"$WORK/worker.out" 2>>"$WORK/worker.log") &
    PIDS+=($!)
    WORKERS+=($!)
done
ALL=$((OK_TASKS + FAIL_TASKS))
expect "completed tasks counted once each" 'sum(taskqueue_tasks_total{status="completed"})' "$OK_TASKS" 20
expect "failed tasks counted on their queue" 'taskqueue_tasks_total{queue="metrics_b",status="failed"}' "$FAIL_TASKS"
expect "started tasks counted" 'sum(taskqueue_tasks_total{status="started"})' "$ALL"
expect "depth back to 0" 'sum(taskqueue_queue_depth)' 0
expect "oldest waiting age 0 when nothing waits" 'max(taskqueue_queue_oldest_age_seconds)' 0
expect "every duration observed (_count)" 'sum(taskqueue_task_duration_seconds_count)' "$ALL"
expect "buckets end with le=+Inf = _count" 'sum(taskqueue_task_duration_seconds_bucket{le="+Inf"})' "$ALL"
expect "5 ms tasks are not in the 5 ms bucket, all in the 0.5 s one" \
    '(sum(taskqueue_task_duration_seconds_bucket{queue="metrics_a",le="0.005"}) < bool 40)
     * (sum(taskqueue_task_duration_seconds_bucket{queue="metrics_a",le="0.5"}) == bool 40)' 1
expect "durations summed (_sum over 40 tasks of 5 ms)" \
    'taskqueue_task_duration_seconds_sum{queue="metrics_a"} > bool 0.2' 1
expect "two workers on each queue" 'taskqueue_workers{queue="metrics_b"}' 2
expect "two workers up" 'count(taskqueue_worker_up)' 2
expect "tasks done per worker add up" 'sum(taskqueue_worker_tasks_done_total)' "$ALL"
expect "worker memory reported" 'min(taskqueue_worker_memory_bytes) > bool 1000000' 1

# the dashboard's retry counts as retried; the copy fails again
FAILED_ID=$(head -1 "$WORK/failing-ids")
curl -s -o "$WORK/retry.json" -H "Authorization: Bearer $(token manager)" --data-urlencode "taskId=$FAILED_ID" \
    "$FRONT/tao/TaskQueueDashboard/retry"
one "dashboard retry answered" $(grep -q '"success":true' "$WORK/retry.json"; echo $?)
expect "the retry counted as retried" 'taskqueue_tasks_total{queue="metrics_b",status="retried"}' 1
expect "the retried copy ran and failed" 'taskqueue_tasks_total{queue="metrics_b",status="failed"}' $((FAIL_TASKS + 1))

# the workers end: gone from the workers, their counts stay (PostgreSQL, not their memory)
for pid in "${WORKERS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
for pid in "${WORKERS[@]}"; do wait "$pid" 2>/dev/null; done
expect "no worker after they ended" 'sum(taskqueue_workers)' 0
expect "counters kept after the workers ended" 'sum(taskqueue_tasks_total{status="completed"})' "$OK_TASKS"
one "prometheus scraped without errors" $(query 'min(up{job="taskqueue"})' | grep -qx 1; echo $?)
if grep -q -E 'PHP (Fatal|Warning)' "$WORK/front.log" "$WORK/worker.log"; then
    one "no PHP errors" 1; grep -E 'PHP (Fatal|Warning)' "$WORK/front.log" "$WORK/worker.log" | head -5
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
