#!/usr/bin/env bash
# Import and export of N responses (default 100,000) of the employer questionnaire against a
# running Payara Micro on a fresh Derby data folder (or PostgreSQL when LWP_DB_URL is set).
#   1. generates a CSV of N valid, seeded random responses (BenchmarkData, test sources),
#   2. POSTs it to /api/v1/surveys/werkgeversbevraging/import and times the call,
#   3. GETs the export as CSV (codes) and as XLSX, RUNS times each, timing them and sampling the
#      server's resident memory every 0.2 s during each export (peak minus the RSS before).
#
#   bench/survey-data.sh            # N=100000 RUNS=3
#   N=20000 bench/survey-data.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-3}
PORT=${LWP_PORT:-8080}
BASE="http://localhost:$PORT"
USER=bench-admin
PASS="Bench-Werf-$(date +%s)"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

if curl -s -o /dev/null "$BASE/login.xhtml"; then
    echo "something already answers on port $PORT; stop it first" >&2
    exit 1
fi
mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
csv="$work/responses.csv"
start=$(date +%s%N)
java -cp "target/test-classes:target/classes:$(cat "$work/cp")" org.leerwerkplek.surveys.csv.BenchmarkData "$N" >"$csv"
printf 'generated %d responses, %d MB, in %.1f s\n' "$N" "$(( $(stat -c %s "$csv") / 1048576 ))" \
    "$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)"

LWP_DATA_DIR="$work/data" LWP_ADMIN_USER=$USER LWP_ADMIN_PASSWORD=$PASS \
    java -jar target/payara-micro.jar --deploy target/leerwerkplek.war --contextroot / --port "$PORT" \
    --noHazelcast --disablephonehome >"$work/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ]; do
    sleep 0.5
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
done
pid=$(pgrep -f -n 'payara-micro.*\.jar')
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }

import=$(curl -s -u "$USER:$PASS" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
    --data-binary @"$csv" -o "$work/import.json" -w '%{http_code} %{time_total}' \
    "$BASE/api/v1/surveys/werkgeversbevraging/import")
echo "import: HTTP ${import% *} in ${import#* } s; $(head -c 200 "$work/import.json")"

export_once() {  # $1 = query, $2 = label
    local before peak=0 now status
    before=$(rss)
    curl -s -u "$USER:$PASS" -o "$work/out" -w '%{http_code} %{time_total}' \
        "$BASE/api/v1/surveys/werkgeversbevraging/export$1" >"$work/curl" &
    local c=$!
    while kill -0 "$c" 2>/dev/null; do now=$(rss); (( now > peak )) && peak=$now; sleep 0.2; done
    wait "$c"
    status=$(cat "$work/curl")
    printf '%s: HTTP %s in %s s, %d MB, RSS before %d MB, peak %d MB (+%d MB)\n' "$2" "${status% *}" \
        "${status#* }" "$(( $(stat -c %s "$work/out") / 1048576 ))" "$before" "$peak" "$(( peak - before ))"
}
for run in $(seq 1 "$RUNS"); do
    export_once "" "export csv run $run"
    export_once "?format=xlsx" "export xlsx run $run"
done
