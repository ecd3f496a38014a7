#!/usr/bin/env bash
# The PECL package works: `pecl package` builds an archive from package.xml, `pecl install`
# of that archive builds it (phpize, configure, make from the archive's files alone) and
# installs it, and the installed taskqueue.so loads. Everything happens in a scratch
# directory: a private PEAR configuration (registry, data and temp dirs), and a php_prefix
# whose php-config names a scratch extension dir, so nothing is written to the system PHP's
# extension dir (pecl's --packagingroot cannot build: PEAR 1.10.13 then extracts to one
# place and builds in another). Needs `pecl` (Debian: php-pear).
#   tools/check-pecl.sh            # KEEP=1 keeps the scratch directory and prints it
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
command -v pecl >/dev/null || { echo "check-pecl: pecl is missing (apt-get install php-pear)" >&2; exit 1; }

TMP=$(mktemp -d /tmp/tq-pecl.XXXXXX)
if [ "${KEEP:-0}" = 1 ]; then echo "check-pecl: scratch directory $TMP"; else trap 'rm -rf "$TMP"' EXIT; fi
cd "$TMP"
pear config-create "$TMP/home" "$TMP/pear.conf" >/dev/null
PECL=(pecl -c "$TMP/pear.conf")

# pecl runs <php_prefix>phpize and <php_prefix>php-config: the system's, installing under $TMP/php
mkdir -p "$TMP/bin"
printf '#!/bin/sh\nexec phpize "$@"\n' >"$TMP/bin/phpize"
printf '#!/bin/sh\ncase "$1" in\n  --prefix) echo "%s" ;;\n  --extension-dir) echo "%s" ;;\n  *) exec php-config "$@" ;;\nesac\n' \
    "$TMP/php" "$TMP/php/ext" >"$TMP/bin/php-config"
chmod +x "$TMP/bin/phpize" "$TMP/bin/php-config"
"${PECL[@]}" config-set php_prefix "$TMP/bin/" >/dev/null

"${PECL[@]}" package "$ROOT/package.xml" >package.log 2>&1 || { cat package.log; exit 1; }
tgz=$(ls taskqueue-*.tgz)
echo "check-pecl: packed $tgz ($(tar tzf "$tgz" | wc -l) entries)"

# the build gets both cores (pecl passes MAKEFLAGS on to make) and no optimiser: this checks
# that the archive's files build and load, tools/build.sh builds the optimised module
CFLAGS="-O0" MAKEFLAGS="-j$(nproc)" "${PECL[@]}" install "$TMP/$tgz" >install.log 2>&1 || { tail -40 install.log; exit 1; }
so="$TMP/php/ext/taskqueue.so"
[ -f "$so" ] || { tail -20 install.log; echo "check-pecl: $so was not installed" >&2; exit 1; }
front="$TMP/home/pear/data/taskqueue/tools/taskqueue.php"
[ -f "$front" ] || { echo "check-pecl: tools/taskqueue.php was not installed (package.xml, role data)" >&2; exit 1; }

php -n -d extension="$so" -r '
if (!extension_loaded("taskqueue")) { fwrite(STDERR, "not loaded\n"); exit(1); }
if (!class_exists("oat\\tao\\model\\taskQueue\\QueueDispatcher", false)) { fwrite(STDERR, "no QueueDispatcher\n"); exit(1); }
echo "check-pecl: installed taskqueue ", phpversion("taskqueue"), " loads\n";'
echo "check-pecl: ok ($so, $front)"
