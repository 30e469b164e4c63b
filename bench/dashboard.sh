#!/usr/bin/env bash
# The analysis dashboard's second load (issue 12: <= 500 ms p95 on a warm server), before and after
# in one run: each WAR given is started in turn on Payara Micro with the demo data (a data folder of
# its own), an analyst is made, and headless Chromium opens the dashboard 1 + N times
# (bench/java/DashboardLoads.java). The load average is printed before and after each WAR.
#   bench/dashboard.sh                                   # target/leerwerkplek.war, N=25
#   N=30 PORT=8191 bench/dashboard.sh /tmp/before.war target/leerwerkplek.war
# A WAR of another commit: git archive <commit> | tar -x -C /tmp/before && (cd /tmp/before && mvn -o -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-25}
PORT=${PORT:-8191}
BASE=http://localhost:$PORT
ADMIN=admin
PASS='Bench-Keeper-pw-2026'
wars=("$@")
[ ${#wars[@]} -gt 0 ] || wars=(target/leerwerkplek.war)
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
mkdir -p target/bench-dashboard
javac -d target/bench-dashboard -cp "$(cat target/bench.cp)" bench/java/DashboardLoads.java
. bench/server.sh
trap stop_server EXIT
for war in "${wars[@]}"; do
    work=$(mktemp -d)
    cp "$war" "$work/app.war"
    echo "== $war ($(cat /proc/loadavg | cut -d' ' -f1-3) load average before)"
    LWP_ANALYSIS_DEMO_DATA=true LWP_DATA_DIR="$work/data" LWP_ADMIN_USER=$ADMIN LWP_ADMIN_PASSWORD=$PASS \
        java @deploy/jvm.options -jar target/payara-micro.jar --deploy "$work/app.war" --contextroot / --port "$PORT" \
        --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome >>"$work/server.log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ]; do
        sleep 1
        kill -0 "$server" 2>/dev/null || { tail -50 "$work/server.log" >&2; exit 1; }
    done
    for _ in $(seq 1 120); do [ "$(curl -s -u "$ADMIN:$PASS" "$BASE/api/v1/analysis/demo")" = '{"responses":305}' ] && break; sleep 2; done
    curl -s -o /dev/null -u "$ADMIN:$PASS" -H 'Content-Type: application/json' \
        -d '{"username":"bench-analyst","password":"Tables-and-Charts-2026","roles":["ANALYST"]}' "$BASE/api/v1/admin/users"
    java -cp "target/bench-dashboard:$(cat target/bench.cp)" DashboardLoads "$BASE/" bench-analyst Tables-and-Charts-2026 nl "$N"
    echo "   ($(cat /proc/loadavg | cut -d' ' -f1-3) load average after; SEVERE lines in the log: $(grep -c SEVERE "$work/server.log" || true))"
    stop_server
    rm -rf "$work"
done
