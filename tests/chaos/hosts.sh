# tests/chaos/hosts.sh: the "hosts" scene's network, sourced by tests/chaos/run.sh.
# Four network namespaces: tqc-db (the database host) and tqc-h1..tqc-h3 (worker hosts), each
# worker host joined to the database host by its own veth pair (10.77.N.2 <-> 10.77.N.1).
# The scene's PostgreSQL (its own cluster) runs inside tqc-db, listening on every address
# there and on its unix socket, which run.sh's checks use from the root namespace. Host 3
# reaches it only through tests/chaos/tcpproxy.mjs (200 ms each way, a connection cut every
# few seconds), which also runs inside tqc-db. Needs root (ip netns).
HOSTS_NS=(tqc-db tqc-h1 tqc-h2 tqc-h3)

# hosts_up runs in a command substitution (a subshell): the proxy's pid goes to a file beside
# the cluster, where hosts_down finds it (deleting the namespace does not end the process).
hosts_down() {  # [pg-dir]
    [ -z "${1:-}" ] || { [ ! -s "$1.proxy-pid" ] || kill "$(cat "$1.proxy-pid")" 2>/dev/null; rm -f "$1.proxy-pid"; }
    [ -z "${1:-}" ] || tools/pg-cluster.sh stop "$1" >/dev/null 2>&1
    local ns
    for ns in "${HOSTS_NS[@]}"; do ip netns del "$ns" 2>/dev/null; done
    return 0
}

hosts_up() {  # pg-dir work-dir: prints the export line of the database host's cluster
    hosts_down "$1"
    local i ns
    for ns in "${HOSTS_NS[@]}"; do ip netns add "$ns" && ip -n "$ns" link set lo up || return 1; done
    for i in 1 2 3; do
        ip link add "tqc-h$i" type veth peer name "tqc-d$i" &&
            ip link set "tqc-h$i" netns "tqc-h$i" && ip link set "tqc-d$i" netns tqc-db &&
            ip -n "tqc-h$i" addr add "10.77.$i.2/24" dev "tqc-h$i" &&
            ip -n tqc-db addr add "10.77.$i.1/24" dev "tqc-d$i" &&
            ip -n "tqc-h$i" link set "tqc-h$i" up && ip -n tqc-db link set "tqc-d$i" up || return 1
    done
    ip netns exec tqc-db tools/pg-cluster.sh start "$1" >/dev/null || return 1
    local data
    data=$(readlink -f "$1")/data
    echo "listen_addresses = '*'" >>"$data/postgresql.conf"
    echo "host all all 10.77.0.0/16 trust" >>"$data/pg_hba.conf"
    ip netns exec tqc-db tools/pg-cluster.sh restart "$1" >/dev/null || return 1
    ip netns exec tqc-db node tests/chaos/tcpproxy.mjs 10.77.3.1:6543 127.0.0.1:5432 200 3000 \
        "$2/tcpproxy.json" >"$2/tcpproxy.log" 2>&1 &
    echo $! >"$1.proxy-pid"
    local tries=0
    until [ -s "$2/tcpproxy.json" ] || [ $((++tries)) -ge 50 ]; do sleep 0.1; done
    tools/pg-cluster.sh env "$1"
}

# The conninfo a worker on host N uses (host 3: through the fault proxy). No keepalives: a
# host cut off for a while keeps its connections, so what it sends after it is back (late
# acknowledgements and reports of tasks others took over) reaches the database.
hosts_conninfo() {  # N
    if [ "$1" = 3 ]; then
        echo "host=10.77.3.1 port=6543 dbname=tao user=postgres connect_timeout=5"
    else
        echo "host=10.77.$1.1 port=5432 dbname=tao user=postgres connect_timeout=5"
    fi
}

hosts_cut() { ip -n "tqc-h$1" link set "tqc-h$1" down; }   # N
hosts_join() { ip -n "tqc-h$1" link set "tqc-h$1" up; }    # N
