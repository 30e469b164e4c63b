#!/usr/bin/env bash
# The analysis in the running server (issue 17): the first read of N imported responses (default
# 100,000) into the analysis' columns, and a table after one more submitted response, each beside
# its reference measured in the same run: pandas read_csv of the same CSV + every subgroup cross-tab
# tested with SciPy's chi2_contingency (bench/analysis_reference.py).
#   1. writes N valid employer responses as CSV (BenchmarkData, test sources) and imports them,
#   2. times the first table request after the import (the server reads every response into the
#      columns) and then RUNS more (the columns kept),
#   3. RUNS times: one more response submitted (an import of a single CSV line, stamped as one
#      change), then a table request timed (the columns updated with that response, not rebuilt),
#   4. (unless SKIP_COLD) restarts the server on the same data and times the first table request
#      after one more submit on it: the stored columns and the changes since (see step 5 below),
#   5. runs the reference, prints each figure, the reference, the ratio and the target, and the
#      load average before and after.
#   bench/analysis-server.sh                  # N=100000 RUNS=5 PORT=8193, Derby in a fresh data folder
#   N=10000 PORT=18720 bench/analysis-server.sh
#   LWP_DB_URL=jdbc:postgresql://localhost:5432/x LWP_DB_USER=x LWP_DB_PASSWORD=x bench/analysis-server.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-5}
PORT=${PORT:-8193}
BASE=http://localhost:$PORT
ADMIN=admin
PASS="Bench-Analyse-pw-$(date +%s)"
INSTRUMENT=werkgeversbevraging
TABLE="$BASE/api/v1/analysis/$INSTRUMENT/crosstab?row=Q02_GROOTTE&col=Q20_ONDERSTEUNING.PROEF_KANDIDAAT"
work=$(mktemp -d)
. bench/server.sh
trap 'stop_server; rm -rf "$work"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.leerwerkplek.surveys.csv.BenchmarkData "$N" \
    >"$work/responses.csv"
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.leerwerkplek.surveys.csv.BenchmarkData 1 \
    >"$work/one.csv"
start_server -Xmx2g ${BENCH_JVM_OPTS:-}  # e.g. BENCH_JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/a.jfr
echo "server on $BASE (${LWP_DB_URL:-embedded Derby})"

millis() { awk -v s="$1" 'BEGIN {printf "%.0f", s * 1000}'; }
request() {  # prints the time of one table request in ms; fails on a status other than 200
    local out
    out=$(curl -s -o "$work/table.json" -u "$ADMIN:$PASS" -w '%{http_code} %{time_total}' "$TABLE")
    [ "${out% *}" = 200 ] || { echo "table request: HTTP ${out% *}: $(head -c 300 "$work/table.json")" >&2; exit 1; }
    millis "${out#* }"
}
submit_one() {
    local out
    out=$(curl -s -o "$work/import.json" -u "$ADMIN:$PASS" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
        --data-binary @"$work/one.csv" -w '%{http_code}' "$BASE/api/v1/surveys/$INSTRUMENT/import")
    [ "$out" = 200 ] || { echo "submit: HTTP $out: $(head -c 300 "$work/import.json")" >&2; exit 1; }
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

out=$(curl -s -o "$work/import.json" -u "$ADMIN:$PASS" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
    --data-binary @"$work/responses.csv" -w '%{http_code} %{time_total}' "$BASE/api/v1/surveys/$INSTRUMENT/import")
echo "import of $N: HTTP ${out% *} in ${out#* } s; $(head -c 120 "$work/import.json")"
[ "${out% *}" = 200 ] || exit 1
first=$(request)
kept=()
for _ in $(seq 1 "$RUNS"); do kept+=("$(request)"); done
after=()
for _ in $(seq 1 "$RUNS"); do submit_one; after+=("$(request)"); done
# 5. a node that holds no columns (issue 17 (a)): "the first read after a change" on it. The columns
#    the first read stored (on another thread) are awaited, the server is stopped and started again
#    on the same data, one more response is submitted, and the first table request is timed: the
#    stored columns are read and the responses changed since applied. Then once more after a submit.
if [ -z "${SKIP_COLD:-}" ]; then
    for _ in $(seq 1 600); do grep -q 'Analysis columns of .* stored' "$work/server.log" && break; sleep 0.5; done
    grep -o 'Analysis columns of [^#]*#[^ ]* at change [0-9]* [^(]*([0-9]* bytes) in [0-9]* ms' "$work/server.log" \
        | sed 's/#[0-9a-f]*//; s/^/  server log: /' || echo "  no columns stored" >&2
    stop_server
    start_server -Xmx2g ${BENCH_JVM_OPTS:-}
    submit_one
    cold=$(request)
    submit_one
    cold_after=$(request)
fi
grep -o 'Analysis of [^ ]* at change [0-9]*: .* in the table, in [0-9]* ms' "$work/server.log" \
    | sed 's/#[0-9a-f]*//; s/^/  server log: /'
python3 bench/analysis_reference.py "$work/responses.csv" Q02_GROOTTE,Q04_HOOFDACTIVITEIT,Q05_REGIO,Q30_AMBITIE \
    | tee "$work/reference.txt" | grep -v REFERENCE_MS
reference=$(sed -n 's/REFERENCE_MS=//p' "$work/reference.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
kept_median=$(echo "${kept[*]}" | median)
after_median=$(echo "${after[*]}" | median)
after_max=$(echo "${after[*]}" | tr ' ' '\n' | sort -n | tail -1)
echo "first read of $N responses (first table request after the import): $first ms; reference $reference ms;" \
    "ratio $(ratio "$first" "$reference") (target <= 1000 ms)"
echo "a table after one more submit: median $after_median ms, max $after_max ms (${after[*]}); reference $reference ms;" \
    "ratio $(ratio "$after_median" "$reference") (target <= 100 ms)"
echo "a table with the columns kept: median $kept_median ms (${kept[*]})"
if [ -n "${cold:-}" ]; then
    echo "first read on a node that holds no columns (restarted), after one more submit: $cold ms; reference $reference ms;" \
        "ratio $(ratio "$cold" "$reference") (target <= 1000 ms); a table after one more submit there: $cold_after ms"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); SEVERE lines in the log: $(grep -c SEVERE "$work/server.log" || true)"
