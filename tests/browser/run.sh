#!/usr/bin/env bash
# The task dashboard in a real browser (README "Task dashboard"): Debian's chromium
# (installed with apt when missing) driven by playwright-core (pinned in package-lock.json,
# npm ci) against nginx + php-fpm (tools/http-stack.sh) serving public/, on the PostgreSQL
# of TASKQUEUE_PERSISTENCE_DEFAULT (a private cluster is started when it is not set),
# with a LongRunningWorker running the fixture's queue. Screenshots go to
# .tmp/browser-test/screenshots/. Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
EXT=${EXT:-$REPO/modules/taskqueue.so}
WORK=$REPO/.tmp/browser-test
ROOT=$WORK/root
PGDIR=$WORK/pg
rm -rf "$WORK" && mkdir -p "$WORK"
STARTED_PG=0
fail() { echo "not ok - $*"; echo "0 passed, 1 failed"; exit 1; }
cleanup() {
    local pid
    for pid in $(cat "$WORK/workers" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null; done
    [ -f "$WORK/stack/nginx.pid" ] && tools/http-stack.sh stop "$WORK/stack" >/dev/null 2>&1
    [ "$STARTED_PG" = 1 ] && tools/pg-cluster.sh stop "$PGDIR" >/dev/null 2>&1
    return 0
}
trap cleanup EXIT

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >"$WORK/apt.log" 2>&1 \
        || fail "chromium could not be installed (see $WORK/apt.log)"
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && npm ci --silent --no-audit --no-fund) >"$WORK/npm.log" 2>&1 || fail "npm ci in tests/browser"
fi
if [ -z "${TASKQUEUE_PERSISTENCE_DEFAULT:-}" ]; then
    eval "$(tools/pg-cluster.sh start "$PGDIR")" || fail "PostgreSQL did not start"
    STARTED_PG=1
fi
export TASKQUEUE_PERSISTENCE_DEFAULT
php -d extension="$EXT" tests/browser/fixture.php "$ROOT" >"$WORK/fixture.log" 2>&1 || { cat "$WORK/fixture.log"; fail "fixture"; }
STACK=$(TASKQUEUE_ROOT="$ROOT" TASKQUEUE_API_TOKENS="$ROOT/tokens" TASKQUEUE_API_STORAGE="$ROOT/data/taskQueueStorage" \
        EXT="$EXT" tools/http-stack.sh start "$WORK/stack") || fail "nginx + php-fpm did not start"
eval "$STACK"
# a worker; the test kills it and starts another (START_WORKER prints the new pid)
START_WORKER="cd '$ROOT' && { php -d extension='$EXT' index.php 'oat\\taoTaskQueue\\scripts\\tools\\RunWorker' \
    --queue=browser_q --time-limit=600 >>'$WORK/worker.out' 2>>'$WORK/worker.log' & echo \$! | tee -a '$WORK/workers'; }"
WORKER=$(bash -c "$START_WORKER")

BASE_URL=$TASKQUEUE_HTTP_URL ROOT=$ROOT OUT=$WORK/screenshots CHROMIUM=$CHROMIUM \
    PHP="[\"php\", \"-d\", \"extension=$EXT\"]" WORKER_PID=$WORKER START_WORKER=$START_WORKER \
    timeout 300 node tests/browser/dashboard.test.mjs 2>&1 | tee "$WORK/test.log" | sed '$d'
read -r P F < <(tail -1 "$WORK/test.log" | awk '/passed,/{print $1, $3}')
[ -n "${P:-}" ] || { echo "not ok - the browser test did not finish"; P=0; F=1; }
if [ -s "$WORK/stack/php-errors.log" ]; then
    echo "not ok - PHP logged errors:"; head -5 "$WORK/stack/php-errors.log"; F=$((F + 1))
fi
echo "$P passed, $F failed"
[ "$F" -eq 0 ]
