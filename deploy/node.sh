#!/usr/bin/env bash
# Starts one Leerwerkplek node: Payara Micro with the WAR at /, in the foreground. The java process
# replaces this script (exec), so its pid is the node's pid: Ctrl-C or SIGTERM stops it cleanly, SIGKILL
# kills it at once.
#
# Clustered (a member list is given): Payara's Hazelcast data grid finds the other nodes through that
# TCP/IP list only (multicast off), listens on one address, and keeps the HTTP sessions (the signed-in
# user, JSF view state, view-scoped pages) so that another node carries on when one dies. Every node must
# use the same PostgreSQL database, the same member list and cluster name and the same LWP_... settings.
# Without a member list it starts a single node without the data grid (like the laptop default).
#
# Every option has an environment variable; an option given wins. Anything after "--" goes to Payara
# Micro as it is. The application's own settings (LWP_DB_URL, LWP_DB_USER, LWP_DB_PASSWORD, LWP_DATA_DIR,
# LWP_PUBLIC_URL, LWP_MAIL_..., see the README) are read from the environment by the application.
#
# Example, two nodes on one host (two shells):
#   LWP_DB_URL=jdbc:postgresql://127.0.0.1:5432/lwp LWP_DB_USER=lwp LWP_DB_PASSWORD=... \
#     deploy/node.sh --name node1 --port 8081 --hz-port 5701 --members 127.0.0.1:5701,127.0.0.1:5702 --data-dir /var/lib/lwp/node1
#   ... the same with --name node2 --port 8082 --hz-port 5702 --data-dir /var/lib/lwp/node2
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: deploy/node.sh [options] [-- payara-micro options]
  --port N            HTTP port                                   LWP_NODE_PORT (8080)
  --http-address A    address HTTP listens on (the balancer's
                      side); empty: every interface               LWP_NODE_HTTP_ADDRESS (empty)
  --hz-port N         data grid (Hazelcast) port of this node     LWP_NODE_HZ_PORT (5701)
  --address A         address the data grid listens on and gives
                      the other nodes; one of this host's         LWP_NODE_ADDRESS (127.0.0.1)
  --members LIST      every node's address:hz-port, this one too,
                      comma-separated; empty: one node, no grid   LWP_NODE_MEMBERS (empty)
  --cluster-name S    nodes join only a cluster of the same name  LWP_NODE_CLUSTER_NAME (leerwerkplek)
  --name S            this node's name in logs and the grid       LWP_NODE_NAME (<host>-<port>)
  --data-dir DIR      data folder (logs, backups; Derby alone)    LWP_DATA_DIR (application default: ./data)
  --db-url URL        jdbc:postgresql://host:port/db              LWP_DB_URL
  --db-user S         database user                               LWP_DB_USER
                      (the password only as LWP_DB_PASSWORD, never on the command line)
  --jar FILE          Payara Micro jar                            LWP_NODE_JAR (target/payara-micro.jar)
  --war FILE          the application                             LWP_NODE_WAR (target/leerwerkplek.war)
  Java options: deploy/jvm.options (the collector, the heap), then JAVA_OPTS
  (e.g. -Xmx2g; below 1 GB give -Xms too; another collector only in jvm.options).
EOF
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${LWP_NODE_PORT:-8080}
http_address=${LWP_NODE_HTTP_ADDRESS:-}
hz_port=${LWP_NODE_HZ_PORT:-5701}
address=${LWP_NODE_ADDRESS:-127.0.0.1}
members=${LWP_NODE_MEMBERS:-}
cluster_name=${LWP_NODE_CLUSTER_NAME:-leerwerkplek}
name=${LWP_NODE_NAME:-}
jar=${LWP_NODE_JAR:-$root/target/payara-micro.jar}
war=${LWP_NODE_WAR:-$root/target/leerwerkplek.war}
extra=()

need_value() {
    [ $# -ge 2 ] && [ -n "$2" ] || { echo "node.sh: $1 needs a value (deploy/node.sh --help)" >&2; exit 2; }
}
while [ $# -gt 0 ]; do
    case "$1" in
        --port) need_value "$@"; port=$2; shift 2 ;;
        --http-address) need_value "$@"; http_address=$2; shift 2 ;;
        --hz-port) need_value "$@"; hz_port=$2; shift 2 ;;
        --address) need_value "$@"; address=$2; shift 2 ;;
        --members) need_value "$@"; members=$2; shift 2 ;;
        --cluster-name) need_value "$@"; cluster_name=$2; shift 2 ;;
        --name) need_value "$@"; name=$2; shift 2 ;;
        --data-dir) need_value "$@"; export LWP_DATA_DIR=$2; shift 2 ;;
        --db-url) need_value "$@"; export LWP_DB_URL=$2; shift 2 ;;
        --db-user) need_value "$@"; export LWP_DB_USER=$2; shift 2 ;;
        --jar) need_value "$@"; jar=$2; shift 2 ;;
        --war) need_value "$@"; war=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "node.sh: unknown option $1 (deploy/node.sh --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "node.sh: $*" >&2; exit 2; }
is_port() { [[ $1 =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]; }
is_port "$port" || fail "--port must be a port number (1-65535), not '$port'"
is_port "$hz_port" || fail "--hz-port must be a port number (1-65535), not '$hz_port'"
[ -f "$jar" ] || fail "no Payara Micro jar at $jar: build first (mvn -DskipTests package) or give --jar"
[ -f "$war" ] || fail "no application at $war: build first (mvn -DskipTests package) or give --war"
name=${name:-$(hostname -s 2>/dev/null || echo node)-$port}

args=(--deploy "$war" --contextroot / --port "$port" --name "$name" --disablephonehome)
java_opts=()
if [ -n "$http_address" ]; then
    mkdir -p "${LWP_DATA_DIR:-data}"
    preboot="${LWP_DATA_DIR:-data}/node-preboot.asadmin"
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$http_address" >"$preboot"
    args+=(--prebootcommandfile "$preboot")
fi
if [ -z "$members" ]; then
    args+=(--noHazelcast --postbootcommandfile "$(dirname "$0")/single-node.asadmin")
else
    # Embedded Derby lives in one process's data folder: nodes cannot share it.
    [[ ${LWP_DB_URL:-} == jdbc:postgresql:* ]] \
        || fail "a cluster needs a shared PostgreSQL database: set LWP_DB_URL=jdbc:postgresql://host:port/db (embedded Derby cannot be shared)"
    [[ $members =~ ^[^,:[:space:]]+:[0-9]+(,[^,:[:space:]]+:[0-9]+)*$ ]] \
        || fail "--members must be address:port pairs separated by commas (e.g. 10.0.0.1:5701,10.0.0.2:5701), not '$members'"
    [[ ,$members, == *",$address:$hz_port,"* ]] \
        || fail "--members must list this node too ($address:$hz_port), so that every node has the same list"
    args+=(--clusterName "$cluster_name" --clustermode "tcpip:$members"
           --startport "$hz_port" --interfaces "$address" --hzpublicaddress "$address")
    # Hazelcast listens on every interface unless told otherwise; the grid has no password, so only on this one.
    java_opts+=(-Dhazelcast.socket.bind.any=false)
    # Payara keeps a backup of each session on a member of another host; when every member runs on one
    # host, that rule would leave no backup at all, so a node's death would lose its sessions.
    hosts=$(tr ',' '\n' <<<"$members" | sed 's/:[0-9]*$//' | sort -u | wc -l)
    if [ "$hosts" -eq 1 ]; then
        args+=(--nohostaware)
    fi
fi

# shellcheck disable=SC2086 # JAVA_OPTS holds several options on purpose
exec java @"$root/deploy/jvm.options" ${JAVA_OPTS:-} "${java_opts[@]}" -jar "$jar" "${args[@]}" "${extra[@]}"
