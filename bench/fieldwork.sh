#!/usr/bin/env bash
# A fieldwork wave of N invitees (default 100,000) against a running Payara Micro on a fresh
# Derby data folder (or PostgreSQL when LWP_DB_URL is set), mail to a local GreenMail server:
#   1. generates a CSV of N invitees and imports it into a new wave of the employer questionnaire,
#   2. times POST /api/v1/fieldwork/run-due: the scheduling of all due invitations (a survey
#      response per invitee, an outbox mail per invitee, the invitee rows recorded),
#   3. then starts GreenMail (BenchSmtp, test sources), lets the mail sender deliver the first
#      MAILS of them and reports mails/s (target >= 300). Until then the SMTP port is closed, so
#      the sender does not compete with the scheduling (each pass finds no server and stops),
#   4. stops the server and times the reference in the same database: plain JDBC inserting N rows
#      as wide as a queued invitation into a scratch table, a commit per 1000 (BenchReference),
#      and prints scheduling time, reference, their ratio and the target (<= 10 s),
#   with the load average before and after.
#
#   bench/fieldwork.sh                         # N=100000, all sent
#   MAILS=10000 N=100000 bench/fieldwork.sh    # schedule 100,000, time the sending of 10,000
#   MAILS=0 N=100000 bench/fieldwork.sh        # scheduling only
#   LWP_DB_URL=jdbc:postgresql://... LWP_DB_USER=... LWP_DB_PASSWORD=... bench/fieldwork.sh  # an empty PostgreSQL database
#   BUILD=0 SERVER_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/x.jfr bench/fieldwork.sh  # the built WAR, profiled
#   SMTP_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/smtp.jfr bench/fieldwork.sh     # GreenMail's JVM profiled
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
MAILS=${MAILS:-$N}
PORT=${LWP_PORT:-8080}
SMTP_PORT=${SMTP_PORT:-3027}
BASE="http://localhost:$PORT"
USER=bench-admin
PASS="Bench-Werf-$(date +%s)"
work=$(mktemp -d)
trap 'kill "$server" "$smtp" 2>/dev/null || true; wait "$server" "$smtp" 2>/dev/null || true; rm -rf "$work"' EXIT
smtp=""

if curl -s -o /dev/null "$BASE/login.xhtml"; then
    echo "something already answers on port $PORT; stop it first" >&2
    exit 1
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD); N=$N MAILS=$MAILS"
if [ "${BUILD:-1}" = 1 ] || [ ! -f target/leerwerkplek.war ]; then
    mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
else
    mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
fi
csv="$work/invitees.csv"
{
    echo "company,contact,email,language,size_class,subsector,region"
    awk -v n="$N" 'BEGIN { split("nl fr en", l, " "); split("1-9 10-49 50+", s, " "); split("RUWBOUW AFWERKING", b, " ");
        for (i = 1; i <= n; i++) printf "Bedrijf %d,Contact %d,invitee%d@bench.example,%s,%s,%s,R%d\n",
            i, i, i, l[i % 3 + 1], s[i % 3 + 1], b[i % 2 + 1], i % 5 }'
} >"$csv"

LWP_DATA_DIR="$work/data" LWP_ADMIN_USER=$USER LWP_ADMIN_PASSWORD=$PASS \
    LWP_MAIL_SMTP_HOST=127.0.0.1 LWP_MAIL_SMTP_PORT=$SMTP_PORT LWP_MAIL_SEND_INTERVAL_SECONDS=1 \
    LWP_FIELDWORK_RUN_INTERVAL_SECONDS=86400 \
    java @deploy/jvm.options ${SERVER_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/leerwerkplek.war --contextroot / --port "$PORT" \
    --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome >"$work/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml")" = 200 ]; do
    sleep 0.5
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
done

api() { curl -s -u "$USER:$PASS" -H 'Accept: application/json' "$@"; }
today=$(date +%F)
wave=$(api -H 'Content-Type: application/json' -d "{\"name\":\"bench\",\"instrumentId\":\"werkgeversbevraging\",
    \"invitationDate\":\"$today\",\"reminderMinDays\":7,\"reminderMax\":2,
    \"reminderLastDate\":\"$(date -d '+20 days' +%F)\",\"closingDate\":\"$(date -d '+30 days' +%F)\"}" \
    "$BASE/api/v1/fieldwork" | sed 's/.*"id":\([0-9]*\).*/\1/')
import=$(api -H 'Content-Type: text/csv' --data-binary @"$csv" -o "$work/import.json" -w '%{http_code} %{time_total}' \
    "$BASE/api/v1/fieldwork/$wave/invitees")
echo "import of $N invitees: HTTP ${import% *} in ${import#* } s; $(head -c 120 "$work/import.json")"
run=$(api -H 'Content-Type: application/json' -d '{}' -o "$work/run.json" -w '%{http_code} %{time_total}' \
    "$BASE/api/v1/fieldwork/run-due")
scheduling=${run#* }
echo "scheduling the due invitations: HTTP ${run% *} in $scheduling s; $(cat "$work/run.json")"
if [ "$MAILS" -gt 0 ]; then
    java ${SMTP_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$work/cp")" org.leerwerkplek.fieldwork.BenchSmtp \
        "$SMTP_PORT" "$MAILS" >"$work/smtp.log" 2>&1 &
    smtp=$!
    wait "$smtp" || true
    smtp=""
    echo "sending: $(tail -n 1 "$work/smtp.log") (target >= 300 mails/s)"
fi
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
reference=$(java @deploy/jvm.options -cp "target/test-classes:target/classes:$(cat "$work/cp")" org.leerwerkplek.fieldwork.BenchReference \
    "${LWP_DB_URL:-jdbc:derby:$work/data/derby}" "${LWP_DB_USER:-}" "${LWP_DB_PASSWORD:-}" "$N" 2>"$work/reference.log" | tail -n 1) \
    || { cat "$work/reference.log" >&2; exit 1; }
echo "schedule $N invitees: $scheduling s; reference plain JDBC batch insert of $N rows $reference s;" \
    "ratio $(awk -v a="$scheduling" -v b="$reference" 'BEGIN { printf "%.1f", a / b }') (target <= 10 s)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
