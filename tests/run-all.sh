#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine (as root): installs what is
# missing, builds with -Werror, runs the repository checks (PECL package included), the C
# unit and integration tests, the phpt
# suite (plain, then under valgrind), and the PHPUnit suite against a private
# PostgreSQL it starts and stops, the HTTP API, the Prometheus metrics, chaos and resource
# scenes (short), the dashboard in chromium and a tiny benchmark. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export NO_COLOR=1 NO_INTERACTION=1
LOGS="$ROOT/.tmp/test-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"

PASSED=0
FAILED=0
LAST=$SECONDS
count() {  # suite passed failed [seconds]; by default the seconds since the previous line (CI time is bounded)
    printf '%-28s %5d passed, %d failed   %4ds\n' "$1:" "$2" "$3" "${4:-$((SECONDS - LAST))}"
    LAST=$SECONDS
    PASSED=$((PASSED + $2))
    FAILED=$((FAILED + $3))
}
check() {  # name command...: a repository check counts as one test
    local name=$1; shift
    if "$@" >"$LOGS/$name.log" 2>&1; then count "$name" 1 0; else cat "$LOGS/$name.log"; count "$name" 0 1; fi
}

tools/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
if ! tools/build.sh >"$LOGS/build.log" 2>&1; then
    cat "$LOGS/build.log"
    echo "build failed"
    echo "0 passed, 1 failed"
    exit 1
fi
EXT="$ROOT/modules/taskqueue.so"

check arginfo tools/gen-stubs.sh --check
check package-xml php tools/package-xml.php --check
check build-files tools/check-build-files.sh
check module-loads php -d extension="$EXT" -r 'exit(extension_loaded("taskqueue") ? 0 : 1);'
# Two more builds run in the background: the ASan+UBSan copy of the extension
# (tools/build-asan.sh) for the sanitizer run, beside the valgrind run's priority, and at the
# lowest priority the pecl package + pecl install of that archive in a scratch directory.
nice -n 10 tools/build-asan.sh "$ROOT/.tmp/asan" >"$LOGS/asan-build.log" 2>&1 &
ASAN_BUILD=$!
nice -n 19 tools/check-pecl.sh >"$LOGS/pecl-package.log" 2>&1 &
PECL=$!

# Services: two private PostgreSQL servers on unix sockets and two SQS-compatible servers
# (fauxqs from npm, pinned, behind our fault proxy). Set "a" serves the suites run one after
# the other below; set "b" serves only the valgrind run, which runs beside them. Two sets,
# so that a test that restarts or faults its server (phpt/rds's restart test, the SQS fault
# proxy tests) never touches a run going on beside it.
cleanup() {
    for set in a b; do
        tools/pg-cluster.sh stop "$ROOT/.tmp/pg-test-$set" >/dev/null 2>&1 || true
        tools/sqs-emulator.sh stop "$ROOT/.tmp/sqs-emulator-$set" >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT
services() {  # set: starts its servers; prints the environment for eval (export lines)
    local pg="$ROOT/.tmp/pg-test-$1" env
    if env=$(tools/pg-cluster.sh start "$pg"); then
        # the restart test (phpt/rds) restarts this cluster: tell it where it lives
        echo "$env"; echo "export TASKQUEUE_PG_CLUSTER_DIR='$pg'"
    else
        echo "echo 'could not start PostgreSQL ($1)'; count postgresql-$1 0 1"
    fi
    if env=$(tools/sqs-emulator.sh start "$ROOT/.tmp/sqs-emulator-$1"); then
        echo "$env"
    else
        echo "echo 'could not start the SQS emulator ($1)'; count sqs-emulator-$1 0 1"
    fi
}
services b >"$LOGS/services-b.env" 2>"$LOGS/services-b.log"
eval "$(services a 2>"$LOGS/services-a.log")"

phpt_run() {  # name extra-args...: the phpt suite with the loaded extension, into $LOGS/name.log
    local name=$1; shift
    # run-tests' own limit is 60 s a test (valgrind: 300); the drain and restart tests need
    # more on a machine that runs another job beside this one
    TEST_TIMEOUT=${TEST_TIMEOUT:-300} php run-tests.php -q "$@" -d extension="$EXT" phpt >"$LOGS/$name.log" 2>&1
}
phpt_count() {  # name [seconds]
    local name=$1 p f l
    p=$(awk -F: '/^Tests passed/{split($2,a," "); print a[1]}' "$LOGS/$name.log")
    f=$(awk -F: '/^Tests failed/{split($2,a," "); print a[1]}' "$LOGS/$name.log")
    l=$(awk -F: '/^Tests leaked/{split($2,a," "); print a[1]}' "$LOGS/$name.log")
    [ -n "$p" ] || { tail -20 "$LOGS/$name.log"; p=0; f=1; }
    grep -E '^(FAIL|LEAK|BORK)' "$LOGS/$name.log" | head -30
    count "$name" "${p:-0}" $(( ${f:-0} + ${l:-0} )) ${2:-}
}

# Under valgrind, in the background on set "b" from here to past the plain run: each test's
# own php process (tests/valgrind/valgrind turns off run-tests' --trace-children; the php
# children the tests start run under ASan below), without PCRE's JIT, whose code valgrind
# cannot follow. It keeps both cores busy; the C tests beside it mostly wait on servers and
# children: at nice 10 it takes the CPU they leave. Three at a time. The ASan run, as
# CPU-bound as it, comes after it. In a tree of its own
# (run-tests writes each test's .php, .out and .mem beside the .phpt; the rest of the tree
# is linked) and with a temporary directory of its own (tests clean up their files by
# pattern), as the ASan run.
VTREE="$ROOT/.tmp/valgrind-tree"
rm -rf "$VTREE" && mkdir -p "$VTREE"
for e in "$ROOT"/*; do
    case ${e##*/} in
        phpt|run-tests.php) cp -a "$e" "$VTREE/" ;;
        *) ln -s "$e" "$VTREE/${e##*/}" ;;
    esac
done
# less what tests/valgrind/skip.txt leaves to the plain and ASan runs (its reasons)
grep -v '^#' tests/valgrind/skip.txt | while read -r f; do [ -n "$f" ] && rm -f "$VTREE/$f"; done
(
    eval "$(cat "$LOGS/services-b.env")"
    cd "$VTREE" || exit 1
    TMPDIR=$(mktemp -d /tmp/tq-valgrind.XXXXXX) && chmod 1777 "$TMPDIR" && export TMPDIR
    start=$SECONDS
    export EXT LOGS
    export -f phpt_run
    PATH="$ROOT/tests/valgrind:$PATH" nice -n 10 bash -c 'phpt_run "phpt under valgrind" -m -j3 -d pcre.jit=0'

    echo $((SECONDS - start)) >"$LOGS/valgrind.seconds"
    rm -rf "$TMPDIR"
) &
VALGRIND=$!

# C tests of src/ (cmocka prints one PASSED/FAILED line per binary): unit/ needs no server,
# integration/ uses the PostgreSQL and the SQS emulator started above.
c_tests() {  # name make-target
    local log="$LOGS/c-$2.log" rc=0 cp cf
    make -C tests/c "$2" >"$log" 2>&1 || rc=$?
    cp=$(grep -o '\[  PASSED  \] [0-9]*' "$log" | awk '{s+=$NF} END{print s+0}')
    cf=$(grep -o '\[  FAILED  \] [0-9]* test' "$log" | awk '{s+=$(NF-1)} END{print s+0}')
    if ! grep -q 'PASSED\|FAILED' "$log"; then cat "$log"; cf=$((cf + 1)); fi
    # a binary that failed before cmocka ran (no server, a crash) still counts once
    if [ "$rc" -ne 0 ] && [ "$cf" -eq 0 ]; then tail -20 "$log"; cf=1; fi
    grep -E '\[  (FAILED|ERROR) \]|error:|: FAILED' "$log" | head -20
    count "$1" "$cp" "$cf"
}
c_tests "C unit tests" unit
c_tests "C integration tests" integration

# `make test` of a phpize build runs phpt/ (Makefile.frag): with both services up, every file.
check make-test-phpt bash -c '[ "$(make -s taskqueue-phpt-list | grep -c "\.phpt$")" -eq "$(find phpt -name "*.phpt" | wc -l)" ]'

phpt_run "phpt" -j2 --show-diff
phpt_count "phpt"

# Fuzzing under ASan+UBSan (tests/fuzz): every parser of outside input in src/ for
# FUZZ_SECONDS each (30 by default; the long run is tests/fuzz/run.sh --seconds 600),
# committed crash inputs replayed first. One test per target: passed when nothing crashed.
# It runs in the background at the lowest priority, one target at a time, from here to the
# dashboard: the CPU the valgrind, ASan and later runs leave; its line comes after theirs.
FUZZ=
if command -v clang >/dev/null 2>&1; then
    FUZZ_SEED=${FUZZ_SEED:-1} nice -n 19 tests/fuzz/run.sh --seconds "${FUZZ_SECONDS:-30}" --parallel 1 >"$LOGS/fuzz.log" 2>&1 &
    FUZZ=$!
fi

wait "$VALGRIND"
phpt_count "phpt under valgrind" "$(cat "$LOGS/valgrind.seconds" 2>/dev/null)"
# The phpt suite again with the ASan+UBSan build of the extension (tests/asan/run.sh: the
# second build in .tmp/asan, php children of the tests included); any sanitizer report fails.
# As CPU-bound as the valgrind run, so after it, on set "b", in the background at nice 10
# beside the suites below, which mostly wait (they use set "a" or servers of their own).
ASAN_BUILT=0
wait "$ASAN_BUILD" && ASAN_BUILT=1
(
    eval "$(cat "$LOGS/services-b.env")"
    start=$SECONDS
    if [ "$ASAN_BUILT" = 1 ]; then
        nice -n 10 tests/asan/run.sh --no-build -j3 >"$LOGS/asan.log" 2>&1
    else
        cat "$LOGS/asan-build.log" >"$LOGS/asan.log"
        echo "asan: 0 passed, 1 failed, 0 reports (build)" >>"$LOGS/asan.log"
    fi
    echo $((SECONDS - start)) >"$LOGS/asan.seconds"
) &
ASAN=$!
asan_count() {
    wait "$ASAN"
    for what in pg-cluster.sh:pg-test-b sqs-emulator.sh:sqs-emulator-b; do
        tools/${what%%:*} stop "$ROOT/.tmp/${what#*:}" >/dev/null 2>&1 || true
    done
    local ap af ar
    ap=$(sed -n 's/^asan: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) reports.*/\1/p' "$LOGS/asan.log")
    af=$(sed -n 's/^asan: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) reports.*/\2/p' "$LOGS/asan.log")
    ar=$(sed -n 's/^asan: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) reports.*/\3/p' "$LOGS/asan.log")
    [ -n "$ap" ] || { tail -20 "$LOGS/asan.log"; ap=0; af=1; ar=0; }
    [ "$af" -eq 0 ] && [ "$ar" -eq 0 ] || grep -v '^asan:' "$LOGS/asan.log" | head -40
    count "phpt under ASan+UBSan" "$ap" $((af + (ar > 0 ? 1 : 0))) "$(cat "$LOGS/asan.seconds" 2>/dev/null)"
}

if wait "$PECL"; then count pecl-package 1 0; else cat "$LOGS/pecl-package.log"; count pecl-package 0 1; fi


fuzz_count() {
    if [ -z "$FUZZ" ]; then
        echo "clang missing: fuzzing not run"; count "fuzz (ASan+UBSan)" 0 1; return
    fi
    wait "$FUZZ"
    grep -E 'FAIL|fails|no such|build' "$LOGS/fuzz.log" | head -20
    local fp ff
    fp=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' "$LOGS/fuzz.log")
    ff=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' "$LOGS/fuzz.log")
    [ -n "$fp" ] || { tail -20 "$LOGS/fuzz.log"; fp=0; ff=1; }
    count "fuzz (ASan+UBSan)" "$fp" "$ff"
}

# PHPUnit, written the way TAO's own unit tests use these classes.
php -d extension="$EXT" /usr/bin/phpunit -c tests/phpunit/phpunit.xml >"$LOGS/phpunit.log" 2>&1
if grep -q '^OK (' "$LOGS/phpunit.log"; then
    n=$(sed -n 's/^OK (\([0-9]*\) test.*/\1/p' "$LOGS/phpunit.log")
    count "PHPUnit" "$n" 0
else
    tail -40 "$LOGS/phpunit.log"
    t=$(sed -n 's/^Tests: \([0-9]*\),.*/\1/p' "$LOGS/phpunit.log")
    bad=$(grep -o -E '(Failures|Errors): [0-9]+' "$LOGS/phpunit.log" | awk '{s+=$2} END{print s+0}')
    [ -n "$t" ] || { t=1; bad=1; }
    count "PHPUnit" $((t - bad)) "$bad"
fi

# The task HTTP API end to end (tests/http/run.sh): doc/taskApi.yml validated, every route
# through PHP's built-in server, then through nginx + php-fpm, responses checked against it.
EXT="$EXT" bash tests/http/run.sh >"$LOGS/http.log" 2>&1
read -r hp hf < <(tail -1 "$LOGS/http.log" | awk '/passed,/{print $1, $3}')
[ -n "${hp:-}" ] || { tail -20 "$LOGS/http.log"; hp=0; hf=1; }
grep -E '^not ok' -A1 "$LOGS/http.log" | head -30
count "HTTP API" "$hp" "$hf"

# Prometheus metrics end to end (tests/metrics/run.sh, about 20 s): Debian's prometheus
# scrapes /metrics while two workers run tasks; values checked through its query API.
EXT="$EXT" bash tests/metrics/run.sh >"$LOGS/metrics.log" 2>&1
read -r mp mf < <(tail -1 "$LOGS/metrics.log" | awk '/passed,/{print $1, $3}')
[ -n "${mp:-}" ] || { tail -20 "$LOGS/metrics.log"; mp=0; mf=1; }
grep -E '^(not ok|# )' "$LOGS/metrics.log" | head -30
count "metrics (prometheus)" "$mp" "$mf"

# Chaos, short (tests/chaos/run.sh --short; the long run is tests/chaos/run.sh): workers
# killed with SIGKILL, PostgreSQL restarted and crashed under them, on its own server; each
# scene checks every task completed once and none left. One test per scene.
bash tests/chaos/run.sh --short >"$LOGS/chaos.log" 2>&1
read -r cp cf < <(tail -1 "$LOGS/chaos.log" | awk '/passed,/{print $1, $3}')
[ -n "${cp:-}" ] || { tail -20 "$LOGS/chaos.log"; cp=0; cf=1; }
grep -v 'passed,' "$LOGS/chaos.log" | grep -v ' ok$' | head -30
count "chaos (short)" "$cp" "$cf"

# Resources running out, short (tests/chaos/resources.sh --short): the database's disk full,
# max_connections reached, memory_limit hit inside a task; on its own server.
bash tests/chaos/resources.sh --short >"$LOGS/resources.log" 2>&1
read -r rp rf < <(tail -1 "$LOGS/resources.log" | awk '/passed,/{print $1, $3}')
[ -n "${rp:-}" ] || { tail -20 "$LOGS/resources.log"; rp=0; rf=1; }
grep -v 'passed,' "$LOGS/resources.log" | grep -v ' ok$' | head -30
count "resources (short)" "$rp" "$rf"

# The task dashboard (public/taskqueue/) in Debian's chromium through playwright-core,
# against nginx + php-fpm, this PostgreSQL and a running worker (tests/browser/run.sh).
EXT="$EXT" bash tests/browser/run.sh >"$LOGS/browser.log" 2>&1
read -r bp bf < <(tail -1 "$LOGS/browser.log" | awk '/passed,/{print $1, $3}')
[ -n "${bp:-}" ] || { tail -20 "$LOGS/browser.log"; bp=0; bf=1; }
grep -E '^not ok' -A3 "$LOGS/browser.log" | head -30
count "dashboard (chromium)" "$bp" "$bf"

fuzz_count

# The benchmark, once at a tiny size, so it cannot rot (its figures are not checked here).
check benchmark-quick bash bench/run.sh --quick
asan_count

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
