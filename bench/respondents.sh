#!/usr/bin/env bash
# Concurrent respondents on a warm server (issue 17's row: 200 respondents, page and save p95 <= 100 ms, 0 errors).
# Starts the built WAR (mvn -DskipTests package first) on a fresh Derby data folder, runs bench/respondents.py
# once to warm the server up (class loading, JIT; not counted), then the measured run, and prints the target.
# Prints the server's CPU time during the measured run per request beside the client's own (the two share the cores).
#   USERS=200 DURATION=120 THINK=2 PORT=18261 bench/respondents.sh
#   SERVER_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/r.jfr bench/respondents.sh   # profiled
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-200}; DURATION=${DURATION:-120}; THINK=${THINK:-2}; WARMUP=${WARMUP:-60}
PORT=${PORT:-18261}; BASE=http://127.0.0.1:$PORT; ADMIN=admin; PASS='Adm1n-Secret-pw'
work=$(mktemp -d)
source bench/server.sh
trap 'stop_server; rm -rf "$work"' EXIT
start_server ${SERVER_JAVA_OPTS:-}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(git rev-parse --short HEAD); $(date -u +%FT%TZ)"
python3 bench/respondents.py "$BASE" "$ADMIN" "$PASS" "$USERS" "$WARMUP" "$THINK" > "$work/warmup.txt"
echo "warm-up ($WARMUP s, not counted): $(tail -1 "$work/warmup.txt")"
SERVER_PID=$server python3 bench/respondents.py "$BASE" "$ADMIN" "$PASS" "$USERS" "$DURATION" "$THINK" | tee "$work/run.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); SEVERE lines in the server log: $(grep -c SEVERE "$work/server.log" || true)"
python3 - "$work/run.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
p95 = [float(v) for v in re.findall(r'^page (?:GET|save): .*?p95=([0-9.]+) ms', text, re.M)]  # the first pages are in GET
errors = int(re.search(r'errors=(\d+)', text).group(1))
worst = max(p95)
print(f'target: page GET and save p95 <= 100 ms, 0 errors; worst p95 {worst:.1f} ms (ratio {worst / 100:.2f} of the limit), '
      f'errors {errors}: {"met" if worst <= 100 and errors == 0 else "NOT met"}')
PY
