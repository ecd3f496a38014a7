#!/usr/bin/env bash
# Installs what building and testing taskqueue needs on Debian 12 (run as root).
# Quiet and idempotent: skips apt when every package is already there.
set -euo pipefail
# php-pear: `pecl package` / `pecl install` (tools/check-pecl.sh)
PKGS=(php8.2-dev php8.2-cli libpq-dev libcurl4-openssl-dev libjansson-dev libssl-dev pkg-config
      postgresql-15 php8.2-pgsql phpunit php-parser libcmocka-dev valgrind make gcc php-pear
      nginx php8.2-fpm           # nginx + php-fpm: the task HTTP API tests (tools/http-stack.sh)
      chromium                   # the dashboard's browser test (tests/browser, playwright-core)
      prometheus                 # the metrics test (tests/metrics: it scrapes /metrics; promtool checks the format)
      clang libclang-rt-14-dev   # fuzzing and the ASan+UBSan build (libFuzzer, libasan)
      faketime curl iproute2)    # the chaos scenes (tests/chaos/run.sh): skewed clocks, the SQS proxy, network namespaces
missing=()
for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The SQS emulator (fauxqs 1.9.2) and tools/check-build-files.sh (it runs config.w32) use
# Node.js; the emulator needs >= 20, which this machine kind ships;
# fall back to Debian's packages where node is missing.
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
