#!/usr/bin/env bash
# Company list pages with COMPANIES companies (default 50,000) and FICHES fiches (default 200,000)
# on a fresh embedded Derby data folder:
#   1. starts the server once on an empty data folder (migrations, survey definitions, admin) and
#      creates the advisor adviseur-01 through the API, then stops it,
#   2. fills the register (CompanyBenchmarkData, test sources): companies with activities, name parts
#      (company_name_part, V42) and a contact, ADVISORS advisors, visits each with a leerwerkplekfiche
#      response, company_reach as migration V10 derives it. HOW: a direct load into the stopped
#      server's migrated Derby database, not through the application: the rows are written as CSV
#      files and loaded with Derby's own import (SYSCS_UTIL.SYSCS_IMPORT_DATA, a bulk insert into the
#      empty tables that builds their indexes afterwards), with every derived column and row the
#      application keeps (search_name, subsector_codes, size_class, company_subsector,
#      company_name_part from CompanyNameParts as Company writes them, company_reach), then the
#      tables' statistics refreshed. The same rows (same seed, same values) as the earlier batched
#      JDBC inserts, which took ~18 minutes for 100,000 companies and 200,000 fiches under load;
#      now 97 s of CPU (822 s wall at load average 28-35 on 2 vCPU, 2026-12-06; the wall time is
#      the machine's share). The application's own company import (CompanyImportService) is not
#      used: it makes companies only, not the 200,000 visits with their fiches, the suitability
#      they set, nor a spread of update times, and it writes through JPA one company at a time,
#   3. starts the server again and times list pages (CompanyListTimer, test sources): REST
#      /api/v1/companies as admin and as advisor, and the JSF page's own Ajax requests
#      (filter, sort, page), WARMUP untimed then RUNS timed requests per scenario.
#
#   bench/companies.sh
#   COMPANIES=5000 FICHES=20000 RUNS=50 bench/companies.sh
#   PLANS=1 bench/companies.sh      # also keeps Derby's query plans of the timed phase (derby.log)
#   MATRIX=1 bench/companies.sh     # every filter and pair of filters x every sort column (CompanyListMatrix):
#                                   # p95 per combination, the worst, the target and the reference with the ratio;
#                                   # MATRIX=only skips the scenarios above; ONLY='subsector.*size' keeps matching
#                                   # combinations; MATRIX_WARMUP (3) and MATRIX_RUNS (20) per combination
#   MATRIX_TRACE=/tmp/t.csv             # the matrix also writes every request (moment, time, path) to /tmp/t.csv
#   SERVER_JAVA_OPTS='-Xlog:gc:file=/tmp/gc.log' bench/companies.sh   # JVM options for the timed server
#   DATA=/tmp/x bench/companies.sh  # keeps the filled data folder in /tmp/x and reuses it on the next run
#                                   # (same COMPANIES; migrations added since run at the server's start)
# A failed run keeps the server's log in target/companies-bench-server.log.
set -euo pipefail
cd "$(dirname "$0")/.."
COMPANIES=${COMPANIES:-50000}
FICHES=${FICHES:-200000}
ADVISORS=${ADVISORS:-40}
WARMUP=${WARMUP:-30}
RUNS=${RUNS:-200}
PORT=${LWP_PORT:-8080}
BASE="http://localhost:$PORT"
ADMIN=bench-admin
PASS="Bench-Werf-$(date +%s)"
ADVISOR=adviseur-01
work=$(mktemp -d)
server=
data=${DATA:-$work/data}
trap 'status=$?; stop_server; [ $status = 0 ] || cp "$work/server.log" target/companies-bench-server.log; rm -rf "$work"' EXIT

if curl -s -o /dev/null "$BASE/login.xhtml"; then
    echo "something already answers on port $PORT; stop it first (or set LWP_PORT)" >&2
    exit 1
fi
mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp")"

. bench/server.sh  # start_server [JVM options], stop_server

if [ -f "$data/bench-pass" ]; then
    PASS=$(cat "$data/bench-pass")
    echo "reusing the data folder $data"
else
start_server
created=$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN:$PASS" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$ADVISOR\",\"password\":\"$PASS\",\"roles\":[\"ADVISOR\"]}" "$BASE/api/v1/admin/users")
[ "$created" = 201 ] || { echo "could not create $ADVISOR: HTTP $created" >&2; exit 1; }
stop_server

java -cp "$cp" org.leerwerkplek.companies.bench.CompanyBenchmarkData "$data" "$COMPANIES" "$FICHES" "$ADVISORS"
echo "$PASS" >"$data/bench-pass"
fi
echo "data folder: $(du -sh "$data" | cut -f1)"

if [ "${PLANS:-0}" = 1 ]; then
    start_server -Dderby.language.logQueryPlan=true ${SERVER_JAVA_OPTS:-}
else
    start_server ${SERVER_JAVA_OPTS:-}
fi
echo "machine: $(nproc) CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB," \
    "$(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${MATRIX:-0}" != only ]; then
    java -cp "$cp" org.leerwerkplek.companies.bench.CompanyListTimer "$BASE" "$ADMIN" "$PASS" "$ADVISOR" "$PASS" \
        "$WARMUP" "$RUNS"
fi
if [ "${MATRIX:-0}" != 0 ]; then
    java -cp "$cp" org.leerwerkplek.companies.bench.CompanyListMatrix "$BASE" "$ADMIN" "$PASS" "$ADVISOR" "$PASS" \
        "${MATRIX_WARMUP:-3}" "${MATRIX_RUNS:-20}" "${ONLY:-}"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${PLANS:-0}" = 1 ]; then
    cp "$data/derby.log" "target/companies-bench-derby.log"
    echo "query plans: target/companies-bench-derby.log"
fi
