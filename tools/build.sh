#!/usr/bin/env bash
# Builds modules/taskqueue.so with the project's warning flags (-Werror).
# BUILD_CFLAGS overrides the optimisation flags (e.g. "-O0 -g" for debugging).
set -euo pipefail
cd "$(dirname "$0")/.."
CFLAGS_ALL="${BUILD_CFLAGS:--O2 -g} -Wall -Wextra -Wno-unused-parameter -Werror"
if [ ! -f configure ] || [ config.m4 -nt configure ]; then
    phpize >/dev/null 2>&1
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ] || [ Makefile.frag -nt Makefile ] || ! grep -q -- "$CFLAGS_ALL" config.nice 2>/dev/null; then
    ./configure CFLAGS="$CFLAGS_ALL" >/dev/null
fi
make -j"$(nproc)" >/dev/null
echo "build: $(pwd)/modules/taskqueue.so"
