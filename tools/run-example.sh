#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs the synchronous task queue
# example (three in-memory queues, tasks run at once, reports read from the Task Log).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
php -d extension="$PWD/modules/taskqueue.so" examples/sync_queue.php "${1:-30}"
