#!/usr/bin/env bash
# bench/http.sh: task HTTP API throughput through nginx + php-fpm on loopback
# (tools/http-stack.sh), on a private PostgreSQL (tools/pg-cluster.sh). bench/http_load.c
# (built here) keeps CONC keep-alive connections busy with the same request until N answers
# or DURATION seconds; every answer must be a 2xx. Figures are in the README ("Task HTTP API").
#
#   bash bench/http.sh            the fixture of tests/http/fixture.php; N=20000 CONC=32
#                                 DURATION=60 FPM_CHILDREN=4
#   bash bench/http.sh --quick    N=500, for the test suite
#   bash bench/http.sh --scale    ROWS=1000000 tasks of OWNERS=1000 owners in tq_task_log
#                                 (bench/http_scale.php): first getAll, stats and get timed
#                                 inside the handler (CALLS=500 each, median), with TAO's
#                                 indexes only and after createContainer() added ours, then
#                                 the HTTP load; table and JSON in bench/results/http-scale-*
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-20000}; CONC=${CONC:-32}; SECONDS_MAX=${DURATION:-60}
MODE=fixture
case "${1:-}" in
    --quick) N=500 ;;
    --scale) MODE=scale ;;
esac
WORK=$ROOT/.tmp/bench-http
EXT=${EXT:-$ROOT/modules/taskqueue.so}
PHP=(php -d extension="$EXT")
load() { cut -d" " -f1 /proc/loadavg; }
export BENCH_LOAD0; BENCH_LOAD0=$(load)      # before this script adds its own
cleanup() {
    tools/http-stack.sh stop "$WORK/stack" >/dev/null 2>&1 || true
    tools/pg-cluster.sh stop "$WORK/pg" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
rm -rf "$WORK/root"
mkdir -p "$WORK"
cc -O2 -Wall -Wextra -Werror -o "$WORK/http_load" bench/http_load.c
eval "$(tools/pg-cluster.sh start "$WORK/pg")"
if [ "$MODE" = scale ]; then
    "${PHP[@]}" bench/http_scale.php fill "$WORK/root" "${ROWS:-1000000}" "${OWNERS:-1000}"
    read -r TOKEN MANAGER ID < <(php -r '$f = json_decode(file_get_contents($argv[1]), true);
        echo $f["active"]["token"], " ", $f["manager"], " ", rawurlencode($f["active"]["task"]), "\n";' "$WORK/root/scale.json")
    # inside the handler: TAO's indexes only, then createContainer() on the filled table
    export TASKQUEUE_ROOT="$WORK/root" TASKQUEUE_API_TOKENS="$WORK/root/tokens"
    psql -qX "$TASKQUEUE_PERSISTENCE_DEFAULT" -c 'DROP INDEX tq_task_logidx_owner_created_at, tq_task_logidx_owner_status'
    echo "in the handler, TAO's indexes only (load average $(load))"
    "${PHP[@]}" bench/http_scale.php time "$WORK/root" "${CALLS_TAO:-20}" > "$WORK/handler-tao.json"
    INDEX_S=$("${PHP[@]}" -r '$t = microtime(true);
        (require getenv("TASKQUEUE_ROOT") . "/config/tao/taskLog.conf.php")->createContainer();
        printf("%.1f", microtime(true) - $t);')
    echo "createContainer() added the owner indexes in ${INDEX_S} s; in the handler (load average $(load))"
    "${PHP[@]}" bench/http_scale.php time "$WORK/root" "${CALLS:-500}" > "$WORK/handler.json"
    php bench/http_scale.php table "$WORK/handler-tao.json" "$WORK/handler.json"
    # the fill and the index build leave ~300 MB of dirty pages: written out now, not during the load
    psql -qX "$TASKQUEUE_PERSISTENCE_DEFAULT" -c 'VACUUM ANALYZE tq_task_log' -c CHECKPOINT
else
    "${PHP[@]}" tests/http/fixture.php "$WORK/root" >/dev/null
    read -r TOKEN MANAGER ID < <(php -r '$f = json_decode(file_get_contents($argv[1]), true);
        echo $f["tokens"]["u1"], " ", $f["tokens"]["manager"], " ", rawurlencode($f["ids"]["u1_done"]), "\n";' "$WORK/root/fixture.json")
fi
eval "$(TASKQUEUE_ROOT="$WORK/root" TASKQUEUE_API_TOKENS="$WORK/root/tokens" EXT="$EXT" \
        tools/http-stack.sh start "$WORK/stack")"
PORT=${TASKQUEUE_HTTP_URL##*:}
echo "http bench: load average $(cut -d" " -f1-3 /proc/loadavg) before the run; nginx + php-fpm (${FPM_CHILDREN:-4} workers), $CONC connections, $N requests, $(nproc) cores"
# CPU ticks (utime + stime) of the server's processes: FPM and nginx masters and children.
ticks() {
    local pids p t=0
    pids="$(cat "$WORK/stack/php-fpm.pid") $(cat "$WORK/stack/nginx.pid")"
    pids="$pids $(for p in $pids; do pgrep -P "$p"; done)"
    for p in $pids; do
        # fields after "(comm)", which may hold blanks: utime is the 12th, stime the 13th
        t=$((t + $(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}' || echo 0)))
    done
    echo "$t"
}
HZ=$(getconf CLK_TCK)
: > "$WORK/load.txt"
run() {  # label path headers...
    local label=$1 out before after cpu l0; shift
    "$WORK/http_load" "$PORT" "$CONC" 200 10 "$@" >/dev/null || true      # warm-up
    l0=$(load)
    before=$(ticks)
    out=$("$WORK/http_load" "$PORT" "$CONC" "$N" "$SECONDS_MAX" "$@") || STATUS=1
    after=$(ticks)
    # the server's own CPU per answer, and what that allows on this many idle cores
    cpu=$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$N" -v c="$(nproc)" \
        'BEGIN { ms = t * 1000 / hz / n; printf "%.3f ms/answer (%.0f answers/s on %d idle cores)", ms, (ms > 0 ? c * 1000 / ms : 0), c }')
    printf '%-28s %s; server CPU %s; load average %s -> %s\n' "$label" "$out" "$cpu" "$l0" "$(load)"
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$out" "$cpu" "$l0" "$(load)" >> "$WORK/load.txt"
}
STATUS=0
run "browser get (taskId)" "/tao/TaskQueueWebApi/get?taskId=$ID" "Authorization: Bearer $TOKEN" "X-Requested-With: XMLHttpRequest"
run "REST get (id, manager)" "/tao/TaskQueue/get?id=$ID" "Authorization: Bearer $MANAGER"
run "browser getAll (limit 20)" "/tao/TaskQueueWebApi/getAll?limit=20" "Authorization: Bearer $TOKEN" "X-Requested-With: XMLHttpRequest"
run "browser stats" "/tao/TaskQueueWebApi/stats" "Authorization: Bearer $TOKEN" "X-Requested-With: XMLHttpRequest"
if [ "$MODE" = scale ]; then
    OUT=bench/results/http-scale-$(date -u +%Y-%m-%dT%H%M)
    php bench/http_scale.php report "$WORK/handler-tao.json" "$WORK/handler.json" "$WORK/load.txt" \
        "$INDEX_S" "${FPM_CHILDREN:-4}" "$CONC" "$N" "$OUT"
    echo "results: $OUT.txt, $OUT.json"
fi
exit "$STATUS"
