#!/usr/bin/env bash
# The phpt suite under AddressSanitizer + UBSan: builds the second, sanitized copy of the
# extension (tools/build-asan.sh) and runs every phpt with Debian's php through the wrapper
# .tmp/asan/php (libasan and the RTLD_DEEPBIND shim preloaded; php children of the tests
# go through the wrapper too, as PHP_BINARY). Leaks are reported (LeakSanitizer, narrow
# suppressions in tests/asan/lsan.supp), UBSan halts on its first report. Any report file
# in .tmp/asan/reports/ fails the run, whatever the tests printed.
#   tests/asan/run.sh [--no-build] [run-tests.php options] [phpt dirs or files, relative to phpt/]
# --no-build: tools/build-asan.sh has already run (tests/run-all.sh builds it beside the
# valgrind run, which leaves a core idle much of the time).
# Needs the services tests/run-all.sh starts (PostgreSQL, the SQS emulator) in the
# environment, as the plain phpt run does. Last line: "asan: N passed, N failed, N reports".
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT="$ROOT/.tmp/asan"
BUILD=1
[ "${1:-}" = --no-build ] && { BUILD=0; shift; }
if [ "$BUILD" = 1 ] && ! tools/build-asan.sh "$OUT" >"$ROOT/.tmp/asan-build.log" 2>&1; then
    cat "$ROOT/.tmp/asan-build.log"
    echo "asan: 0 passed, 1 failed, 0 reports (build)"
    exit 1
fi
TREE="$OUT/tree"
rm -rf "$OUT/reports" && mkdir -p "$OUT/reports"
opts=()
paths=()
for a in "$@"; do
    case $a in
        -*) opts+=("$a") ;;
        *) paths+=("$TREE/phpt/${a#phpt/}") ;;
    esac
done
[ ${#paths[@]} -gt 0 ] || paths=("$TREE/phpt")
LOG="$OUT/phpt.log"
# a temporary directory of its own: the valgrind run of tests/run-all.sh runs beside this one,
# and tests clean up their files by pattern
TMPDIR=$(mktemp -d /tmp/tq-asan.XXXXXX) && chmod 1777 "$TMPDIR" && export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
# the runner itself is plain php; only the tests run under the sanitizers, about 3-10 times
# slower: 300 s per test instead of run-tests' 60 (the valgrind run's figure)
NO_INTERACTION=1 TEST_TIMEOUT=300 php "$TREE/run-tests.php" -q -p "$OUT/php" -d extension="$TREE/modules/taskqueue.so" \
    "${opts[@]}" "${paths[@]}" >"$LOG" 2>&1
p=$(awk -F: '/^Tests passed/{split($2,a," "); print a[1]}' "$LOG")
f=$(awk -F: '/^Tests failed/{split($2,a," "); print a[1]}' "$LOG")
[ -n "$p" ] || { tail -20 "$LOG"; p=0; f=1; }
grep -E '^(FAIL|LEAK|BORK)' "$LOG" | head -30
reports=$(find "$OUT/reports" -type f | wc -l)
for r in $(find "$OUT/reports" -type f | head -5); do
    echo "--- $r"
    grep -E 'ERROR|runtime error|SUMMARY|^    #[0-9]+ ' "$r" | head -25
done
echo "asan: ${p:-0} passed, ${f:-0} failed, $reports reports"
[ "${f:-0}" -eq 0 ] && [ "$reports" -eq 0 ] && [ "${p:-0}" -gt 0 ]
