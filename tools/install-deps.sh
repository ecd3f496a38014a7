#!/usr/bin/env bash
# Installs what building and testing taskqueue needs on Debian 12 (run as root).
# Quiet and idempotent: skips apt when every package is already there.
set -euo pipefail
PKGS=(php8.2-dev php8.2-cli libpq-dev libcurl4-openssl-dev libjansson-dev libssl-dev pkg-config
      postgresql-15 php8.2-pgsql phpunit php-parser libcmocka-dev valgrind make gcc)
missing=()
for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
