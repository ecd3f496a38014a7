#!/usr/bin/env bash
# The build files must agree with the tree and with each other:
# - config.m4's TASKQUEUE_CORE and TASKQUEUE_GLUE name exactly src/*/*.c, ext/*.c and ext/*/*.c;
# - config.w32, run under Node with stubs of PHP's Windows build functions, stops with an ERROR
#   (taskqueue does not build on Windows: README, Requirements) and its ADD_SOURCES under that
#   ERROR name the same files, folder by folder, for whoever ports it.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0

tree=$(ls src/*/*.c ext/*.c ext/*/*.c | sort)
m4=$(sed -n 's/^ *TASKQUEUE_\(CORE\|GLUE\)="\(.*\)"$/\2/p' config.m4 | tr ' ' '\n' | sed '/^$/d' | sort)

# prints "error: <message>" when ERROR() was called, then one source path a line
w32_out=$(node -e '
const fs = require("fs");
let error = null;
const sources = [];
const stubs = {
    PHP_TASKQUEUE: "yes", PHP_TASKQUEUE_SHARED: true, PHP_PHP_BUILD: "", configure_module_dirname: "",
    ARG_ENABLE() {}, ARG_WITH() {}, WARNING() {}, EXTENSION() {}, ADD_FLAG() {}, AC_DEFINE() {},
    ADD_EXTENSION_DEP() {}, CHECK_LIB() { return true; }, CHECK_HEADER_ADD_INCLUDE() { return true; },
    ERROR(msg) { error = msg; },   /* recorded; the lists below it are read too */
    ADD_SOURCES(dir, files) {
        const d = dir.replace(/\\/g, "/").replace(/^\//, "");
        for (const f of files.split(/\s+/).filter(Boolean)) sources.push(d + "/" + f);
    },
};
new Function(...Object.keys(stubs), fs.readFileSync("config.w32", "utf8"))(...Object.values(stubs));
if (error) console.log("error: " + error);
for (const s of sources.sort()) console.log(s);
') || { echo "config.w32: does not run (syntax error?)" >&2; exit 1; }
w32=$(grep -v '^error: ' <<<"$w32_out" | sort || true)

if ! grep -q '^error: .*cannot be built on Windows' <<<"$w32_out"; then
    echo "config.w32: must stop with ERROR(\"taskqueue cannot be built on Windows: ...\") until the core is ported" >&2
    fail=1
fi
if [ "$m4" != "$tree" ]; then
    echo "config.m4 (TASKQUEUE_CORE/GLUE) differs from the tree (< config.m4, > tree):" >&2
    diff <(echo "$m4") <(echo "$tree") >&2 || true
    fail=1
fi
if [ "$w32" != "$tree" ]; then
    echo "config.w32 (ADD_SOURCES) differs from the tree (< config.w32, > tree):" >&2
    diff <(echo "$w32") <(echo "$tree") >&2 || true
    fail=1
fi
[ "$fail" = 0 ] && echo "build files: config.m4 and config.w32 list every source ($(wc -l <<<"$tree")); config.w32 stops with its ERROR"
exit "$fail"
