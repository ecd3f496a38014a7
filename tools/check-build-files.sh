#!/usr/bin/env bash
# config.m4 and config.w32 must build the same sources: every src/*/*.c, ext/*.c and ext/*/*.c.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
for f in src/*/*.c ext/*.c ext/*/*.c; do
    b=$(basename "$f")
    grep -q "$f" config.m4 || { echo "config.m4 does not build $f" >&2; fail=1; }
    grep -q "$b" config.w32 || { echo "config.w32 does not build $f" >&2; fail=1; }
done
[ "$fail" = 0 ] && echo "build files: config.m4 and config.w32 list every source"
exit "$fail"
