#!/usr/bin/env bash
# bench/scale.sh (bash bench/run.sh --scale [--quick]): how the figures grow with the work, ours
# and the original's (shared/baseline/tao_rds.php) in the same run on one durable PostgreSQL
# (fsync and synchronous_commit on) that this script starts and stops:
#   backlog    end to end (2 workers, receive 10) with 20k, 200k and 1M tasks waiting, then 20k
#              more right after the 1M drain (the dead rows of finished tasks not vacuumed yet)
#   log        enqueue (createTask) and end to end with 0, 1M and 10M rows in tq_task_log
#              (90 % archived, 1,000 owners), and the Task Log's reads (bench/log_queries.php)
#   workers    end to end (receive 10) with 1 to 32 worker processes, timed from the moment they
#              all begin together (bench/start_at.php: PHP's start-up is not timed, on either side);
#              PSS (shared pages counted once across processes) of 8 workers (ours also as one
#              RunWorker --processes=8 pool, whose parent's PSS is shared out over its 8 workers), and of one worker
#              over 100k tasks; the CPU per task (the machine's and the workers' own) and, beside
#              each size, PostgreSQL alone at the same number of clients (pgbench -S, the
#              control: what this machine gives any PostgreSQL client at that count)
#   producers  createTask() from 1 to 8 processes at once (durable: every call waits for its
#              commit), beside the disk's flush time (pg_test_fsync) and a round trip, the CPU
#              per task, and PostgreSQL alone at the same count (pgbench -N, durable commits)
#   profile    one drain of 100k tasks with every statement counted (pg_stat_statements), the
#              machine's CPU and the workers' own, WAL flushes: bench/results/profile-<date>.txt
#              (2 workers; SCALE_PROFILE_WORKERS sets how many; SCALE_PERF=1 adds perf's view of
#              every CPU during the drain, by process kind and by function)
# Each drain checks in SQL that every task completed exactly once and the queue is empty.
# Writes bench/results/scale-<date>.json and .txt, and bench/results/scale-<series>.svg
# (bench/svg.php). Sizes can be set: SCALE_BACKLOG, SCALE_LOG, SCALE_WORKERS, SCALE_PRODUCERS;
# SCALE_SHARED_BUFFERS sets the server's shared_buffers (e.g. 2GB; PostgreSQL's default 128MB);
# SCALE_SERIES="backlog workers producers log profile" picks series; SCALE_CONTROL_SECONDS the
# length of each pgbench control (default 8; 0: none).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
QUICK=0
for a in "$@"; do [ "$a" = --quick ] && QUICK=1; done
BACKLOG=${SCALE_BACKLOG:-"20000 200000 1000000"}
BASE_BACKLOG_MAX=${SCALE_BASE_BACKLOG_MAX:-200000}   # the original drains at a fifth of our rate
LOGSIZES=${SCALE_LOG:-"0 1000000 10000000"}
WORKERS=${SCALE_WORKERS:-"1 2 4 8 16 32"}
WN=${SCALE_WORKER_TASKS:-40000}
PRODUCERS=${SCALE_PRODUCERS:-"1 2 4 8"}
PN=${SCALE_PRODUCER_TASKS:-8000}
LN=${SCALE_LOG_TASKS:-20000}
PSS_N=${SCALE_PSS_TASKS:-100000}
if [ "$QUICK" = 1 ]; then
    BACKLOG="2000 10000"; BASE_BACKLOG_MAX=10000; LOGSIZES="0 20000"; WORKERS="1 2 4"; WN=3000
    PRODUCERS="1 2"; PN=400; LN=2000; PSS_N=3000
fi
SERIES=" ${SCALE_SERIES:-backlog workers producers log profile} "
want() { [[ "$SERIES" == *" $1 "* ]]; }
BASELINE_PHP="${BASELINE_PHP:-$ROOT/../shared/baseline/tao_rds.php}"
[ -f "$BASELINE_PHP" ] || { echo "scale: no baseline at $BASELINE_PHP (set BASELINE_PHP)" >&2; exit 2; }

tools/install-deps.sh >/dev/null
tools/build.sh >/dev/null
PHPX=(php -d extension="$ROOT/modules/taskqueue.so")
WORK="$ROOT/.tmp/scale"
rm -rf "$WORK" && mkdir -p "$WORK" bench/results
PGDIR="$WORK/pg"
cleanup() {
    local rc=$?
    jobs -p | xargs -r kill -TERM 2>/dev/null || true
    wait 2>/dev/null || true
    tools/pg-cluster.sh stop "$PGDIR" >/dev/null 2>&1 || true
    exit "$rc"
}
trap cleanup EXIT
FAST=0 eval "$(FAST=0 tools/pg-cluster.sh start "$PGDIR")"
if [ -n "${SCALE_SHARED_BUFFERS:-}" ]; then   # a server sized for a big Task Log (default 128MB)
    echo "shared_buffers = '$SCALE_SHARED_BUFFERS'" >>"$PGDIR/data/postgresql.conf"
    tools/pg-cluster.sh restart "$PGDIR" >/dev/null
fi
CONN=$TASKQUEUE_PERSISTENCE_DEFAULT
export PGHOST PGPORT PGDATABASE=tao PGUSER=postgres
PGHOST=$(sed -n 's/.*host=\([^ ]*\).*/\1/p' <<<"$CONN"); PGPORT=$(sed -n 's/.*port=\([^ ]*\).*/\1/p' <<<"$CONN")
sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$CONN" -c "$1"; }
now() { echo "$EPOCHREALTIME"; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }
FILL="http://bench.tao.local/fill#"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

"${PHPX[@]}" -r 'require "bench/common.php"; $log = oat\taskQueueBench\taskLog(); $log->createContainer();
    oat\taskQueueBench\queue("bench", 10, $log)->initialize();'
php "$BASELINE_PHP" init --queue=queue >/dev/null

declare -A R
FAILED=0
OUT="$WORK/report.txt"
say() { echo "$*" | tee -a "$OUT"; }
note() { echo "$*" >&2; echo "$*" >>"$OUT"; }   # inside $(...): stdout is the figure

verify() {  # queue-table expected label
    local rows done left
    rows=$(sql "SELECT count(*) FROM tq_task_log WHERE id NOT LIKE '$FILL%'")
    done=$(sql "SELECT count(*) FROM tq_task_log WHERE id NOT LIKE '$FILL%' AND status = 'completed'")
    left=$(sql "SELECT count(*) FROM $1")
    if [ "$rows" -ne "$2" ] || [ "$done" -ne "$2" ] || [ "$left" -ne 0 ]; then
        note "verify FAILED ($3): $rows log rows, $done completed, $left left in $1 (expected $2 exactly once)"
        FAILED=1
    fi
}
clear_bench() { sql "TRUNCATE tq_bench, tq_queue RESTART IDENTITY; DELETE FROM tq_task_log WHERE id NOT LIKE '$FILL%'"; }
# The control: PostgreSQL's own benchmark on the same server at $2 clients (one process each, as
# our workers and producers are), transactions per second. -S: one indexed SELECT each; -N: a
# few durable writes each (pgbench_* tables of scale 1, made once).
CONTROL_S=${SCALE_CONTROL_SECONDS:-8}
control() {  # pgbench-mode clients
    [ "$CONTROL_S" -gt 0 ] || return 0   # none: no figure (the report shows "-")
    [ -n "$(sql "SELECT to_regclass('pgbench_accounts')")" ] || "$PGBIN/pgbench" -i -s 1 -q "$CONN" >/dev/null 2>&1
    sql "CHECKPOINT"
    "$PGBIN/pgbench" "$1" -M prepared -c "$2" -j "$2" -T "$CONTROL_S" "$CONN" 2>/dev/null \
        | awk '/^tps/ { printf "%.0f", $3 }'
}
quiesce() { sql "VACUUM ANALYZE $1"; sql "CHECKPOINT"; }
enqueue_bulk() { "${PHPX[@]}" bench/enqueue.php --queue=bench --count="$1" --mode=bulk >/dev/null; }
# the same messages, moved to the original's table (TAO's wire format on both sides)
to_baseline() { sql "INSERT INTO tq_queue (message, visible, created_at) SELECT message, true, created_at FROM tq_bench ORDER BY id; TRUNCATE tq_bench"; }

# PSS of the processes matching $1, sampled every 0.3 s from 1 s on until the file $2 appears.
# pss_summary: the largest sample of each process averaged over the processes, and one
# process's first and last samples: "<avg KB> <first KB> <last KB>"
pss_sampler() {
    local pattern=$1 stop=$2 out=$3
    : >"$out"
    sleep 1   # past start-up: the first sample is a worker at work
    while [ ! -e "$stop" ]; do
        for p in $(pgrep -f "$pattern" || true); do
            awk -v p="$p" '/^Pss:/ { print p, $2 }' "/proc/$p/smaps_rollup" 2>/dev/null >>"$out" || true
        done
        sleep 0.3
    done
}
pss_summary() {
    awk '{ if ($2 > max[$1]) max[$1] = $2; if (!($1 in first)) first[$1] = $2; last[$1] = $2 }
         END { n = 0; s = 0; for (p in max) { n++; s += max[p]; f = first[p]; l = last[p] }
               if (n) printf "%.0f %d %d\n", s / n, f, l; else print "0 0 0" }' "$1"
}

# Workers run long: their PHP start-up is paid once, not per task. They are started first and
# begin together at a time far enough ahead (bench/start_at.php), and the clock runs from
# then, on both sides; a process that came up late says so in the report.
start_time() { awk -v t="$(now)" -v n="$1" 'BEGIN { printf "%.6f", t + 1 + 0.1 * n }'; }
# The CPU a drain cost per task, from its start time on (PHP's start-up left out): the machine's
# (/proc/stat, every process and the kernel, sampled at the start time and at the end) and the
# workers' own (each one's "start_at: cpu", bench/start_at.php). Written to $WORK/drain_cpu as
# "<machine us/task> <workers us/task>"; the same code per task on both sides, so what grows
# with the number of processes is what the machine charges for running them side by side.
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }   # busy idle
busy_ticks() { cpu_ticks | cut -d' ' -f1; }
cpu_at() {  # time file: the busy ticks at that time
    sleep "$(awk -v a="$1" -v n="$(now)" 'BEGIN { d = a - n; printf "%.6f", (d > 0 ? d : 0) }')"
    busy_ticks >"$2"
}
drain_cpu() {  # tasks busy-ticks-file-at-start worker-logs...
    local n=$1 b0 b1
    b0=$(cat "$2"); b1=$(busy_ticks); shift 2
    awk -v n="$n" -v b="$((b1 - b0))" -v hz="$(getconf CLK_TCK)" '/^start_at: cpu / { w += $3 }
        END { printf "%.0f %.0f\n", 1e6 * b / hz / n, 1e6 * w / n }' "$@" >"$WORK/drain_cpu"
}
late_note() {  # worker logs
    local late
    late=$(grep -h "start_at: late" "$@" 2>/dev/null | sort -t' ' -k4 -n | tail -1 || true)
    [ -z "$late" ] || note "  (a worker came up ${late#start_at: }: its start-up is partly in the figure)"
}

drain_ours() {  # tasks workers [pss-file]
    local pids=() t0 t1 i sp=""
    [ -z "${3:-}" ] || { rm -f "$WORK/stop"; pss_sampler "bench/worker.php" "$WORK/stop" "$3" & sp=$!; }
    t0=$(start_time "$2")
    rm -f "$WORK"/w*.log
    cpu_at "$t0" "$WORK/busy0" & pids+=($!)
    for i in $(seq 1 "$2"); do
        BENCH_START_AT=$t0 "${PHPX[@]}" bench/start_at.php bench/worker.php --queue=bench --receive=10 >"$WORK/w$i.log" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || { note "worker failed: $(cat "$WORK"/w*.log | tail -3)"; FAILED=1; }; done
    t1=$(now)
    drain_cpu "$1" "$WORK/busy0" "$WORK"/w*.log
    late_note "$WORK"/w*.log
    [ -z "$sp" ] || { touch "$WORK/stop"; wait "$sp" || true; }
    verify tq_bench "$1" "ours: $1 tasks, $2 workers"
    rate "$1" "$t0" "$t1"
}
drain_pool() {  # tasks workers pss-file: ours as one RunWorker --processes=<workers>
    local t0 t1 sp
    rm -f "$WORK/stop"; pss_sampler "bench/worker.php" "$WORK/stop" "$3" & sp=$!
    t0=$(start_time 1)
    BENCH_START_AT=$t0 "${PHPX[@]}" bench/start_at.php bench/worker.php --queue=bench --receive=10 --pool="$2" \
        >"$WORK/pool.log" 2>&1 || { note "pool failed: $(tail -3 "$WORK/pool.log")"; FAILED=1; }
    t1=$(now)
    touch "$WORK/stop"; wait "$sp" || true
    verify tq_bench "$1" "ours, a pool: $1 tasks, $2 workers"
    rate "$1" "$t0" "$t1"
}
# The PSS a host pays per worker of a pool: every process's (the parent's too) over the workers.
pss_pool_summary() {  # pss-file workers
    awk -v w="$2" '{ if ($2 > max[$1]) max[$1] = $2 } END { s = 0; for (p in max) s += max[p]; printf "%.0f\n", w ? s / w : 0 }' "$1"
}
drain_base() {  # tasks workers [pss-file]
    local pids=() t0 t1 i sp=""
    [ -z "${3:-}" ] || { rm -f "$WORK/stop"; pss_sampler "tao_rds.php work" "$WORK/stop" "$3" & sp=$!; }
    t0=$(start_time "$2")
    rm -f "$WORK"/b*.log
    cpu_at "$t0" "$WORK/busy0" & pids+=($!)
    for i in $(seq 1 "$2"); do
        BENCH_START_AT=$t0 php bench/start_at.php "$BASELINE_PHP" work --queue=queue --receive=10 --until-empty >"$WORK/b$i.log" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || { note "baseline worker failed"; FAILED=1; }; done
    t1=$(now)
    drain_cpu "$1" "$WORK/busy0" "$WORK"/b*.log
    late_note "$WORK"/b*.log
    [ -z "$sp" ] || { touch "$WORK/stop"; wait "$sp" || true; }
    verify tq_queue "$1" "original: $1 tasks, $2 workers"
    rate "$1" "$t0" "$t1"
}

say "scale: $(sql 'SELECT version()' | cut -d, -f1); PHP $(php -r 'echo PHP_VERSION;'); shared_buffers $(sql "SHOW shared_buffers"); $(nproc) cores; $(date -u +%FT%TZ)"

# --- backlog -------------------------------------------------------------------------------------
if want backlog; then
    say ""; say "backlog (2 workers, receive 10)      taskqueue/s   original/s"
    last=${BACKLOG##* }; n20=$(( last < 20000 ? last : 20000 ))
    for b in $BACKLOG; do
        clear_bench; enqueue_bulk "$b"
        R[backlog_ours_$b]=$(drain_ours "$b" 2)
        if [ "$b" = "$last" ]; then
            # right after the biggest drain, before autovacuum has caught up: the queue table
            # keeps the dead rows of what just finished
            sql "DELETE FROM tq_task_log WHERE id NOT LIKE '$FILL%'"
            enqueue_bulk "$n20"
            R[backlog_after_dead]=$(drain_ours "$n20" 2)
        fi
        if [ "$b" -le "$BASE_BACKLOG_MAX" ]; then
            clear_bench; enqueue_bulk "$b"; to_baseline
            R[backlog_base_$b]=$(drain_base "$b" 2)
        fi
        say "$(printf '  %-33s %12s %12s' "$b waiting" "${R[backlog_ours_$b]}" "${R[backlog_base_$b]:--}")"
    done
    say "$(printf '  %-33s %12s' "$n20 right after $last finished" "${R[backlog_after_dead]}")"
fi

# --- workers -------------------------------------------------------------------------------------
if want workers; then
    say ""; say "workers (receive 10, $WN tasks)        taskqueue/s   original/s  pgbench -S/s   CPU us/task, machine / workers: taskqueue  original"
    for w in $WORKERS; do
        # each drain from the same state: the rows just queued vacuumed and analysed, no
        # checkpoint due (one that lands inside a drain, or autovacuum's pass over a table just
        # filled, would weigh on whichever size it fell in)
        pss=""; [ "$w" = 8 ] && pss="$WORK/pss_ours_8"
        clear_bench; enqueue_bulk "$WN"; quiesce tq_bench
        R[workers_ours_$w]=$(drain_ours "$WN" "$w" "$pss")
        read -r R[workers_cpu_ours_$w] R[workers_wcpu_ours_$w] <"$WORK/drain_cpu"
        pss=""; [ "$w" = 8 ] && pss="$WORK/pss_base_8"
        clear_bench; enqueue_bulk "$WN"; to_baseline; quiesce tq_queue
        R[workers_base_$w]=$(drain_base "$WN" "$w" "$pss")
        read -r R[workers_cpu_base_$w] R[workers_wcpu_base_$w] <"$WORK/drain_cpu"
        c=$(control -S "$w"); [ -z "$c" ] || R[workers_pgbench_$w]=$c
        say "$(printf '  %-33s %12s %12s %13s %17s %9s' "$w workers" "${R[workers_ours_$w]}" "${R[workers_base_$w]}" "${R[workers_pgbench_$w]:--}" \
            "${R[workers_cpu_ours_$w]} / ${R[workers_wcpu_ours_$w]}" "${R[workers_cpu_base_$w]} / ${R[workers_wcpu_base_$w]}")"
    done
    if [ -f "$WORK/pss_ours_8" ]; then
        clear_bench; enqueue_bulk "$WN"
        R[workers_pool_8]=$(drain_pool "$WN" 8 "$WORK/pss_pool_8")
        say "$(printf '  %-33s %12s' "8 workers, one pool (--processes)" "${R[workers_pool_8]}")"
        read -r R[pss8_ours_kb] _ _ < <(pss_summary "$WORK/pss_ours_8")
        read -r R[pss8_base_kb] _ _ < <(pss_summary "$WORK/pss_base_8")
        R[pss8_pool_kb]=$(pss_pool_summary "$WORK/pss_pool_8" 8)
        say "  PSS of each of 8 workers: taskqueue ${R[pss8_ours_kb]} KB (as a pool, its parent included: ${R[pss8_pool_kb]} KB), original ${R[pss8_base_kb]} KB"
    fi
    clear_bench; enqueue_bulk "$PSS_N"
    drain_ours "$PSS_N" 1 "$WORK/pss_flat" >/dev/null
    read -r _ R[pss_flat_first_kb] R[pss_flat_last_kb] < <(pss_summary "$WORK/pss_flat")
    say "  PSS of one worker over $PSS_N tasks: ${R[pss_flat_first_kb]} KB at the start, ${R[pss_flat_last_kb]} KB at the end"
fi

# --- producers -----------------------------------------------------------------------------------
# One size on one side: <processes> runs of the command, each enqueueing <each> tasks one
# createTask() at a time, begun together once all have started (bench/start_at.php: PHP's
# start-up is not timed). A checkpoint first: the series before (a drain of 100k tasks) leaves
# one due, which would land inside whichever size runs first. Sets R[producers_<side>_<p>]
# (tasks/s) and the CPU per task, R[producers_cpu_<side>_<p>] and R[producers_pcpu_<side>_<p>].
produce() {  # side processes each command...
    local side=$1 p=$2 each=$3 pids=() t0 t1 i x
    shift 3
    clear_bench; sql "CHECKPOINT"; rm -f "$WORK"/p*.log
    t0=$(start_time "$p")
    cpu_at "$t0" "$WORK/busy0" & pids+=($!)
    for i in $(seq 1 "$p"); do
        BENCH_START_AT=$t0 "$@" >"$WORK/p$i.log" 2>&1 & pids+=($!)
    done
    for x in "${pids[@]}"; do wait "$x" || FAILED=1; done
    t1=$(now)
    drain_cpu $(( each * p )) "$WORK/busy0" "$WORK"/p*.log
    read -r R[producers_cpu_${side}_$p] R[producers_pcpu_${side}_$p] <"$WORK/drain_cpu"
    R[producers_${side}_$p]=$(rate $(( each * p )) "$t0" "$t1")
    late_note "$WORK"/p*.log
}
if want producers; then
    say ""; say "producers (createTask, durable)        taskqueue/s   original/s  pgbench -N/s   CPU us/task, machine / producers: taskqueue  original"
    for p in $PRODUCERS; do
        each=$(( PN / p ))
        produce ours "$p" "$each" "${PHPX[@]}" bench/start_at.php bench/enqueue.php --queue=bench --count="$each" --mode=single
        produce base "$p" "$each" php bench/start_at.php "$BASELINE_PHP" enqueue "$each" --queue=queue
        c=$(control -N "$p"); [ -z "$c" ] || R[producers_pgbench_$p]=$c
        say "$(printf '  %-33s %12s %12s %13s %17s %9s' "$p producers" "${R[producers_ours_$p]}" "${R[producers_base_$p]}" "${R[producers_pgbench_$p]:--}" \
            "${R[producers_cpu_ours_$p]} / ${R[producers_pcpu_ours_$p]}" "${R[producers_cpu_base_$p]} / ${R[producers_pcpu_base_$p]}")"
    done
    fsync_us=$("$PGBIN/pg_test_fsync" -s 2 -f "$WORK/pg_test_fsync.tmp" 2>/dev/null \
               | awk '/fdatasync/ && /usecs/ { print $(NF-1); exit }')
    rtt_us=$(php -r '$c = pg_connect(getenv("TASKQUEUE_PERSISTENCE_DEFAULT")); $t = [];
        for ($i = 0; $i < 1000; $i++) { $a = hrtime(true); pg_query($c, "SELECT 1"); $t[] = (hrtime(true) - $a) / 1e3; }
        sort($t); printf("%.0f", $t[500]);' 2>/dev/null || echo 0)
    R[fsync_us]=${fsync_us:-0}; R[rtt_us]=${rtt_us:-0}
    one=${R[producers_ours_1]:-0}
    R[create_us]=$(awk -v r="$one" 'BEGIN { printf "%.0f", (r > 0 ? 1e6 / r : 0) }')
    say "  one createTask() ${R[create_us]} us; the disk's flush (pg_test_fsync, fdatasync) ${R[fsync_us]} us; a round trip ${R[rtt_us]} us"
fi

# --- the Task Log's size -------------------------------------------------------------------------
if want log; then
    say ""; say "log size (2 workers, receive 10)       end to end/s  original/s   createTask/s  stats ms  available ms  by id ms"
    have=0
    for l in $LOGSIZES; do
        if [ "$l" -gt "$have" ]; then
            t0=$(now)
            sql "INSERT INTO tq_task_log (id, task_name, label, status, owner, created_at, updated_at)
                 SELECT '$FILL' || g, 'oat\\taskQueueBench\\NoOpAction', 'old task',
                        CASE WHEN g % 10 = 0 THEN 'completed' ELSE 'archived' END,
                        'http://bench.tao.local/tao.rdf#u' || (g % 1000), now() - interval '400 days', now() - interval '399 days'
                 FROM generate_series($((have + 1)), $l) g"
            sql "VACUUM ANALYZE tq_task_log"
            t1=$(now)
            say "  (filled to $l rows in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }') s)"
            have=$l
        fi
        clear_bench
        single=$("${PHPX[@]}" bench/enqueue.php --queue=bench --count=$(( LN / 5 )) --mode=single | sed -n 's/enqueue: \([0-9]*\) tasks in \([0-9.]*\) s.*/\1 \2/p')
        R[log_enqueue_$l]=$(awk -v x="$single" 'BEGIN { split(x, a, " "); printf "%.0f", a[1] / a[2] }')
        clear_bench; enqueue_bulk "$LN"
        R[log_ours_$l]=$(drain_ours "$LN" 2)
        clear_bench; enqueue_bulk "$LN"; to_baseline
        R[log_base_$l]=$(drain_base "$LN" 2)
        q=$("${PHPX[@]}" bench/log_queries.php --samples=200 --owners=1000 --rows="$(( l > 0 ? l : 1 ))")
        for k in stats available by_id; do R[log_${k}_ms_$l]=$(sed -n "s/.*${k}_p50_ms=\([0-9.]*\).*/\1/p" <<<"$q"); done
        say "$(printf '  %-33s %12s %12s %14s %9s %13s %9s' "$l rows" "${R[log_ours_$l]}" "${R[log_base_$l]}" \
            "${R[log_enqueue_$l]}" "${R[log_stats_ms_$l]}" "${R[log_available_ms_$l]}" "${R[log_by_id_ms_$l]}")"
    done
fi

# --- profile: where a task's time goes at 2 workers (SCALE_PROFILE_WORKERS), receive 10 ------------------------------------
if want profile; then
    # The server again with pg_stat_statements (a restart: it must be preloaded); then one drain of
    # PROFILE_N tasks with every statement counted, the machine's CPU from /proc/stat, the workers'
    # own CPU from /usr/bin/time, and the WAL flushes from pg_stat_wal.
    PROFILE_N=${SCALE_PROFILE_TASKS:-$([ "$QUICK" = 1 ] && echo 3000 || echo 100000)}
    PROFILE_W=${SCALE_PROFILE_WORKERS:-2}
    echo "shared_preload_libraries = 'pg_stat_statements'" >>"$PGDIR/data/postgresql.conf"
    tools/pg-cluster.sh restart "$PGDIR"
    sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
    clear_bench; enqueue_bulk "$PROFILE_N"
    sql "SELECT pg_stat_statements_reset(); SELECT pg_stat_reset_shared('wal')" >/dev/null
    perf_pid=""
    if [ -n "${SCALE_PERF:-}" ] && command -v perf >/dev/null; then   # every CPU, call graphs
        perf record -q -a -g -o "$WORK/perf.data" >/dev/null 2>&1 & perf_pid=$!
        sleep 0.5
    fi
    read -r busy0 idle0 < <(cpu_ticks); t0=$(now); pids=()
    for i in $(seq 1 "$PROFILE_W"); do
        /usr/bin/time -f "%U %S" -o "$WORK/cpu$i" "${PHPX[@]}" bench/worker.php --queue=bench --receive=10 >"$WORK/w$i.log" 2>&1 &
        pids+=($!)
    done
    for x in "${pids[@]}"; do wait "$x" || FAILED=1; done
    t1=$(now); read -r busy1 idle1 < <(cpu_ticks)
    [ -z "$perf_pid" ] || { kill -INT "$perf_pid"; wait "$perf_pid" || true; }
    hz=$(getconf CLK_TCK)
    {
        echo "profile: $PROFILE_N no-op tasks, $PROFILE_W workers, receive 10, durable enqueue, $(nproc) cores, $(date -u +%FT%TZ)"
        awk -v n="$PROFILE_N" -v a="$t0" -v b="$t1" -v bu=$((busy1 - busy0)) -v id=$((idle1 - idle0)) -v hz="$hz" \
            -v w="$(cat "$WORK"/cpu[0-9]* | awk '{ s += $1 + $2 } END { print s }')" -v nw="$PROFILE_W" 'BEGIN {
            wall = b - a; busy = bu / hz
            printf "  wall %.2f s, %.0f tasks/s; the machine busy %.0f %% of %d cores (%.1f core-s)\n", wall, n / wall, 100 * bu / (bu + id), '"$(nproc)"', busy
            printf "  CPU per task: %.1f us in total, %.1f us in the %d workers (PHP + the extension), %.1f us elsewhere (PostgreSQL, the kernel)\n", 1e6 * busy / n, 1e6 * w / n, nw, 1e6 * (busy - w) / n
            printf "  the ceiling at this CPU per task: %.0f tasks/s on %d cores\n", n / busy * '"$(nproc)"', '"$(nproc)"'
        }'
        echo "  statements (pg_stat_statements): calls per task, mean ms, share of server time"
        sql "SELECT to_char(calls::numeric / $PROFILE_N, 'FM990.0000') || ' ' || to_char(mean_exec_time, 'FM990.000') || ' ' ||
                    to_char(100 * total_exec_time / sum(total_exec_time) OVER (), 'FM990.0') || '% ' ||
                    regexp_replace(left(query, 90), '\s+', ' ', 'g')
             FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'tao') AND calls > 0
             ORDER BY total_exec_time DESC LIMIT 12" | sed 's/^/    /'
        sql "SELECT '  round trips per task: ' || to_char(sum(calls)::numeric / $PROFILE_N, 'FM990.000')
             FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'tao')"
        sql "SELECT '  WAL: ' || wal_records || ' records, ' || pg_size_pretty(wal_bytes) || ', ' || wal_sync || ' flushes (' ||
                    to_char(wal_sync::numeric / $PROFILE_N, 'FM990.0000') || ' per task)' FROM pg_stat_wal"
        if [ -n "$perf_pid" ]; then   # SCALE_PERF=1: the machine's samples by process kind and by function
            echo "  perf (every CPU, the drain): share of samples by command and object"
            perf report -i "$WORK/perf.data" --no-children --sort comm,dso --stdio -q 2>/dev/null \
                | awk 'NF && $1 ~ /%$/ && n++ < 15' | sed 's/^ */    /' || true
            echo "  perf: the 30 functions with the most samples"
            perf report -i "$WORK/perf.data" --no-children --sort comm,sym --stdio -q -g none 2>/dev/null \
                | awk 'NF && $1 ~ /%$/ && n++ < 30' | sed 's/^ */    /' || true
        fi
    } | tee -a "$OUT" >"$WORK/profile.txt"
    cat "$WORK/profile.txt"
    verify tq_bench "$PROFILE_N" "profile"   # after the counts: its statements are not the workers'
    R[profile_tps]=$(awk -v n="$PROFILE_N" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", n / (b - a) }')
fi

# --- JSON, charts ----------------------------------------------------------------------------------
STAMP=$(date -u +%Y-%m-%dT%H%M)
JSON="bench/results/scale-$STAMP.json"
{
    printf '{\n  "date": "%s", "cores": %s, "quick": %s,\n' "$(date -u +%FT%TZ)" "$(nproc)" "$QUICK"
    for series in backlog workers producers log; do
        printf '  "%s": {' "$series"
        sep=""
        for who in ours base pgbench; do
            printf '%s"%s": {' "$sep" "$who"; sep2=""
            for k in $(printf '%s\n' "${!R[@]}" | grep "^${series}_${who}_" | sort -t_ -k3 -n); do
                printf '%s"%s": %s' "$sep2" "${k##*_}" "${R[$k]}"; sep2=", "
            done
            printf '}'; sep=", "
        done
        printf '},\n'
    done
    printf '  "figures": {'
    sep=""
    for k in $(printf '%s\n' "${!R[@]}" | grep -Ev '^(backlog|workers|producers|log)_(ours|base|pgbench)_' | sort); do
        printf '%s"%s": %s' "$sep" "$k" "${R[$k]:-0}"; sep=", "
    done
    printf '}\n}\n'
} >"$JSON"
cp "$OUT" "bench/results/scale-$STAMP.txt"
if [ -f "$WORK/profile.txt" ]; then cp "$WORK/profile.txt" "bench/results/profile-$STAMP.txt"; fi
php bench/svg.php "$JSON" bench/results
say ""; say "scale: wrote $JSON, bench/results/scale-$STAMP.txt and bench/results/scale-{backlog,log,workers,producers}.svg (and scale-{workers,producers}-share.svg)"
# drains run in $(...): their failures are lines in the report
grep -q "FAILED\|failed" "$OUT" && FAILED=1
[ "$FAILED" = 0 ] && say "scale: every drain completed each task exactly once" || say "scale: a check FAILED (see above)"
exit "$FAILED"
