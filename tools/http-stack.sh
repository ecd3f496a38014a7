#!/usr/bin/env bash
# http-stack.sh: nginx + php-fpm (Debian's nginx and php8.2-fpm) serving public/index.php
# on loopback, for the task HTTP API tests and benchmark. Own config files, sockets,
# logs and pids under DIR; unprivileged port; no system service is touched.
#
#   tools/http-stack.sh start DIR [PORT]   prints: export TASKQUEUE_HTTP_URL=http://127.0.0.1:PORT
#   tools/http-stack.sh stop DIR           stops both (by their pid files) and removes DIR
#
# The PHP workers get TASKQUEUE_ROOT, TASKQUEUE_API_TOKENS, TASKQUEUE_API_STORAGE and
# TASKQUEUE_PERSISTENCE_DEFAULT from the caller's environment (php-fpm clears the rest),
# and the extension from EXT (default <repo>/modules/taskqueue.so). FPM_CHILDREN (4)
# sets the pool size. The README's "Task HTTP API" section explains the settings.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
NGINX=${NGINX:-/usr/sbin/nginx}
FPM=${FPM:-/usr/sbin/php-fpm8.2}
die() { echo "http-stack: $*" >&2; exit 2; }

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);'
}

stop() {
    local dir=$1 pid
    for f in nginx.pid php-fpm.pid; do
        if [ -f "$dir/$f" ] && pid=$(cat "$dir/$f") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid"
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
    done
    rm -rf "$dir"
}

start() {
    local dir=$1 port=${2:-$(free_port)}
    local ext=${EXT:-$REPO/modules/taskqueue.so}
    [ -x "$NGINX" ] && [ -x "$FPM" ] || die "nginx or php-fpm8.2 missing (tools/install-deps.sh installs them)"
    [ -f "$ext" ] || die "no extension at $ext (tools/build.sh)"
    mkdir -p "$dir/tmp"
    dir=$(cd "$dir" && pwd)
    local as_root="" user_line=""
    if [ "$(id -u)" -eq 0 ]; then as_root="-R"; user_line="user root;"; fi
    {
        echo "[global]"
        echo "pid = $dir/php-fpm.pid"
        echo "error_log = $dir/php-fpm.log"
        echo "daemonize = yes"
        echo "[api]"
        echo "listen = $dir/php-fpm.sock"
        echo "listen.mode = 0600"
        echo "pm = static"
        echo "pm.max_children = ${FPM_CHILDREN:-4}"
        echo "pm.max_requests = 0"
        echo "clear_env = yes"
        for v in TASKQUEUE_ROOT TASKQUEUE_API_TOKENS TASKQUEUE_API_STORAGE TASKQUEUE_PERSISTENCE_DEFAULT; do
            [ -n "${!v:-}" ] && echo "env[$v] = \"${!v}\""
        done
        echo "php_admin_flag[display_errors] = off"
        echo "php_admin_flag[log_errors] = on"
        echo "php_admin_value[error_log] = $dir/php-errors.log"
        echo "catch_workers_output = yes"
    } > "$dir/php-fpm.conf"
    echo '{"success":false,"errorCode":400,"errorMsg":"Request too large"}' > "$dir/too-large.json"
    cat > "$dir/nginx.conf" <<CONF
$user_line
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    fastcgi_temp_path $dir/tmp/fastcgi;
    proxy_temp_path $dir/tmp/proxy;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $REPO/public;
        client_max_body_size 64k;
        large_client_header_buffers 4 16k;
        # what nginx itself refuses (a request line over 16k, a body over 64k) is JSON too
        error_page 413 414 =400 /too-large.json;
        location = /too-large.json { root $dir; internal; default_type application/json; }
        location / {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME \$document_root/index.php;
            fastcgi_param SCRIPT_NAME /index.php;
            # one FastCGI connection per request: a kept one would pin an FPM child idle
            fastcgi_pass unix:$dir/php-fpm.sock;
        }
    }
}
CONF
    local opcache=()
    if [ -f "$(php -r 'echo ini_get("extension_dir");')/opcache.so" ]; then
        opcache=(-d zend_extension=opcache.so -d opcache.enable=1 -d opcache.validate_timestamps=0)
    fi
    # -n: none of the host's ini files, so the stack is the same on every machine
    "$FPM" $as_root -n -d extension="$ext" "${opcache[@]}" -y "$dir/php-fpm.conf" || die "php-fpm did not start: $(tail -5 "$dir/php-fpm.log" 2>/dev/null)"
    "$NGINX" -p "$dir" -c "$dir/nginx.conf" -e "$dir/nginx-error.log" || { stop "$dir"; die "nginx did not start"; }
    for _ in $(seq 50); do
        if php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && [ -S "$dir/php-fpm.sock" ]; then
            echo "export TASKQUEUE_HTTP_URL=http://127.0.0.1:$port"
            return 0
        fi
        sleep 0.1
    done
    stop "$dir"
    die "nothing listens on 127.0.0.1:$port"
}

case "${1:-}" in
    start) [ -n "${2:-}" ] || die "usage: $0 start DIR [PORT]"; start "$2" "${3:-}" ;;
    stop) [ -n "${2:-}" ] || die "usage: $0 stop DIR"; stop "$2" ;;
    *) die "usage: $0 start|stop DIR [PORT]" ;;
esac
