#!/usr/bin/env bash
# Import and export of N responses (default 100,000) of the employer questionnaire against a
# running Payara Micro on a fresh Derby data folder (or PostgreSQL when LWP_DB_URL is set).
#   1. generates a CSV of N valid, seeded random responses (BenchmarkData, test sources),
#   2. POSTs it to /api/v1/surveys/werkgeversbevraging/import and times the call,
#   3. GETs the export as CSV (codes) and as XLSX, RUNS times each, timing them and sampling the
#      server's resident memory every 0.2 s during each export (peak minus the RSS before),
#   4. stops the server and measures the references in the same database (BenchmarkReference):
#      a plain JDBC batched insert of the same rows into a scratch table of the same shape, and
#      writing the same CSV from memory to a file; prints each figure beside its reference, the
#      ratio and the target, and the load average before and after.
#
#   bench/survey-data.sh            # N=100000 RUNS=3
#   WARMUP=20000 bench/survey-data.sh  # first a refused import of 20,000 rows (a broken last line:
#                                    # all of it checked and stored, then rolled back), so the timed
#                                    # import meets a warm server, as a fund's long-running one
#   N=20000 bench/survey-data.sh
#   N=100000 RUNS=0 bench/survey-data.sh   # the import and its reference only
#   LWP_PORT=18750 SERVER_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/x.jfr bench/survey-data.sh
#   LWP_DB_URL=jdbc:postgresql://localhost:5432/db LWP_DB_USER=db LWP_DB_PASSWORD=db bench/survey-data.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-0}
PORT=${LWP_PORT:-8080}
BASE="http://127.0.0.1:$PORT"
USER=bench-admin
PASS="Bench-Werf-$(date +%s)"
work=$(mktemp -d)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (with changes)'); N=$N"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

if curl -s -o /dev/null "$BASE/login.xhtml"; then
    echo "something already answers on port $PORT; stop it first" >&2
    exit 1
fi
mvn -o -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
csv="$work/responses.csv"
start=$(date +%s%N)
java -cp "target/test-classes:target/classes:$(cat "$work/cp")" org.leerwerkplek.surveys.csv.BenchmarkData "$N" >"$csv"
printf 'generated %d responses, %d MB, in %.1f s\n' "$N" "$(( $(stat -c %s "$csv") / 1048576 ))" \
    "$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)"

LWP_DATA_DIR="$work/data" LWP_ADMIN_USER=$USER LWP_ADMIN_PASSWORD=$PASS \
    java @deploy/jvm.options ${SERVER_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/leerwerkplek.war --contextroot / --port "$PORT" \
    --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome >"$work/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ]; do
    sleep 0.5
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
done
pid=$server
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }

cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat"; }
# CPU clock ticks per kind of thread (its name without numbers): the JIT compilers, the collector, the
# request (storing) thread; a thread that ended meanwhile (the import's reading one) is in no line
thread_ticks() {
    for t in /proc/"$pid"/task/*; do
        printf '%s\t%s\n' "$(tr -d '0-9' <"$t/comm")" "$(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
    done 2>/dev/null | awk -F'\t' '{a[$1] += $2} END {for (k in a) print k "\t" a[k]}' | sort
}
if [ "$WARMUP" -gt 0 ]; then  # every row checked and stored, then the broken last line refuses all of it
    { java -cp "target/test-classes:target/classes:$(cat "$work/cp")" org.leerwerkplek.surveys.csv.BenchmarkData "$WARMUP"
      echo 'broken;line'; } >"$work/warmup.csv"
    warm=$(curl -s -u "$USER:$PASS" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
        --data-binary @"$work/warmup.csv" -o "$work/warmup.json" -w '%{http_code} %{time_total}' \
        "$BASE/api/v1/surveys/werkgeversbevraging/import")
    echo "warm-up: $WARMUP rows and a broken line refused: HTTP ${warm% *} in ${warm#* } s; $(head -c 160 "$work/warmup.json")"
    [ "${warm% *}" -ge 400 ] || { echo "the warm-up import was not refused" >&2; exit 1; }
fi
cpu_before=$(cpu_s)
thread_ticks >"$work/threads.before"
import=$(curl -s -u "$USER:$PASS" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
    --data-binary @"$csv" -o "$work/import.json" -w '%{http_code} %{time_total}' \
    "$BASE/api/v1/surveys/werkgeversbevraging/import")
echo "import: HTTP ${import% *} in ${import#* } s; $(head -c 200 "$work/import.json")"
import_s=${import#* }
# on a shared machine the wall time follows the load; the server's CPU seconds (all its threads:
# reading and checking, storing, GC) and the reference's (BenchmarkReference prints it) do not
cpu_import=$(echo "$(cpu_s) - $cpu_before" | bc -l)
thread_ticks >"$work/threads.after"
echo "import: server CPU $cpu_import s"
echo "import: server CPU by thread (s): $(join -t "$(printf '\t')" -a 2 -e 0 -o 0,1.2,2.2 "$work/threads.before" \
    "$work/threads.after" | awk -F'\t' -v hz="$(getconf CLK_TCK)" -v all="$cpu_import" '
        {s = ($3 - $2) / hz; live += s; if (s >= 0.1) {printf "%s%s %.1f", sep, $1, s; sep = "; "}}
        END {printf "; threads that ended (the reading one) %.1f", all - live}')"

export_once() {  # $1 = query, $2 = label
    local before peak=0 now status
    before=$(rss)
    curl -s -u "$USER:$PASS" -o "$work/out" -w '%{http_code} %{time_total}' \
        "$BASE/api/v1/surveys/werkgeversbevraging/export$1" >"$work/curl" &
    local c=$!
    while kill -0 "$c" 2>/dev/null; do now=$(rss); (( now > peak )) && peak=$now; sleep 0.2; done
    wait "$c"
    status=$(cat "$work/curl")
    eval "${3}=\${status#* }"
    printf '%s: HTTP %s in %s s, %d MB, RSS before %d MB, peak %d MB (+%d MB)\n' "$2" "${status% *}" \
        "${status#* }" "$(( $(stat -c %s "$work/out") / 1048576 ))" "$before" "$peak" "$(( peak - before ))"
}
for run in $(seq 1 "$RUNS"); do
    export_once "" "export csv run $run" csv_s
    cp "$work/out" "$work/export.csv"
    export_once "?format=xlsx" "export xlsx run $run" xlsx_s
    csv_best=$(echo "if (${csv_best:-999} < $csv_s) ${csv_best:-999} else $csv_s" | bc -l)
    xlsx_best=$(echo "if (${xlsx_best:-999} < $xlsx_s) ${xlsx_best:-999} else $xlsx_s" | bc -l)
done

kill "$server"
wait "$server" 2>/dev/null || true
ref() { java @deploy/jvm.options -cp "target/test-classes:target/classes:$(cat "$work/cp")" org.leerwerkplek.surveys.csv.BenchmarkReference "$@"; }
if [ -n "${LWP_DB_URL:-}" ]; then
    insert_ref=$(ref insert "$LWP_DB_URL" "${LWP_DB_USER:-}" "${LWP_DB_PASSWORD:-}")
else
    insert_ref=$(ref insert "jdbc:derby:$work/data/derby")
fi
[ "$RUNS" -gt 0 ] && csv_ref=$(ref csv "$work/export.csv" "$work/reference.csv")
ratio() { echo "scale=1; $1 / $2" | bc -l; }
db=${LWP_DB_URL:+PostgreSQL}
warmth=cold; [ "$WARMUP" -gt 0 ] && warmth="warm: a refused import of $WARMUP rows first"
echo "--- summary (N=$N, ${db:-Derby}, $warmth) ---"
printf 'import %d: %.1f s; reference plain JDBC batch insert %.1f s; ratio %s (target <= 3); target 10 s\n' \
    "$N" "$import_s" "$insert_ref" "$(ratio "$import_s" "$insert_ref")"
[ "$RUNS" -gt 0 ] && printf 'export csv %d (best of %d): %.1f s; reference writing the same CSV from memory %.2f s; ratio %s; target 5 s\n' \
    "$N" "$RUNS" "$csv_best" "$csv_ref" "$(ratio "$csv_best" "$csv_ref")"
[ "$RUNS" -gt 0 ] && printf 'export xlsx %d (best of %d): %.1f s; reference writing the same CSV from memory %.2f s; ratio %s; target 15 s\n' \
    "$N" "$RUNS" "$xlsx_best" "$csv_ref" "$(ratio "$xlsx_best" "$csv_ref")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
