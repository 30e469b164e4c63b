#!/usr/bin/env bash
# Cold start of the README's run command to the first HTTP 200 on the login page, and the resident
# memory of the Payara Micro process once it serves. Median of RUNS runs (default 5), each on a
# fresh data folder (so it includes the first migration and the admin bootstrap).
#
#   bench/startup.sh            # the README run command: mvn -DskipTests package payara-micro:start
#   MODE=jar bench/startup.sh   # the server alone: java -jar target/payara-micro.jar --deploy ...
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
MODE=${MODE:-mvn}
PORT=${LWP_PORT:-8080}
URL="http://localhost:$PORT/login.xhtml"

if curl -s -o /dev/null "$URL"; then
    echo "something already answers on port $PORT; stop it first" >&2
    exit 1
fi
mvn -q -B -DskipTests package >/dev/null

times=(); rss=()
for run in $(seq 1 "$RUNS"); do
    data=$(mktemp -d)
    log=$(mktemp)
    start=$(date +%s%N)
    if [ "$MODE" = jar ]; then
        LWP_DATA_DIR="$data" setsid java @deploy/jvm.options -jar target/payara-micro.jar --deploy target/leerwerkplek.war \
            --contextroot / --port "$PORT" --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome >"$log" 2>&1 &
    else
        LWP_DATA_DIR="$data" setsid mvn -q -B -DskipTests package payara-micro:start >"$log" 2>&1 &
    fi
    leader=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL")" = 200 ]; do
        sleep 0.1
        if ! kill -0 "$leader" 2>/dev/null; then echo "run $run: the process ended; see $log" >&2; exit 1; fi
        if (( ($(date +%s%N) - start) / 1000000000 > 180 )); then echo "run $run: no 200 within 180 s" >&2; exit 1; fi
    done
    elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    elapsed=$(printf '%d.%03d' $((elapsed_ms / 1000)) $((elapsed_ms % 1000)))
    sleep 2
    pid=$(pgrep -f -n 'payara-micro.*\.jar')
    kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    times+=("$elapsed"); rss+=("$kb")
    printf 'run %d: %.1f s to first 200, RSS %d MB\n' "$run" "$elapsed" "$((kb / 1024))"
    kill -- -"$leader" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    rm -rf "$data" "$log"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'mode=%s runs=%d median start %.1f s, median RSS %d MB\n' "$MODE" "$RUNS" "$(median "${times[@]}")" \
    "$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))"
