# Shared by the bench scripts (sourced, not run): start and stop the built WAR on Payara Micro
# with a data folder of its own ($data if set, else $work/data). Expects work (a temporary folder), ADMIN, PASS, PORT and BASE;
# LWP_* settings exported by the caller reach the server. start_server's arguments are JVM options.
server=

start_server() {
    LWP_DATA_DIR="${data:-$work/data}" LWP_ADMIN_USER=$ADMIN LWP_ADMIN_PASSWORD=$PASS \
        java @deploy/jvm.options "$@" -jar target/payara-micro.jar --deploy target/leerwerkplek.war --contextroot / --port "$PORT" \
        --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome >>"$work/server.log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ]; do
        sleep 0.5
        kill -0 "$server" 2>/dev/null || { tail -50 "$work/server.log" >&2; exit 1; }
    done
}

stop_server() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server"
        wait "$server" 2>/dev/null || true
    fi
    server=
}
