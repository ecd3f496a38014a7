#!/usr/bin/env bash
# TAO's own PHPUnit tests for the task queue, run unchanged against the extension
# (README "Tests"). Not part of .ci/run: it needs TAO's test files, which CI cannot fetch
# and this repository must not hold (GPL-2.0).
#
#   bash tests/tao/run.sh DIR [filter]
#
# DIR holds tao-core/test/{unit,integration}/model/taskQueue and
# extension-tao-task-queue/test, as extracted from the two repositories. Each test file
# runs in its own PHPUnit process (a file that cannot load fails alone), with our fakes
# of generis (tests/tao/fakes/) and no TAO PHP copy of a queue class. Prints one line per
# test and a summary; known failures (failing against TAO's own code too) are listed
# apart and do not fail the run.
# May touch: modules/taskqueue.so (reads), .tmp/tao-tests (its logs).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DIR=${1:?usage: tests/tao/run.sh DIR-with-TAO-tests [filter]}
DIR=$(cd "$DIR" && pwd)
FILTER=${2:-}
EXT="$ROOT/modules/taskqueue.so"
[ -f "$EXT" ] || { echo "build first: tools/build.sh"; exit 2; }
LOGS="$ROOT/.tmp/tao-tests"
rm -rf "$LOGS" && mkdir -p "$LOGS"
export TAO_TESTS_DIR="$DIR"

n=0
while IFS= read -r f; do
    n=$((n + 1))
    rel=${f#"$DIR"/}
    php -d extension="$EXT" /usr/bin/phpunit --bootstrap "$ROOT/tests/tao/bootstrap.php" \
        --no-configuration --do-not-cache-result --log-junit "$LOGS/$n.xml" ${FILTER:+--filter "$FILTER"} "$f" \
        >"$LOGS/$n.log" 2>&1
    printf '%s\t%s\n' "$rel" "$n" >>"$LOGS/files.tsv"
done < <(find "$DIR" -name '*Test.php' -path '*test*' | sort)

php "$ROOT/tests/tao/report.php" "$LOGS"
