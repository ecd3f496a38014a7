#!/usr/bin/env bash
# The task HTTP API tests, end to end, against the PostgreSQL of
# TASKQUEUE_PERSISTENCE_DEFAULT: a fresh fixture (fixture.php), then api-check.php through
# PHP's built-in server and, unless --builtin-only, through nginx + php-fpm
# (tools/http-stack.sh). With the pinned npm tools installed (npm ci in tests/http), the
# OpenAPI document doc/taskApi.yml is validated and every response is checked against it.
# Last line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
EXT=${EXT:-$ROOT/modules/taskqueue.so}
WORK=$ROOT/.tmp/http-test
BUILTIN_ONLY=0
[ "${1:-}" = "--builtin-only" ] && BUILTIN_ONLY=1
rm -rf "$WORK" && mkdir -p "$WORK"
PASSED=0
FAILED=0
add() {  # log: adds the log's closing "N passed, M failed"
    local p f
    read -r p f < <(tail -1 "$1" | awk '{print $1, $3}')
    grep '^not ok' -A1 "$1" | head -40
    PASSED=$((PASSED + ${p:-0}))
    FAILED=$((FAILED + ${f:-1}))
}
one() {  # name: 1 passed or 1 failed
    if [ "$2" = 0 ]; then PASSED=$((PASSED + 1)); else echo "not ok - $1"; FAILED=$((FAILED + 1)); fi
}

# The OpenAPI document: validated by swagger-cli, turned into JSON for the checks.
SPEC_ARG=()
NODE_BIN=tests/http/node_modules/.bin
if [ ! -x "$NODE_BIN/swagger-cli" ] && command -v npm >/dev/null; then
    (cd tests/http && npm ci --silent --no-audit --no-fund >"$WORK/npm.log" 2>&1)
fi
if [ -x "$NODE_BIN/swagger-cli" ]; then
    "$NODE_BIN/swagger-cli" validate doc/taskApi.yml >"$WORK/openapi.log" 2>&1
    rc=$?; cat "$WORK/openapi.log" >&2; one "doc/taskApi.yml validates" $rc
    node -e 'const y = require(process.argv[1]); const fs = require("fs");
             fs.writeFileSync(process.argv[3], JSON.stringify(y.load(fs.readFileSync(process.argv[2], "utf8"))));' \
        "$ROOT/tests/http/node_modules/js-yaml" doc/taskApi.yml "$WORK/openapi.json"
    one "doc/taskApi.yml converts to JSON" $?
    SPEC_ARG=("$WORK/openapi.json")
else
    echo "not ok - swagger-cli unavailable (npm ci in tests/http)"; FAILED=$((FAILED + 1))
fi

fixture() {
    php -d extension="$EXT" tests/http/fixture.php "$1" >/dev/null
}

# 1. PHP's built-in server
fixture "$WORK/root-builtin" || one "fixture" 1
PORT=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);')
TASKQUEUE_ROOT="$WORK/root-builtin" TASKQUEUE_API_TOKENS="$WORK/root-builtin/tokens" \
    php -d extension="$EXT" -d display_errors=1 -S "127.0.0.1:$PORT" public/index.php >"$WORK/builtin.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$PORT" && break; sleep 0.1; done
php tests/http/api-check.php "$WORK/root-builtin" "http://127.0.0.1:$PORT" "${SPEC_ARG[@]}" >"$WORK/builtin-check.log" 2>&1
# tools/api-token.php: a user it adds can call at once; cli-user cannot be added
TOOL_TOKEN=$(php tools/api-token.php add tool-manager TaskQueueManager --file="$WORK/root-builtin/tokens")
one "api-token.php prints a token" $([[ "$TOOL_TOKEN" =~ ^[0-9a-f]{64}$ ]]; echo $?)
php -r '$c = stream_context_create(["http" => ["header" => "Authorization: Bearer " . $argv[2], "ignore_errors" => true]]);
        $b = file_get_contents($argv[1] . "/tao/TaskQueue/getAll", false, $c);
        exit(str_contains($http_response_header[0], " 200 ") && json_decode($b, true)["data"] === [] ? 0 : 1);'     "http://127.0.0.1:$PORT" "$TOOL_TOKEN"
one "a token from api-token.php is accepted" $?
php tools/api-token.php add cli-user - --file="$WORK/root-builtin/tokens" >/dev/null 2>&1
one "api-token.php refuses cli-user" $([ $? -ne 0 ]; echo $?)
kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null
echo "built-in server: $(tail -1 "$WORK/builtin-check.log")"
add "$WORK/builtin-check.log"

# 2. nginx + php-fpm
if [ "$BUILTIN_ONLY" = 0 ]; then
    fixture "$WORK/root-nginx" || one "fixture" 1
    if STACK=$(TASKQUEUE_ROOT="$WORK/root-nginx" TASKQUEUE_API_TOKENS="$WORK/root-nginx/tokens" EXT="$EXT" \
               tools/http-stack.sh start "$WORK/stack"); then
        eval "$STACK"
        php tests/http/api-check.php "$WORK/root-nginx" "$TASKQUEUE_HTTP_URL" "${SPEC_ARG[@]}" >"$WORK/nginx-check.log" 2>&1
        echo "nginx + php-fpm: $(tail -1 "$WORK/nginx-check.log")"
        add "$WORK/nginx-check.log"
        if [ -s "$WORK/stack/php-errors.log" ]; then
            echo "not ok - PHP logged errors:"; head -5 "$WORK/stack/php-errors.log"; FAILED=$((FAILED + 1))
        fi
        tools/http-stack.sh stop "$WORK/stack"
    else
        one "nginx + php-fpm start" 1
    fi
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
