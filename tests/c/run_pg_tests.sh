#!/usr/bin/env bash
# run_pg_tests.sh: runs the C tests against a private, throwaway PostgreSQL 15 that it starts
# with tools/pg-cluster.sh and always stops afterwards.
#
#   tests/c/run_pg_tests.sh              # every C test (make check), PostgreSQL ones included
#   tests/c/run_pg_tests.sh test_pg_log  # only these binaries
#   VALGRIND=1 tests/c/run_pg_tests.sh   # each binary under valgrind (leaks are errors)
#   FAST=1 ...                           # fsync off (see tools/pg-cluster.sh)
#   TQ_PG_STRESS_N=2000 ...              # shorter stress runs (default 20000 and 5000 tasks)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
# short path: the unix socket lives in it
DIR=$(mktemp -d /tmp/tq_pgtest.XXXXXX)
rmdir "$DIR"

cleanup() {
    "$REPO/tools/pg-cluster.sh" stop "$DIR" >/dev/null 2>&1 || true
}
trap cleanup EXIT

eval "$("$REPO/tools/pg-cluster.sh" start "$DIR")"
export TASKQUEUE_PERSISTENCE_DEFAULT

make -C "$HERE" all >/dev/null

tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
    if [ "${VALGRIND:-0}" != 1 ]; then
        make -C "$HERE" check
        exit $?
    fi
    for t in "$HERE"/build/test_*; do tests+=("$(basename "$t")"); done
fi

rc=0
for t in "${tests[@]}"; do
    echo "== $t"
    if [ "${VALGRIND:-0}" = 1 ]; then
        (cd "$HERE" && valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
            --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 "./build/$t") || rc=1
    else
        (cd "$HERE" && "./build/$t") || rc=1
    fi
done
exit $rc
