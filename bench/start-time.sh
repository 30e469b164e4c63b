#!/usr/bin/env bash
# usage: bench/start-time.sh WAR LABEL (run from the repository after mvn -DskipTests package); prints seconds from java start to login.xhtml 200 (fresh Derby data dir, as the README start)
war=$1; label=$2; port=18210; d=$(mktemp -d)
start=$(date +%s.%N)
LWP_DATA_DIR=$d LWP_ADMIN_PASSWORD='Adm1n-Secret-pw' java @deploy/jvm.options -jar ${PAYARA_MICRO:-target/payara-micro.jar} --deploy $war --contextroot / --port $port --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome > $d/log 2>&1 &
pid=$!
for i in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/login.xhtml)" = 200 ] && break; sleep 0.25; done
end=$(date +%s.%N)
echo "$label $(echo "$end - $start" | bc) s load=$(cut -d' ' -f1 /proc/loadavg) severe=$(grep -c SEVERE $d/log)"
kill $pid; wait $pid 2>/dev/null; rm -rf $d
