#!/usr/bin/env bash
# Regenerates each ext/<folder>/*_arginfo.h beside its ext/<folder>/*.stub.php with PHP 8.2's gen_stub.php, offline:
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
    stale=0
    for stub in ext/*/*.stub.php; do
        mkdir -p "$scratch/$(dirname "$stub")"
        cp "$stub" "$scratch/$stub"
        php "$GEN/gen_stub.php" -f "$scratch/$stub" >/dev/null
        hdr="${stub%.stub.php}_arginfo.h"
        if ! cmp -s "$scratch/$hdr" "$hdr"; then
            echo "arginfo: $hdr is stale; run tools/gen-stubs.sh" >&2
            stale=1
        fi
    done
    [ "$stale" = 0 ] && echo "arginfo: every header matches its stub"
    exit "$stale"
fi
for stub in ext/*/*.stub.php; do
    php "$GEN/gen_stub.php" -f "$stub"
done
