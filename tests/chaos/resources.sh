#!/usr/bin/env bash
# tests/chaos/resources.sh: resources running out under real workers and a real PostgreSQL.
#
#   bash tests/chaos/resources.sh [--short] [scene...]   scenes: disk-full, max-connections, memory
#
# Workers are tests/chaos/chaos.php under a supervisor loop that restarts any that exit; the
# checks are in SQL afterwards, as in tests/chaos/run.sh (every task enqueued is `completed`
# in the Task Log exactly once, no row left; a task body records each start).
#   disk-full        the queue table and the Task Log (tables and indexes) live in a tablespace
#                    on a small tmpfs; two workers run while tasks are pushed one by one until the
#                    disk is full: the push must throw an exception naming the disk ("No space
#                    left on device") and the operation, TAO's Queue::enqueue() must return false
#                    and log why, and the Task Log must hold exactly the tasks whose push
#                    succeeded. The disk stays full for 3 s while the workers go on (their claims
#                    and completions fail); then the tmpfs grows and every queued task must
#                    complete exactly once (a body may run again only where a completion failed:
#                    bound = failed statements x receive).
#   max-connections  max_connections = 8 (superuser_reserved_connections 0), every slot held
#                    by an idle psql; a push must throw "too many clients", workers started
#                    then must log it and not crash (exit by themselves at most, restarted);
#                    the slots are released and the workers drain the queue: nothing lost.
#   memory           the first task allocates until memory_limit (64M) ends its worker with PHP's
#                    fatal error; it must end `failed` with a report naming the error, its body
#                    run once, its worker restarted; every other task completes exactly once.
# The server is this script's own (tools/pg-cluster.sh in .tmp/chaos-resources), never a
# shared one. Needs root (mount). Output: one line a scene, then "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
SHORT=0
SCENES=()
for a in "$@"; do
    case "$a" in
        --short) SHORT=1 ;;
        disk-full|max-connections|memory) SCENES+=("$a") ;;
        *) echo "usage: $0 [--short] [disk-full|max-connections|memory ...]" >&2; exit 2 ;;
    esac
done
[ ${#SCENES[@]} -gt 0 ] || SCENES=(disk-full max-connections memory)
short() { if [ "$SHORT" = 1 ]; then echo "$1"; else echo "$2"; fi; }
LEASE=3
RECEIVE=5
WORKERS=2
DEADLINE=$(short 40 120)

WORK=$REPO/.tmp/chaos-resources
PGDIR=$WORK/pg
mkdir -p "$WORK"
[ -f modules/taskqueue.so ] || tools/build.sh >/dev/null
PIDS=()
HOLDERS=()
TS=
cleanup() {
    for p in "${PIDS[@]}" "${HOLDERS[@]}"; do kill -KILL "$p" 2>/dev/null; done
    wait 2>/dev/null
    tools/pg-cluster.sh stop "$PGDIR" >/dev/null 2>&1
    if [ -n "$TS" ]; then umount "$TS" 2>/dev/null; rmdir "$TS" 2>/dev/null; fi
}
trap cleanup EXIT
PASSED=0
FAILED=0
[ "$(id -u)" = 0 ] || { echo "resources: needs root (mount -t tmpfs)"; echo "0 passed, 1 failed"; exit 1; }
eval "$(tools/pg-cluster.sh start "$PGDIR")" || { echo "resources: no PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
CONN=$TASKQUEUE_PERSISTENCE_DEFAULT
sql() { psql -X -q -At "$CONN" -c "$1" 2>/dev/null; }
export CHAOS_RUNS=$WORK/runs CHAOS_BODY_US
php_chaos() { php -d extension="$REPO/modules/taskqueue.so" -d taskqueue.lease_time="$LEASE" tests/chaos/chaos.php "$@"; }

start_worker() {  # slot
    USE_ZEND_ALLOC=1 php -d extension="$REPO/modules/taskqueue.so" -d taskqueue.lease_time="$LEASE" -d memory_limit=64M \
        tests/chaos/chaos.php worker --receive="$RECEIVE" >>"$WORK/worker-$1.log" 2>&1 9>&- &
    PIDS[$1]=$!
}

# The supervisor: restarts what exited; a worker ended by a signal (rc > 128, not 255: PHP's
# fatal error) crashed.
EXITS=0
CRASHES=0
supervise() {
    local i rc
    for i in "${!PIDS[@]}"; do
        kill -0 "${PIDS[$i]}" 2>/dev/null && continue
        wait "${PIDS[$i]}" 2>/dev/null
        rc=$?
        EXITS=$((EXITS + 1))
        [ "$rc" -gt 128 ] && [ "$rc" != 255 ] && CRASHES=$((CRASHES + 1))
        start_worker "$i"
    done
}

start_workers() {
    rm -f "$WORK"/worker-*.log
    EXITS=0 CRASHES=0 PIDS=()
    for i in $(seq 0 $((WORKERS - 1))); do start_worker "$i"; done
}

stop_workers() {
    for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
    wait "${PIDS[@]}" 2>/dev/null
    PIDS=()
}

# Supervises for $1 seconds.
watch_for() {
    local end=$((SECONDS + $1))
    while [ $SECONDS -lt $end ]; do sleep 0.3; supervise; done
}

# Supervises until the SQL condition $1 holds or DEADLINE passes; DRAINED: the seconds taken.
# (Not in a subshell: the supervisor's restarts and counts must stay in this one.)
drain() {
    local t0=$EPOCHREALTIME
    while :; do
        sleep 0.3
        supervise
        [ "$(sql "SELECT $1")" = t ] && break
        awk -v a="$t0" -v b="$EPOCHREALTIME" -v d="$DEADLINE" 'BEGIN { exit !(b - a > d) }' && break
    done
    DRAINED=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
}

fresh_queue() {
    sql "DROP TABLE IF EXISTS tq_chaos; DROP TABLE IF EXISTS tq_task_log"
    rm -f "$CHAOS_RUNS"
    php_chaos setup >/dev/null 2>&1
}

WHY=
check() {  # label condition(0|1)
    [ "$2" = 1 ] || WHY+=" $1"
}

# Every one of n tasks completed once in the Task Log, the queue empty, every body run; sets
# DUPS (bodies run more than once).
check_exactly_once() {  # n
    local completed left distinct
    completed=$(sql "SELECT count(*) FROM tq_task_log WHERE status = 'completed'")
    left=$(sql "SELECT count(*) FROM tq_chaos")
    distinct=$(grep -v '^hog' "$CHAOS_RUNS" 2>/dev/null | cut -d' ' -f1 | sort -u | wc -l)
    DUPS=$(grep -v '^hog' "$CHAOS_RUNS" 2>/dev/null | cut -d' ' -f1 | sort | uniq -d | wc -l)
    LOST=$(($1 - ${completed:-0}))
    check "completed=$completed/$1" "$([ "$completed" = "$1" ] && echo 1)"
    check "left=$left" "$([ "$left" = 0 ] && echo 1)"
    check "bodies-ran-for=$distinct" "$([ "$distinct" = "$1" ] && echo 1)"
    check "crashes=$CRASHES" "$([ "$CRASHES" = 0 ] && echo 1)"
}

report() {  # name line
    if [ -z "$WHY" ]; then
        printf '%-16s %s ok\n' "$1" "$2"
        PASSED=$((PASSED + 1))
    else
        printf '%-16s %s FAILED:%s\n' "$1" "$2" "$WHY"
        FAILED=$((FAILED + 1))
        tail -n 5 "$WORK"/worker-*.log
        sql "SELECT 'log:', status, count(*) FROM tq_task_log GROUP BY status"
        tail -n 10 "$(readlink -f "$PGDIR")/server.log"
    fi
    WHY=
}

disk_full() {
    local size full_for=3 out pushed err enq logrows disk_errors bound
    size=$(short 8m 16m)
    CHAOS_BODY_US=20000
    fresh_queue || { WHY=" setup"; report disk-full ""; return; }
    TS=$(mktemp -d /tmp/tq-res-ts.XXXXXX)
    mount -t tmpfs -o "size=$size" tmpfs "$TS" && chown postgres: "$TS" \
        || { WHY=" mount"; report disk-full ""; return; }
    # tables and their indexes (with their TOAST tables) on the small disk; WAL stays on the big one
    sql "CREATE TABLESPACE tq_small LOCATION '$TS'"
    sql "ALTER TABLE tq_chaos SET TABLESPACE tq_small; ALTER TABLE tq_task_log SET TABLESPACE tq_small;
         DO \$\$ DECLARE r record; BEGIN
           FOR r IN SELECT indexname FROM pg_indexes WHERE tablename IN ('tq_chaos', 'tq_task_log') LOOP
             EXECUTE format('ALTER INDEX %I SET TABLESPACE tq_small', r.indexname);
           END LOOP; END \$\$"
    start_workers
    # 8,000 random hex characters a task: a few hundred tasks fill 8 MB
    out=$(php_chaos push --count=1000000 --pad=8000 2>"$WORK/push.err")
    supervise
    pushed=$(sed -n 's/^pushed=//p' <<<"$out")
    err=$(sed -n 's/^error=//p' <<<"$out")
    enq=$(sed -n 's/^enqueue=//p' <<<"$out")
    logrows=$(sql "SELECT count(*) FROM tq_task_log")
    check "push-error-unclear:'$err'" "$(grep -q 'No space left on device' <<<"$err" && grep -q 'enqueueing' <<<"$err" && echo 1)"
    check "enqueue=$enq" "$([ "$enq" = false ] && grep -q 'Enqueueing.*No space left on device' "$WORK/push.err" && echo 1)"
    check "log-rows=$logrows/pushed=$pushed" "$([ -n "$pushed" ] && [ "$logrows" = "$pushed" ] && echo 1)"
    watch_for "$full_for"
    disk_errors=$(cat "$WORK"/worker-*.log | grep -c 'No space left on device')
    mount -o remount,size=64m "$TS"
    drain "(SELECT count(*) FROM tq_task_log WHERE status = 'completed') >= ${pushed:-0}"
    stop_workers
    check_exactly_once "${pushed:-0}"
    bound=$(( (disk_errors + EXITS) * RECEIVE ))
    check "duplicates=$DUPS>bound" "$([ "$DUPS" -le "$bound" ] && echo 1)"
    report disk-full "tmpfs=$size pushed=$pushed refused='${err##*: }' worker-errors=$disk_errors exits=$EXITS duplicates=$DUPS (bound $bound) lost=$LOST drained-in=${DRAINED}s"
    sql "DROP TABLE tq_chaos; DROP TABLE tq_task_log"
    sql "DROP TABLESPACE tq_small"
    umount "$TS" && rmdir "$TS" && TS=
}

max_connections() {
    local n out err probe conn_errors slots
    n=$(short 300 2000)
    CHAOS_BODY_US=2000
    fresh_queue && php_chaos enqueue --count="$n" >/dev/null 2>&1 || { WHY=" setup"; report max-connections ""; return; }
    sql "ALTER SYSTEM SET max_connections = 8"    # (ALTER SYSTEM: one a statement, no transaction)
    sql "ALTER SYSTEM SET superuser_reserved_connections = 0"
    tools/pg-cluster.sh restart "$PGDIR" >/dev/null || { WHY=" restart"; report max-connections ""; return; }
    # hold every slot with an idle session: psql reading a FIFO nobody writes to (closing our
    # end, fd 9, which no child inherits, ends them all; a session busy in pg_sleep() would
    # outlive its killed client)
    rm -f "$WORK/hold"; mkfifo "$WORK/hold"; exec 9<>"$WORK/hold"
    HOLDERS=()
    for slots in $(seq 1 16); do
        psql -X -q "$CONN" <"$WORK/hold" >/dev/null 2>&1 9>&- &
        HOLDERS+=($!)
        [ "$slots" -ge 8 ] || continue
        sleep 0.5
        probe=$(psql -X -At "$CONN" -c "SELECT 1" 2>&1)
        grep -q 'too many clients' <<<"$probe" && break
    done
    check "slots-not-full" "$(grep -q 'too many clients' <<<"$probe" && echo 1)"
    out=$(php_chaos push --count=1 2>"$WORK/push.err")
    err=$(sed -n 's/^error=//p' <<<"$out")
    check "push-error-unclear:'$err'" "$(grep -q 'too many clients' <<<"$err" && echo 1)"
    start_workers
    watch_for $(short 4 8)
    conn_errors=$(cat "$WORK"/worker-*.log | grep -c 'too many clients')
    check "workers-silent" "$([ "$conn_errors" -gt 0 ] && echo 1)"
    exec 9>&-
    wait "${HOLDERS[@]}" 2>/dev/null
    HOLDERS=()
    drain "(SELECT count(*) FROM tq_task_log WHERE status = 'completed') >= $n"
    stop_workers
    check_exactly_once "$n"
    check "duplicates=$DUPS" "$([ "$DUPS" -le $((EXITS * RECEIVE)) ] && echo 1)"
    report max-connections "tasks=$n slots-held=$slots worker-errors=$conn_errors exits=$EXITS crashes=$CRASHES duplicates=$DUPS lost=$LOST drained-in=${DRAINED}s after release"
    sql "ALTER SYSTEM RESET max_connections"
    sql "ALTER SYSTEM RESET superuser_reserved_connections"
    tools/pg-cluster.sh restart "$PGDIR" >/dev/null
}

memory() {
    local n hog_runs hog
    n=$(short 200 1000)
    CHAOS_BODY_US=2000
    fresh_queue && php_chaos push --count="$n" --hog=1 >/dev/null 2>&1 || { WHY=" setup"; report memory ""; return; }
    start_workers
    drain "(SELECT count(*) FROM tq_task_log WHERE status IN ('completed', 'failed')) >= $n"
    stop_workers
    hog_runs=$(grep -c '^hog' "$CHAOS_RUNS")
    hog=$(sql "SELECT status || ' ' || (report::json->>'message') FROM tq_task_log WHERE label = 'hog'")
    check "hog-ran=$hog_runs" "$([ "$hog_runs" = 1 ] && echo 1)"
    check "hog:'$hog'" "$(grep -q '^failed .*Allowed memory size of 67108864 bytes exhausted' <<<"$hog" && echo 1)"
    check "exits=$EXITS" "$([ "$EXITS" = 1 ] && echo 1)"
    check_exactly_once $((n - 1))
    # the hog's row is gone with it (failed in one statement), so only the LOST arithmetic of
    # check_exactly_once counts it: n - 1 completed, 1 failed
    report memory "tasks=$n (1 over memory_limit) hog-runs=$hog_runs exits=$EXITS duplicates=$DUPS lost=$LOST hog: '${hog%% *}: $(grep -o 'fatal error.*exhausted' <<<"$hog")' all-done-in=${DRAINED}s"
}

for s in "${SCENES[@]}"; do
    case "$s" in
        disk-full) disk_full ;;
        max-connections) max_connections ;;
        memory) memory ;;
    esac
done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
