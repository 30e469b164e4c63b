#!/bin/bash
# The first GET /openapi on a fresh server, right after the login page answers (as the page walk asks it).
# Usage: bench/openapi-first.sh target/leerwerkplek.war <label>   (after mvn -DskipTests package; PORT=n for another port than 8190)
set -u
war=$1; label=$2; port=${PORT:-8190}; work=$(mktemp -d)
LWP_DATA_DIR=$work LWP_ADMIN_PASSWORD='Adm1n-Secret-pw' java @"$(dirname "$0")/../deploy/jvm.options" -jar "$(dirname "$0")/../target/payara-micro.jar" --deploy $war --contextroot / --port $port --noHazelcast --postbootcommandfile "$(dirname "$0")/../deploy/single-node.asadmin" --disablephonehome > /tmp/oa-$label.log 2>&1 &
pid=$!
for i in $(seq 1 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login.xhtml)" = 200 ] && break; sleep 1; done
# immediately ask /openapi (as the walk does)
t0=$(date +%s.%N); curl -s -H 'Accept: application/json' http://localhost:$port/openapi > /tmp/oa-$label.json; t1=$(date +%s.%N)
echo "$label first /openapi: $(echo "$t1 - $t0" | bc) s, $(wc -c < /tmp/oa-$label.json) bytes"
t0=$(date +%s.%N); curl -s -o /dev/null http://localhost:$port/openapi; t1=$(date +%s.%N); echo "$label second: $(echo "$t1 - $t0" | bc) s"
kill $pid; wait $pid 2>/dev/null; rm -rf $work
