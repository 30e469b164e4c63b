#!/usr/bin/env bash
# Respondents through HAProxy (deploy/haproxy.cfg) with one and with two Payara Micro nodes on this
# machine, and the time from killing a node (SIGKILL) until every request succeeds again
# (ClusterBench, test sources; the nodes and the balancer as ClusterIT starts them: Cluster).
# Needs PostgreSQL (two nodes share one database) and Debian's haproxy.
#
#   LWP_DB_URL=jdbc:postgresql://localhost:5432/lwp_bench LWP_DB_USER=lwp_bench LWP_DB_PASSWORD=... bench/cluster.sh
#   USERS=50 DURATION=60 THINK=0 PORT=18140 GRID=5740 bench/cluster.sh
#
# The database should be empty: the first start creates the benchmark's admin in it.
#
# PORT: node 1's HTTP port (node 2 +1, the balancer +8, its statistics +9); GRID: node 1's data grid
# port (node 2 +1). THINK: a respondent's mean pause between a page's GET and its POST in ms (0: each
# respondent sends its next request at once, which measures what the nodes can take).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${LWP_DB_URL:?set LWP_DB_URL (and LWP_DB_USER, LWP_DB_PASSWORD) to a PostgreSQL database}"
USERS=${USERS:-50}
DURATION=${DURATION:-60}
THINK=${THINK:-0}
PORT=${PORT:-18140}
GRID=${GRID:-5740}
ADMIN=bench-admin
PASS="Bench-Cluster-$(date +%Y)-pw"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/surveys"
cp surveys/*.yaml "$work/surveys/"

mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(java -version 2>&1 | head -1); $(haproxy -v | head -1 | cut -d' ' -f1-3); $(date -u +%FT%TZ)"
# The nodes inherit this environment: the database, the first admin (on an empty database), no
# mail server (mail stays in the outbox), the surveys folder with the benchmark's questionnaire.
LWP_ADMIN_USER=$ADMIN LWP_ADMIN_PASSWORD=$PASS LWP_SURVEYS_DIR="$work/surveys" \
    LWP_SURVEYS_PUBLIC_STARTS_PER_HOUR=1000 \
    java -cp "target/test-classes:target/classes:$(cat "$work/cp")" \
    -Dlwp.it.surveysDir="$work/surveys" \
    org.leerwerkplek.platform.it.cluster.ClusterBench "$PORT" "$GRID" "$USERS" "$DURATION" "$THINK" "$ADMIN" "$PASS"
