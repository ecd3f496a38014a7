#!/usr/bin/env bash
# pg-cluster.sh: a private, throwaway PostgreSQL 15 cluster for tests and benchmarks.
#
#   tools/pg-cluster.sh start   [DIR]   create (if needed) and start; prints the export line
#   tools/pg-cluster.sh env     [DIR]   print the export line for a running cluster
#   tools/pg-cluster.sh status  [DIR]   "running" (exit 0) or "stopped" (exit 3)
#   tools/pg-cluster.sh restart [DIR]   fast restart, data kept (tests: server goes away)
#   tools/pg-cluster.sh stop    [DIR]   stop and remove DIR
#
#   eval "$(tools/pg-cluster.sh start)"   # sets TASKQUEUE_PERSISTENCE_DEFAULT
#
# DIR defaults to <repo>/.tmp/pg. Run as root with DIR under a directory the postgres user
# cannot search (a clone inside `mktemp -d`), the cluster goes to /tmp/tq-pg.XXXXXX and DIR
# becomes a symlink to it; every command follows it. The server listens on a unix socket in DIR only
# (listen_addresses=''); PORT (default 5432) only names the socket file, so clusters in
# different DIRs never clash. Defaults are durable (fsync, synchronous_commit on); FAST=1
# at creation turns fsync, synchronous_commit and full_page_writes off. Every command is safe to
# repeat. As root, initdb and pg_ctl run as the postgres user (PostgreSQL refuses root).
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)

die() { echo "pg-cluster: $*" >&2; exit 2; }

usage() {
    echo "usage: $0 start|stop|status|env|restart [DIR]" >&2
    exit 2
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

[ $# -ge 1 ] || usage
CMD=$1
DIR=${2:-$REPO/.tmp/pg}
PORT=${PORT:-5432}
[[ "$PORT" =~ ^[0-9]+$ ]] || die "PORT must be a number (got '$PORT')"

# Absolute path: the socket directory ends up in a conninfo string.
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
case "$DIR" in *[[:space:]\'\"\\]*) die "DIR must not contain spaces, quotes or backslashes (it goes into a conninfo string)" ;; esac
# A DIR the postgres user cannot reach (a clone under mktemp -d's 0700 directory, run as root)
# is a symlink to a directory under /tmp that init_cluster made instead: work on its target.
LINK=
if [ -L "$DIR" ]; then
    LINK=$DIR
    DIR=$(readlink -f "$DIR")
fi
DATA="$DIR/data"
LOG="$DIR/server.log"

# A postmaster killed a moment ago can still answer kill(pid, 0) -- as a zombie until its
# parent reaps it, and some PID 1s are slow to -- so pg_ctl status alone would call it running.
running() {
    [ -f "$DATA/postmaster.pid" ] || return 1
    local pid state
    pid=$(head -1 "$DATA/postmaster.pid")
    state=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 1
    [ -n "$state" ] && [ "$state" != Z ] && as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

cluster_port() {
    if [ -f "$DIR/port" ]; then cat "$DIR/port"; else echo "$PORT"; fi
}

print_env() {
    echo "export TASKQUEUE_PERSISTENCE_DEFAULT='host=$DIR port=$(cluster_port) dbname=tao user=postgres'"
}

init_cluster() {
    [ -x "$PGBIN/initdb" ] || die "PostgreSQL 15 server binaries not found in $PGBIN (apt-get install postgresql-15)"
    mkdir -p "$DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$DIR"
        # The postgres user must reach DIR through every parent directory; when a parent is
        # private to root, the cluster lives in /tmp and DIR becomes a symlink to it.
        if ! runuser -u postgres -- test -w "$DIR"; then
            rmdir "$DIR"
            local real
            real=$(mktemp -d /tmp/tq-pg.XXXXXX)
            ln -s "$real" "$DIR"
            LINK=$DIR
            DIR=$real
            DATA="$DIR/data"
            LOG="$DIR/server.log"
            chown postgres: "$DIR"
            runuser -u postgres -- test -w "$DIR" \
                || die "the postgres user cannot write to '$DIR' either; pass another DIR"
        fi
    fi
    # The socket path must fit in sun_path (107 bytes) with ".s.PGSQL.<port>" appended.
    [ $(( ${#DIR} + 15 + ${#PORT} )) -le 107 ] || die "'$DIR' is too long for a unix socket path; pass a shorter DIR"
    chmod 755 "$DIR"
    as_pg "$PGBIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    {
        echo "listen_addresses = ''"
        echo "unix_socket_directories = '$DIR'"
        echo "port = $PORT"
        if [ "${FAST:-0}" = 1 ]; then
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
        fi
    } | as_pg tee -a "$DATA/postgresql.conf" >/dev/null
    echo "$PORT" >"$DIR/port"
}

start() {
    if running; then
        print_env
        return 0
    fi
    [ -f "$DATA/PG_VERSION" ] || init_cluster
    # The lock files of a postmaster that died and waits as a zombie: PostgreSQL itself would
    # take it for a live server and refuse to start. A zombie holds no shared memory.
    local lock old
    for lock in "$DATA/postmaster.pid" "$DIR/.s.PGSQL.$(cluster_port).lock"; do
        [ -f "$lock" ] || continue
        old=$(head -1 "$lock")
        [ "$(awk '{ print $3 }' "/proc/$old/stat" 2>/dev/null)" != Z ] || rm -f "$lock"
    done
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 30 start >/dev/null \
        || { tail -n 20 "$LOG" >&2 || true; die "the server did not start (log: $LOG)"; }
    local port
    port=$(cluster_port)
    if ! "$PGBIN/psql" -h "$DIR" -p "$port" -U postgres -d postgres -XAtq \
            -c "SELECT 1 FROM pg_database WHERE datname = 'tao'" | grep -q 1; then
        "$PGBIN/psql" -h "$DIR" -p "$port" -U postgres -d postgres -Xq -c 'CREATE DATABASE tao' >/dev/null \
            || die "could not create database tao"
    fi
    print_env
}

stop() {
    if running; then
        as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only remove what looks like one of our clusters, never an arbitrary directory.
    if [ -d "$DIR" ]; then
        if [ -f "$DATA/PG_VERSION" ] || [ -f "$DIR/port" ] || [ -z "$(ls -A "$DIR")" ]; then
            rm -rf "$DIR"
            if [ -n "$LINK" ]; then rm -f "$LINK"; fi
        else
            die "'$DIR' does not look like a pg-cluster.sh cluster; not removing it"
        fi
    fi
}

restart() {
    running || die "no cluster running in '$DIR'"
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -m fast -w -t 60 restart >/dev/null \
        || { tail -n 20 "$LOG" >&2 || true; die "restart failed (log: $LOG)"; }
}

case "$CMD" in
    start) start ;;
    stop) stop ;;
    restart) restart ;;
    env)
        running || die "no cluster running in '$DIR' (run: $0 start${2:+ $2})"
        print_env
        ;;
    status)
        if running; then echo "running"; else echo "stopped"; exit 3; fi
        ;;
    *) usage ;;
esac
