#!/usr/bin/env bash
# tests/chaos/run.sh: chaos scenes over real worker processes and a real PostgreSQL server.
#
#   bash tests/chaos/run.sh [--short] [scene...]     scenes: kill, pg-restart, pg-crash, sqs,
#                                                    clock, hosts, fuzz
#
# Each scene enqueues tasks on an RDS queue, runs workers (tests/chaos/chaos.php) under a
# supervisor loop that restarts any that die, injures the system while they work, and then
# checks in SQL that every task is `completed` in the Task Log exactly once and that no row is
# left in the queue table. A task body records each start; a body that started more than once
# is a duplicate, allowed only for tasks a killed worker had claimed (so the count must stay
# within kills x receive; with asynchronous acknowledgements a killed worker may also lose the
# acknowledgements it had not sent yet, which the same bound covers; a crashed server loses the
# asynchronous acknowledgements it had not flushed, so with async ack the pg-crash scene counts
# apart the duplicates whose first run began within CHAOS_ASYNC_WINDOW s (default 2) before the
# crash, "async-window=N", and only the others must fit the bound).
#   kill        4 workers, receive 10; a random worker is killed with SIGKILL every 0.5-2 s
#   pg-restart  the same, while PostgreSQL is restarted (fast shutdown) every 10 s (--short: 4 s)
#   pg-crash    the same, once with the whole server (postmaster and backends) killed with
#               SIGKILL (crash recovery)
#   sqs         SQS (fauxqs, tools/sqs-emulator.sh) through the fault proxy, which fails 15 % of
#               the requests with a mix of 500, 503, throttling, resets, truncated bodies and
#               2 s stalls, while a random worker gets SIGTERM (and is restarted) every 0.5-2 s;
#               a fifth of the tasks of the other scenes (enqueueing on SQS is slower)
#   clock       no kills; of the 4 workers one runs 10 minutes ahead and one 10 minutes behind
#               (faketime): leases are counted in the database's time, so no worker takes a
#               task another holds (0 duplicates) and none loses its own
#   hosts       no kills; three worker hosts and a database host in network namespaces
#               (tests/chaos/hosts.sh): host 1 (workers 0 and 3) is cut off for twice the
#               lease and more, then joined again: the others take its tasks over, and what it
#               sends late changes nothing; host 3 reaches the database through a TCP proxy
#               that adds 200 ms each way and cuts a connection every 3 s, and still works
#   fuzz        every libFuzzer target of tests/fuzz for 10 minutes (FUZZ_SECONDS), two at a
#               time: one line a target (the full run only; the default test command fuzzes
#               each target 30 s)
# pg-restart and pg-crash run with taskqueue.rds_async_ack on and off; each prints its line.
# The full run uses 100,000 tasks a scene; --short (the default test command) 2,000.
# The server is this script's own (tools/pg-cluster.sh in .tmp/chaos), never a shared one.
# Output: one line a scene (kills: workers killed and restarted; exits: workers that died by
# themselves and were restarted), then "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
SHORT=0
SCENES=()
for a in "$@"; do
    case "$a" in
        --short) SHORT=1 ;;
        kill|pg-restart|pg-crash|sqs|clock|hosts|fuzz) SCENES+=("$a") ;;
        *) echo "usage: $0 [--short] [kill|pg-restart|pg-crash|sqs|clock|hosts|fuzz ...]" >&2; exit 2 ;;
    esac
done
if [ ${#SCENES[@]} -eq 0 ]; then
    SCENES=(kill pg-restart pg-crash sqs clock hosts)
    [ "$SHORT" = 1 ] || SCENES+=(fuzz)   # the default test command fuzzes on its own, 30 s a target
fi
N=${CHAOS_TASKS:-$([ "$SHORT" = 1 ] && echo 2000 || echo 100000)}
WORKERS=${CHAOS_WORKERS:-4}
RECEIVE=${CHAOS_RECEIVE:-10}
LEASE=${CHAOS_LEASE:-5}
ASYNC_WINDOW=${CHAOS_ASYNC_WINDOW:-2}   # s before a crash whose asynchronous acks may be lost
RESTART_EVERY=$([ "$SHORT" = 1 ] && echo 4 || echo 10)
DEADLINE=${CHAOS_DEADLINE:-$([ "$SHORT" = 1 ] && echo 180 || echo 1800)}
BODY_US=${CHAOS_BODY_US:-$([ "$SHORT" = 1 ] && echo 4000 || echo 1000)}

WORK=$REPO/.tmp/chaos
PGDIR=$WORK/pg
HOSTS_PGDIR=$WORK/pg-hosts
SQSDIR=$WORK/sqs
mkdir -p "$WORK"
[ -f modules/taskqueue.so ] || tools/build.sh >/dev/null
PIDS=()
INJECTOR=
cleanup() {
    [ -n "$INJECTOR" ] && kill "$INJECTOR" 2>/dev/null
    for p in "${PIDS[@]}"; do kill -KILL "$p" 2>/dev/null; done
    wait 2>/dev/null
    tools/pg-cluster.sh stop "$PGDIR" >/dev/null 2>&1
    tools/sqs-emulator.sh stop "$SQSDIR" >/dev/null 2>&1
    hosts_down "$HOSTS_PGDIR"
}
source tests/chaos/hosts.sh
trap cleanup EXIT
eval "$(tools/pg-cluster.sh start "$PGDIR")" || { echo "chaos: no PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
CONN=$TASKQUEUE_PERSISTENCE_DEFAULT
sql() { psql -X -q -At "$CONN" -c "$1" 2>/dev/null; }

PASSED=0
FAILED=0
php_chaos() { php -d extension="$REPO/modules/taskqueue.so" -d taskqueue.lease_time="$LEASE" tests/chaos/chaos.php "$@"; }

SKEW=()   # per slot: a faketime offset ("+600s") for the clock scene
FAKETIME_LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -1)
HOSTED=0  # 1: slot i runs on worker host i % 3 + 1 (the hosts scene)
start_worker() {  # slot async-ack
    local clock=() host=()
    # libfaketime preloaded into the worker itself: the faketime wrapper runs the command as
    # its child and does not pass signals on, so skewed workers outlived their scene
    [ -n "${SKEW[$1]:-}" ] && clock=(env LD_PRELOAD="$FAKETIME_LIB" FAKETIME="${SKEW[$1]}")
    if [ "$HOSTED" = 1 ]; then
        local h=$(($1 % 3 + 1))
        host=(ip netns exec "tqc-h$h" env TASKQUEUE_PERSISTENCE_DEFAULT="$(hosts_conninfo "$h")")
    fi
    AWS_ENDPOINT_URL_SQS=${WORKER_ENDPOINT:-${AWS_ENDPOINT_URL_SQS:-}} "${host[@]}" "${clock[@]}" php -d extension="$REPO/modules/taskqueue.so" -d taskqueue.lease_time="$LEASE" \
        -d taskqueue.rds_async_ack="$2" tests/chaos/chaos.php worker --receive="$RECEIVE" \
        >>"$WORK/worker-$1.log" 2>&1 &
    PIDS[$1]=$!
    [ "$HOSTED" = 0 ] || echo "${PIDS[$1]} $(($1 % 3 + 1))" >>"$WORK/hosted-pids"
}

# Restarts PostgreSQL every RESTART_EVERY s (mode restart), or kills the server once with
# SIGKILL after a few seconds and starts it again (mode crash). Counts in $WORK/injected.
# It stops between two actions once $WORK/stop exists (scene_stop_injector), never in the
# middle of one: a scene's checks must not meet a server that is going down.
injector_wait() {  # seconds: sleeps; false as soon as a stop is asked for
    local end=$((SECONDS + $1))
    while [ $SECONDS -lt $end ]; do
        [ -e "$WORK/stop" ] && return 1
        sleep 0.2
    done
    [ ! -e "$WORK/stop" ]
}
injector() {  # mode
    local n=0
    if [ "$1" = hosts ]; then
        # cut host 1 while it is working: once one of its workers has started a task
        local tries=0
        until awk 'NR == FNR { if ($2 == 1) h[$1] = 1; next } ($2 in h) { f = 1; exit } END { exit !f }' \
                "$WORK/hosted-pids" "$WORK/runs" 2>/dev/null || [ $((++tries)) -ge 300 ]; do
            sleep 0.1
        done
        sleep 0.2
        hosts_cut 1
        echo $((++n)) >"$WORK/injected"
        sleep $((LEASE * 2 + 2))
        hosts_join 1
        return
    fi
    while :; do
        injector_wait "$([ "$1" = crash ] && echo 3 || echo "$RESTART_EVERY")" || return
        if [ "$1" = crash ]; then
            # The whole server dies at once, as on a host crash or an OOM kill: postmaster and
            # backends together. (Killing the postmaster alone leaves backends that hold its
            # shared memory until they notice, which can take a minute on a loaded machine.)
            local pid
            pid=$(head -1 "$(readlink -f "$PGDIR")/data/postmaster.pid")
            kill -KILL "$pid" $(pgrep -P "$pid") 2>/dev/null
            echo $((++n)) >"$WORK/injected"
            echo "$EPOCHREALTIME" >>"$WORK/crash-times"
            while [ -e "/proc/$pid" ] && [ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
                sleep 0.1
            done
            local tries=0
            until tools/pg-cluster.sh start "$PGDIR" >>"$WORK/injector.log" 2>&1 || [ $((++tries)) -ge 30 ]; do
                sleep 1
            done
            return
        fi
        tools/pg-cluster.sh restart "$PGDIR" >/dev/null 2>&1 && echo $((++n)) >"$WORK/injected"
    done
}

sqs_faults() {  # JSON for the fault proxy
    curl -sf -X POST -H 'Content-Type: application/json' -d "$1" "$TQ_SQS_FAULT_PROXY/__faults" >/dev/null
}

# A scene: its workers get SIG (KILL, or TERM for the sqs scene) one at a time; inject names
# what else happens (none, restart, crash: to PostgreSQL; sqs: faults on the SQS requests).
scene() {  # name async-ack(0|1) inject(none|restart|crash|sqs)
    local name=$1 ack=$2 inject=$3 kills=0 exits=0 t0 done=0 n=$N sig=KILL
    rm -f "$WORK"/worker-*.log "$WORK/runs" "$WORK/injected" "$WORK/injector.log" "$WORK/hosted-pids" \
        "$WORK/tcpproxy.json" "$WORK/stop" "$WORK/crash-times"
    export CHAOS_RUNS=$WORK/runs CHAOS_BODY_US=$BODY_US
    unset CHAOS_SQS_QUEUE WORKER_ENDPOINT
    SKEW=()
    if [ "$inject" = clock ]; then
        [ -n "$FAKETIME_LIB" ] || { echo "$name: libfaketime not found (apt install faketime)"; FAILED=$((FAILED + 1)); return; }
        sig=none SKEW=("+600s" "-600s")
    fi
    if [ "$inject" = hosts ]; then
        local env
        env=$(hosts_up "$HOSTS_PGDIR" "$WORK") || { echo "$name: the network did not come up"; FAILED=$((FAILED + 1)); hosts_down "$HOSTS_PGDIR"; return; }
        eval "$env"
        sig=none HOSTED=1 PGDIR=$HOSTS_PGDIR CONN=$TASKQUEUE_PERSISTENCE_DEFAULT
    fi
    if [ "$inject" = sqs ]; then
        n=$((N / 5)); sig=TERM
        export CHAOS_SQS_QUEUE=chaos_$$_$RANDOM WORKER_ENDPOINT=$TQ_SQS_FAULT_PROXY
    fi
    sql "DROP TABLE IF EXISTS tq_chaos; DROP TABLE IF EXISTS tq_task_log"
    php_chaos setup >/dev/null 2>&1 && php_chaos enqueue --count="$n" >/dev/null 2>&1 \
        || { echo "$name: setup failed"; FAILED=$((FAILED + 1)); return; }
    [ "$inject" = sqs ] && sqs_faults '{"mode": "mix", "rate": 0.15, "count": -1}'

    t0=$EPOCHREALTIME
    PIDS=()
    for i in $(seq 0 $((WORKERS - 1))); do start_worker "$i" "$ack"; done
    case "$inject" in restart|crash|hosts) injector "$inject" & INJECTOR=$! ;; esac
    while :; do
        sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.5 + 1.5 * r / 32767 }')"
        done=$(sql "SELECT count(*) FROM tq_task_log WHERE status = 'completed'")
        [ "${done:-0}" -ge "$n" ] && break
        awk -v a="$t0" -v b="$EPOCHREALTIME" -v d="$DEADLINE" 'BEGIN { exit !(b - a > d) }' && break
        if [ "$sig" != none ]; then
            local victim=$((RANDOM % WORKERS))
            { kill -"$sig" "${PIDS[$victim]}" && wait "${PIDS[$victim]}"; } 2>/dev/null
            kills=$((kills + 1))
            start_worker "$victim" "$ack"
        fi
        for i in "${!PIDS[@]}"; do     # the supervisor: restart whatever died by itself
            if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
                wait "${PIDS[$i]}" 2>/dev/null
                start_worker "$i" "$ack"
                exits=$((exits + 1))
            fi
        done
    done
    local secs
    secs=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    # the hosts scene ends once host 1 is back (what it sends late is part of the scene) and
    # has had a few seconds to send it; the others once the injector is between two actions
    [ "$inject" = hosts ] && { wait "$INJECTOR" 2>/dev/null; sleep 3; }
    [ -n "$INJECTOR" ] && { touch "$WORK/stop"; wait "$INJECTOR" 2>/dev/null; INJECTOR=; }
    for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
    wait 2>/dev/null
    PIDS=()
    tools/pg-cluster.sh start "$PGDIR" >/dev/null 2>&1   # after a crash scene, surely up
    local rows completed left distinct dups injected bound ok=1 why=""
    rows=$(sql "SELECT count(*) FROM tq_task_log")
    completed=$(sql "SELECT count(*) FROM tq_task_log WHERE status = 'completed'")
    if [ "$inject" = sqs ]; then
        injected=$(curl -sf "$TQ_SQS_FAULT_PROXY/__stats" | sed -n 's/.*"faulted":\([0-9]*\).*/\1/p')
        sqs_faults '{"mode": "500", "count": 0}'
        left=$(php_chaos count 2>/dev/null)
    else
        left=$(sql "SELECT count(*) FROM tq_chaos")
        injected=$(cat "$WORK/injected" 2>/dev/null || echo 0)
    fi
    distinct=$(cut -d' ' -f1 "$WORK/runs" 2>/dev/null | sort -u | wc -l)
    dups=$(cut -d' ' -f1 "$WORK/runs" 2>/dev/null | sort | uniq -d | wc -l)
    # every kill may repeat what the killed worker held; a server restart ends every worker's
    # session, which may repeat what each held
    bound=$(( (kills + injected * WORKERS) * RECEIVE ))
    [ "$inject" = sqs ] && bound=$(( (kills + injected) * RECEIVE ))   # injected: faulted requests
    local extra=""
    if [ "$inject" = crash ] && [ "$ack" = 1 ]; then
        # Asynchronous acknowledgements are commits the server had not flushed yet: a crash
        # loses those of the last 3 x wal_writer_delay (600 ms), later on a loaded machine.
        # A task that ran again and whose first run began within ASYNC_WINDOW s before a crash
        # is explained by that; every other duplicate must fit the bound above.
        local window
        window=$(awk -v w="$ASYNC_WINDOW" 'NR == FNR { c[++nc] = $1; next }
                     { runs[$1]++ } !($1 in first) { first[$1] = $3 }
                     END { for (t in first) if (runs[t] > 1) for (i = 1; i <= nc; i++)
                               if (first[t] <= c[i] && first[t] > c[i] - w) { n++; break }
                           print n + 0 }' "$WORK/crash-times" "$WORK/runs" 2>/dev/null)
        bound=$((bound + ${window:-0}))
        extra=" async-window=${window:-0}"
    fi
    if [ "$inject" = clock ]; then
        # the skewed workers' bodies record their own clock: both skews must have been in force
        local ahead behind
        ahead=$(awk -v t="$t0" '$1 != "hog" && $3 > t + 300' "$WORK/runs" 2>/dev/null | wc -l)
        behind=$(awk -v t="$t0" '$1 != "hog" && $3 < t - 300' "$WORK/runs" 2>/dev/null | wc -l)
        extra=" ran-ahead=$ahead ran-behind=$behind"
        [ "$ahead" -gt 0 ] && [ "$behind" -gt 0 ] || { ok=0; why+=" a skewed clock was not in force"; }
    fi
    if [ "$inject" = hosts ]; then
        # host 1 runs two workers, each may repeat what it held; every cut connection of host 3
        # may repeat what its worker held
        local dropped far taken
        dropped=$(sed -n 's/.*"dropped":\([0-9]*\).*/\1/p' "$WORK/tcpproxy.json" 2>/dev/null)
        far=$(awk 'NR == FNR { if ($2 == 3) h[$1] = 1; next } ($2 in h)' "$WORK/hosted-pids" "$WORK/runs" | wc -l)
        bound=$(( (injected * 2 + ${dropped:-0}) * RECEIVE ))
        # tasks whose body ran on host 1 and on another host: taken over while host 1 was away
        taken=$(awk 'NR == FNR { h[$1] = $2; next } { if (h[$2] == 1) one[$1] = 1; else other[$1] = 1 }
                     END { for (t in one) if (t in other) n++; print n + 0 }' "$WORK/hosted-pids" "$WORK/runs")
        extra=" taken-over=$taken host3-ran=$far proxy-cuts=${dropped:-0}"
        [ "$taken" -gt 0 ] || { ok=0; why+=" nothing of host 1 was taken over"; }
        # the short run drains in about 12 s, while host 3 waits 400 ms a round trip and loses its
        # connection every 3 s (each loss backs its worker off): it may legitimately get nothing
        # there; the full run (100,000 tasks) must see it work
        [ "$far" -gt 0 ] || [ "$SHORT" = 1 ] || { ok=0; why+=" host 3 ran nothing"; }
        [ "${dropped:-0}" -gt 0 ] || { ok=0; why+=" the proxy cut no connection"; }
    fi
    [ "$rows" = "$n" ] || { ok=0; why+=" log rows $rows"; }
    [ "$completed" = "$n" ] || { ok=0; why+=" completed $completed"; }
    [ "$left" = 0 ] || { ok=0; why+=" left $left"; }
    [ "$distinct" = "$n" ] || { ok=0; why+=" bodies ran for $distinct tasks"; }
    [ "$dups" -le "$bound" ] || { ok=0; why+=" duplicates over the bound"; }
    printf '%-22s tasks=%d workers=%d receive=%d kills=%d exits=%d server-faults=%d duplicates=%d (bound %d) lost=%d%s %ss %s\n' \
        "$name" "$n" "$WORKERS" "$RECEIVE" "$kills" "$exits" "$injected" "$dups" "$bound" \
        $((n - ${completed:-0})) "$extra" "$secs" "$([ $ok = 1 ] && echo ok || echo "FAILED:$why")"
    if [ $ok = 1 ]; then
        PASSED=$((PASSED + 1))
    else
        FAILED=$((FAILED + 1))
        tail -n 5 "$WORK"/worker-*.log
        [ "$inject" = sqs ] || sql "SELECT 'left:', id, visible, lease_until, deliveries, now() FROM tq_chaos ORDER BY id LIMIT 10"
        sql "SELECT 'log:', status, count(*) FROM tq_task_log GROUP BY status"
        tail -n 15 "$(readlink -f "$PGDIR")/server.log"
        [ ! -s "$WORK/injector.log" ] || tail -n 10 "$WORK/injector.log"
    fi
    if [ "$inject" = hosts ]; then
        hosts_down "$HOSTS_PGDIR"
        HOSTED=0 PGDIR=$WORK/pg
        eval "$(tools/pg-cluster.sh env "$PGDIR")"
        CONN=$TASKQUEUE_PERSISTENCE_DEFAULT
    fi
}

for s in "${SCENES[@]}"; do
    case "$s" in
        kill) scene kill 1 none ;;
        pg-restart) scene pg-restart/async-ack 1 restart; scene pg-restart/sync-ack 0 restart ;;
        pg-crash) scene pg-crash/async-ack 1 crash; scene pg-crash/sync-ack 0 crash ;;
        clock) scene clock/skewed-workers 1 clock ;;
        hosts) scene hosts/cut+latency 1 hosts ;;
        fuzz)
            tests/fuzz/run.sh --seconds "${FUZZ_SECONDS:-600}" --parallel 2 | tee "$WORK/fuzz.log" | grep -v '^fuzz:'
            fp=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' "$WORK/fuzz.log")
            ff=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' "$WORK/fuzz.log")
            PASSED=$((PASSED + ${fp:-0})); FAILED=$((FAILED + ${ff:-1})) ;;
        sqs)
            if SQS_ENV=$(tools/sqs-emulator.sh start "$SQSDIR" 2>"$WORK/sqs-start.log"); then
                eval "$SQS_ENV"
                scene sqs/faults+sigterm 1 sqs
            else
                echo "sqs: the emulator did not start"; cat "$WORK/sqs-start.log"; FAILED=$((FAILED + 1))
            fi ;;
    esac
done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
