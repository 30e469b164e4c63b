#!/usr/bin/env bash
# Every row of issue 17's table, one after the other, on an otherwise idle machine (the figures of
# BENCHMARKS.md "Every row again on a quiet machine"): each script prints its figure beside the
# reference it measures in the same run. Logs and a summary with the load average go to $OUT.
# With PG_DBS="db1 db2 db3" (empty PostgreSQL databases, user = password = name, recreated by this
# script through `su postgres`) the scheduling, course-run and import/export rows run on PostgreSQL too.
# The import and the course run go twice on each database: on a server that has just started (cold)
# and warm: after a refused import of 20,000 rows, after a course run over 20,000 other mentors.
#   bench/sector-scale.sh            (about 15 minutes on two cores; PostgreSQL rows about 5 more)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/sector-scale}
mkdir -p "$OUT"
# Before each row, a probe of the machine's speed: the CPU time of one core hashing 300 MB (SHA-256, in C), in ms;
# CPU time, so that waiting for a core does not count. The same code has needed 1.3-1.7x its CPU in some hours
# of this shared box (BENCHMARKS.md, round 13); the probe is there to see whether such an hour slows it too.
# The hashing stays in the core's caches; the second probe does not: the CPU time of 8 million reads at random
# places of 512 MB (numpy; the median of three), which waits on memory as a Faces request or Derby's page
# cache does, and so slows when other machines on the same host use its memory more.
probe() {
    python3 -c 'import hashlib,time;t=time.process_time();[hashlib.sha256(b"x"*1000000).digest() for _ in range(300)];print(round((time.process_time()-t)*1000))'
}
memory_probe() {
    python3 -c '
import numpy as np, time
a = np.arange(64000000); i = np.random.default_rng(1).integers(0, len(a), 8000000); took = []
for _ in range(3):
    t = time.process_time(); a[i].sum(); took.append(round((time.process_time() - t) * 1000))
print(sorted(took)[1])' 2>/dev/null || echo -
}
run() {
    name=$1; shift
    echo "== $name start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) probe $(probe) ms, memory $(memory_probe) ms" >> "$OUT/summary.txt"
    (env "$@") > "$OUT/$name.log" 2>&1
    echo "== $name end $(date -u +%H:%M:%S) exit $? load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/summary.txt"
    grep -E "ratio|target" "$OUT/$name.log" | tail -4 >> "$OUT/summary.txt"
}
mvn -o -q -DskipTests package > "$OUT/build.log" 2>&1 || { echo "build failed: $OUT/build.log"; exit 1; }
run fieldwork-derby N=100000 MAILS=3000 LWP_PORT=18301 SMTP_PORT=3301 bash bench/fieldwork.sh
run mentors-derby N=100000 MAILS=0 LWP_PORT=18302 SMTP_PORT=3302 bash bench/mentors.sh
run mentors-warm-derby N=100000 MAILS=0 WARMUP=20000 LWP_PORT=18312 SMTP_PORT=3312 bash bench/mentors.sh
run survey-data-derby N=100000 RUNS=${EXPORT_RUNS:-3} LWP_PORT=18303 bash bench/survey-data.sh
run import-warm-derby N=100000 RUNS=0 WARMUP=20000 LWP_PORT=18310 bash bench/survey-data.sh
run analysis-server N=100000 RUNS=5 PORT=18304 bash bench/analysis-server.sh
run start-vs-bare N=3 PORT=18305 bash bench/start-vs-bare.sh
# 90 s of warm-up: after 30 s the JIT compilers still took 7-16 s of the measured minute's CPU, after 90 s 3-4 s
# (BENCHMARKS.md, "Every row again after round 13")
run respondents USERS=200 DURATION=60 WARMUP=90 PORT=18306 bash bench/respondents.sh
set -- ${PG_DBS:-}
if [ $# -ge 3 ]; then
    fresh() { su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $1' -c 'CREATE DATABASE $1 OWNER $1'"; }
    pg() { echo LWP_DB_URL=jdbc:postgresql://localhost:5432/$1 LWP_DB_USER=$1 LWP_DB_PASSWORD=$1; }
    fresh "$1"; run fieldwork-pg N=100000 MAILS=3000 LWP_PORT=18307 SMTP_PORT=3307 $(pg "$1") bash bench/fieldwork.sh
    fresh "$2"; run mentors-pg N=100000 MAILS=0 LWP_PORT=18308 SMTP_PORT=3308 $(pg "$2") bash bench/mentors.sh
    fresh "$2"; run mentors-warm-pg N=100000 MAILS=0 WARMUP=20000 LWP_PORT=18313 SMTP_PORT=3313 $(pg "$2") bash bench/mentors.sh
    fresh "$3"; run survey-data-pg N=100000 RUNS=${EXPORT_RUNS:-3} LWP_PORT=18309 $(pg "$3") bash bench/survey-data.sh
    fresh "$3"; run import-warm-pg N=100000 RUNS=0 WARMUP=20000 LWP_PORT=18311 $(pg "$3") bash bench/survey-data.sh
fi
echo "== all done $(date -u +%H:%M:%S)" >> "$OUT/summary.txt"
cat "$OUT/summary.txt"
