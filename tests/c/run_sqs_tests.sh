#!/usr/bin/env bash
# Builds and runs the SQS C tests (test_sigv4, test_sqs_config, test_sqs, test_sqs_keeper) against fauxqs on
# loopback: starts tools/sqs-emulator.sh when AWS_ENDPOINT_URL_SQS is not already set, and
# stops it again if it started it. VALGRIND=1 runs each binary under valgrind (leaks fail).
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
started=0
if [ -z "${AWS_ENDPOINT_URL_SQS:-}" ]; then
    env_lines=$("$ROOT/tools/sqs-emulator.sh" start "$ROOT/.tmp/sqs-emulator-c") || exit 1
    eval "$env_lines"
    started=1
fi
cleanup() { [ "$started" = 1 ] && "$ROOT/tools/sqs-emulator.sh" stop "$ROOT/.tmp/sqs-emulator-c"; }
trap cleanup EXIT

make -s build/test_sigv4 build/test_sqs_config build/test_sqs build/test_sqs_keeper || exit 1
rc=0
for t in build/test_sigv4 build/test_sqs_config build/test_sqs build/test_sqs_keeper; do
    if [ "${VALGRIND:-0}" = 1 ]; then
        valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
            --error-exitcode=9 "$t" || rc=1
    else
        "$t" || rc=1
    fi
done
exit $rc
