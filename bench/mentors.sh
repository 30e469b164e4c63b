#!/usr/bin/env bash
# One mentor course scheduler run over N registered mentors (default 100,000) on a fresh embedded
# Derby data folder, mail to a local GreenMail server:
#   1. starts the server once on an empty data folder (migrations, admin), then stops it,
#   2. writes N confirmed mentors with mixed preferences, all due today, with batched JDBC
#      (MentorBenchData, test sources): a third get their first module, a third a reminder, a
#      third their second module; every tenth belongs to a register company, two mentors per
#      company (5,000 companies at N=100,000, as a sector fund's register),
#   3. starts the server again and times POST /api/v1/admin/course/run: finding the due mentors,
#      planning each (DeliveryPlanner), and per mail the progress (since V43 no delivery row), the outbox
#      mail and the next due day (the mentors have the link keys their confirmation made), one
#      transaction per 2,000 mentors,
#   4. stops the server and times the reference in the same database: a plain batched JDBC insert
#      of N rows as wide as a delivery row into a scratch table (MentorBenchReference, test
#      sources), and prints run, reference, their ratio and the target (10 s),
#   5. then starts a local GreenMail (BenchSmtp, test sources) and reports the mails/s the
#      outbox sender reaches (sender interval 1 s).
# With LWP_DB_URL, LWP_DB_USER and LWP_DB_PASSWORD (an EMPTY PostgreSQL database) it runs on
# PostgreSQL instead of embedded Derby.
#
#   bench/mentors.sh                 # N=100000
#   N=10000 bench/mentors.sh
#   MAILS=0 bench/mentors.sh         # the scheduler run only, no sending
#   JFR=/tmp/run.jfr bench/mentors.sh  # records the server of the run with Java Flight Recorder
#   SERVER_OPTS=-Xmx2g bench/mentors.sh  # more JVM options for the server of the run (after deploy/jvm.options)
#   WARMUP=20000 bench/mentors.sh    # the N mentors due tomorrow and 20,000 more due today: a first run
#                                    # (untimed) warms the server, the timed run is as of tomorrow
#                                    # (lwp.course.allow-run-as-of), as a server that ran yesterday's
# Every run keeps the server's log in target/mentors-bench-server.log.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
MAILS=${MAILS:-1}
WARMUP=${WARMUP:-0}
PORT=${LWP_PORT:-8080}
SMTP_PORT=${SMTP_PORT:-3028}
BASE="http://localhost:$PORT"
ADMIN=bench-admin
PASS="Bench-Werf-$(date +%s)"
work=$(mktemp -d)
server=
smtp=
trap 'status=$?; stop_server; [ -z "$smtp" ] || kill "$smtp" 2>/dev/null || true;
      cp "$work/server.log" target/mentors-bench-server.log 2>/dev/null || true; rm -rf "$work"' EXIT

if curl -s -o /dev/null "$BASE/login.xhtml"; then
    echo "something already answers on port $PORT; stop it first (or set LWP_PORT)" >&2
    exit 1
fi
mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp")"

export LWP_COURSE_RUN_INTERVAL_MINUTES=1440
[ "$WARMUP" = 0 ] || export LWP_COURSE_ALLOW_RUN_AS_OF=true
if [ "$MAILS" != 0 ]; then  # without, the mails stay in the outbox and no SMTP port is touched
    export LWP_MAIL_SMTP_HOST=127.0.0.1 LWP_MAIL_SMTP_PORT=$SMTP_PORT LWP_MAIL_SEND_INTERVAL_SECONDS=1
fi
. bench/server.sh  # start_server, stop_server

start_server
stop_server
if [ -n "${LWP_DB_URL:-}" ]; then
    db=("$LWP_DB_URL" "$N" "$LWP_DB_USER" "$LWP_DB_PASSWORD")
    export LWP_DB_URL LWP_DB_USER LWP_DB_PASSWORD
else
    db=("$work/data" "$N")
fi
java -Dbench.warmup="$WARMUP" -cp "$cp" org.leerwerkplek.mentorcourse.bench.MentorBenchData "${db[@]}"
start_server ${SERVER_OPTS:-} ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true}
echo "machine: $(nproc) CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB," \
    "$(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
as_of=
if [ "$WARMUP" != 0 ]; then  # yesterday's run, untimed: the server's code is compiled as after a day's work
    warm=$(curl -s -u "$ADMIN:$PASS" -H 'Accept: application/json' -H 'Content-Type: application/json' -d '{}' \
        -o "$work/warm.json" -w '%{http_code} %{time_total}' "$BASE/api/v1/admin/course/run")
    echo "warm-up run over $WARMUP other mentors: HTTP ${warm% *} in ${warm#* } s; $(cat "$work/warm.json")"
    as_of="?asOf=$(TZ=Europe/Brussels date -d tomorrow +%F)"
fi
run=$(curl -s -u "$ADMIN:$PASS" -H 'Accept: application/json' -H 'Content-Type: application/json' -d '{}' \
    -o "$work/run.json" -w '%{http_code} %{time_total}' "$BASE/api/v1/admin/course/run$as_of")
echo "scheduler run over $N mentors${as_of:+ (warm, as of tomorrow)}: HTTP ${run% *} in ${run#* } s; $(cat "$work/run.json")"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$MAILS" != 0 ]; then
    mails=$(cat "$work/run.json" "$work/warm.json" 2>/dev/null | sed 's/.*"mails":\([0-9]*\).*/\1/' | paste -sd+ | bc)
    java -cp "$cp" org.leerwerkplek.fieldwork.BenchSmtp "$SMTP_PORT" "$mails" >"$work/smtp.log" 2>&1 &
    smtp=$!
    wait "$smtp" || true
    smtp=
    tail -n 1 "$work/smtp.log"
fi
stop_server  # embedded Derby is the server's while it runs
reference=$(java @deploy/jvm.options -cp "$cp" org.leerwerkplek.mentorcourse.bench.MentorBenchReference "${db[@]}")
echo "load average after the reference: $(cut -d' ' -f1-3 /proc/loadavg)"
warmth=cold; [ "$WARMUP" = 0 ] || warmth="warm: a run over $WARMUP others first"
awk -v n="$N" -v run="${run#* }" -v ref="$reference" -v db="${LWP_DB_URL:+PostgreSQL}" -v warmth="$warmth" 'BEGIN {
    printf "mentor course run over %d due mentors (%s, %s): %.1f s; reference plain JDBC batch insert of %d rows %.1f s;" \
        " ratio %.1f (target <= 10 s: %s)\n", n, db == "" ? "Derby" : db, warmth, run, n, ref, run / ref, run <= 10 ? "met" : "not met" }'
