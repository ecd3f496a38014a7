#!/usr/bin/env bash
# The SQS-compatible test server: fauxqs 1.9.2 (JSON 1.0 protocol, tests/sqs/package-lock.json)
# on 127.0.0.1, with the fault-injecting proxy of tests/sqs/faultproxy.mjs in front of it.
#
#   tools/sqs-emulator.sh start [DIR]   npm ci when tests/sqs/node_modules is missing, start on
#                                       free loopback ports, wait until ready, print the
#                                       environment for eval (a second start reuses the first)
#   tools/sqs-emulator.sh env [DIR]     print the environment of the running server
#   tools/sqs-emulator.sh stop [DIR]    stop it (nothing to do when it is not running)
#
# Typical use:  eval "$(tools/sqs-emulator.sh start)"; ...; tools/sqs-emulator.sh stop
# DIR holds the state (ports, pid) and the log; default .tmp/sqs-emulator.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CMD=${1:-}
DIR=${2:-$ROOT/.tmp/sqs-emulator}
DIR=$(mkdir -p "$DIR" && cd "$DIR" && pwd)   # absolute: the server runs in tests/sqs
STATE=$DIR/state.json
PKG=$ROOT/tests/sqs

die() { echo "sqs-emulator: $*" >&2; exit 1; }

field() {  # field NAME: a number from the state file
    sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" "$STATE" 2>/dev/null
}

running() {
    local pid
    pid=$(field pid)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

print_env() {
    local port proxy
    port=$(field port)
    proxy=$(field proxyPort)
    echo "export AWS_ENDPOINT_URL_SQS=http://127.0.0.1:$port AWS_REGION=us-east-1" \
         "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test" \
         "TQ_SQS_FAULT_PROXY=http://127.0.0.1:$proxy"
}

ready() {  # the emulator answers an SQS call and the proxy its stats
    local port proxy
    port=$(field port)
    proxy=$(field proxyPort)
    [ -n "$port" ] && [ -n "$proxy" ] || return 1
    curl -sf -m 2 -X POST "http://127.0.0.1:$port/" \
        -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: AmazonSQS.ListQueues' \
        -d '{}' >/dev/null &&
    curl -sf -m 2 "http://127.0.0.1:$proxy/__stats" >/dev/null
}

start() {
    mkdir -p "$DIR"
    if running && ready; then
        print_env
        return 0
    fi
    command -v node >/dev/null || die "node is not installed (Node 20 or later is needed)"
    if [ ! -d "$PKG/node_modules/fauxqs" ]; then
        (cd "$PKG" && npm ci --no-audit --no-fund --loglevel=error >"$DIR/npm.log" 2>&1) ||
            { cat "$DIR/npm.log" >&2; die "npm ci in tests/sqs failed"; }
    fi
    rm -f "$STATE"
    # detached, and holding none of our descriptors: `eval "$(... start)"` must not wait for it
    (cd "$PKG" && exec setsid node start.mjs "$STATE") >"$DIR/server.log" 2>&1 </dev/null &
    for _ in $(seq 1 300); do  # up to 15 s
        if [ -s "$STATE" ] && ready; then
            print_env
            return 0
        fi
        sleep 0.05
    done
    cat "$DIR/server.log" >&2 || true
    stop >/dev/null 2>&1 || true
    die "the emulator did not become ready within 15 s (log above)"
}

stop() {
    if running; then
        local pid
        pid=$(field pid)
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$STATE"
}

case "$CMD" in
    start) start ;;
    stop) stop ;;
    env) running || die "not running (state: $STATE)"; print_env ;;
    *) echo "usage: $0 start|stop|env [DIR]" >&2; exit 2 ;;
esac
