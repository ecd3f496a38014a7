#!/usr/bin/env bash
# bench/http.sh: task HTTP API throughput through nginx + php-fpm on loopback
# (tools/http-stack.sh), on a private PostgreSQL (tools/pg-cluster.sh) holding the
# fixture of tests/http/fixture.php. bench/http_load.c (built here) keeps CONC keep-alive
# connections busy with the same request until N answers or DURATION seconds; every answer must
# be a 2xx. Figures are in the README ("Task HTTP API").
#
#   bash bench/http.sh            N=20000 CONC=32 DURATION=60 FPM_CHILDREN=4
#   bash bench/http.sh --quick    N=500, for the test suite
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-20000}; CONC=${CONC:-32}; SECONDS_MAX=${DURATION:-60}
[ "${1:-}" = "--quick" ] && N=500
WORK=$ROOT/.tmp/bench-http
EXT=${EXT:-$ROOT/modules/taskqueue.so}
cleanup() {
    tools/http-stack.sh stop "$WORK/stack" >/dev/null 2>&1 || true
    tools/pg-cluster.sh stop "$WORK/pg" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
mkdir -p "$WORK"
cc -O2 -Wall -Wextra -Werror -o "$WORK/http_load" bench/http_load.c
eval "$(tools/pg-cluster.sh start "$WORK/pg")"
php -d extension="$EXT" tests/http/fixture.php "$WORK/root" >/dev/null
eval "$(TASKQUEUE_ROOT="$WORK/root" TASKQUEUE_API_TOKENS="$WORK/root/tokens" EXT="$EXT" \
        tools/http-stack.sh start "$WORK/stack")"
PORT=${TASKQUEUE_HTTP_URL##*:}
read -r TOKEN MANAGER ID < <(php -r '$f = json_decode(file_get_contents($argv[1]), true);
    echo $f["tokens"]["u1"], " ", $f["tokens"]["manager"], " ", rawurlencode($f["ids"]["u1_done"]), "\n";' "$WORK/root/fixture.json")
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
run() {  # label path headers...
    local label=$1 out before after; shift
    "$WORK/http_load" "$PORT" "$CONC" 200 10 "$@" >/dev/null || true      # warm-up
    before=$(ticks)
    out=$("$WORK/http_load" "$PORT" "$CONC" "$N" "$SECONDS_MAX" "$@") || STATUS=1
    after=$(ticks)
    # the server's own CPU per answer, and what that allows on this many idle cores
    printf '%-28s %s; server CPU %s\n' "$label" "$out" "$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$N" -v c="$(nproc)" \
        'BEGIN { ms = t * 1000 / hz / n; printf "%.3f ms/answer (%.0f answers/s on %d idle cores)", ms, (ms > 0 ? c * 1000 / ms : 0), c }')"
}
STATUS=0
run "browser get (taskId)" "/tao/TaskQueueWebApi/get?taskId=$ID" "Authorization: Bearer $TOKEN" "X-Requested-With: XMLHttpRequest"
run "REST get (id, manager)" "/tao/TaskQueue/get?id=$ID" "Authorization: Bearer $MANAGER"
run "browser getAll (limit 20)" "/tao/TaskQueueWebApi/getAll?limit=20" "Authorization: Bearer $TOKEN" "X-Requested-With: XMLHttpRequest"
run "browser stats" "/tao/TaskQueueWebApi/stats" "Authorization: Bearer $TOKEN" "X-Requested-With: XMLHttpRequest"
exit "$STATUS"
