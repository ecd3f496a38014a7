#!/usr/bin/env bash
# Regenerates ext/*_arginfo.h from ext/*.stub.php with PHP 8.2's gen_stub.php, offline:
# it wants PHP-Parser 4.15.1 beside it, so point it at Debian's php-parser package.
# With --check, writes into a scratch copy and fails when a committed header differs.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=tools/gen_stub
mkdir -p "$GEN/PHP-Parser-4.15.1/lib"
cp /usr/lib/php/*/build/gen_stub.php "$GEN/gen_stub.php"
ln -sfn /usr/share/php/PhpParser "$GEN/PHP-Parser-4.15.1/lib/PhpParser"
if [ "${1:-}" = "--check" ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cp ext/*.stub.php "$scratch/"
    stale=0
    for stub in "$scratch"/*.stub.php; do
        php "$GEN/gen_stub.php" -f "$stub" >/dev/null
        hdr="${stub%.stub.php}_arginfo.h"
        if ! cmp -s "$hdr" "ext/$(basename "$hdr")"; then
            echo "arginfo: ext/$(basename "$hdr") is stale; run tools/gen-stubs.sh" >&2
            stale=1
        fi
    done
    [ "$stale" = 0 ] && echo "arginfo: every header matches its stub"
    exit "$stale"
fi
for stub in ext/*.stub.php; do
    php "$GEN/gen_stub.php" -f "$stub"
done
