#!/usr/bin/env bash
# Start to the first HTTP 200 on the login page against a bare Payara Micro serving a static page,
# measured in the same run, interleaved (issue 17: <= 1.5x). Builds a tiny static WAR (one index.html)
# here, then alternates N starts of each: the same java, the same Payara Micro jar and options
# (--noHazelcast with deploy/single-node.asadmin, --disablephonehome, no class-data-sharing archive), each application start on a fresh
# data folder (so it includes the first migration and the admin bootstrap, as the README's first start).
# Time = from the java process's start to the first 200 (polled every 50 ms). Prints every run,
# the medians, their ratio and the load average before and after; also the CPU time the server
# process had used at its first 200 (user + system, from /proc), which a loaded machine stretches far
# less than the elapsed time, and the ratio of its medians.
#   mvn -o -DskipTests package && N=5 PORT=8650 bench/start-vs-bare.sh
#   JAVA_OPTS='-XX:TieredStopAtLevel=1' bench/start-vs-bare.sh   # the same JVM options for both
#   KEEP_LOGS=/tmp/x bench/start-vs-bare.sh                       # keeps each server log (Payara's deploy timings)
#   BEFORE_WAR=/tmp/old.war bench/start-vs-bare.sh   # also starts an earlier build in every round (before, after,
#                                                   # bare), and prints its medians and after/before ratios
#   KEPT=1 bench/start-vs-bare.sh   # a restart: every application start on one data folder, migrated and with its
#                                   # admin from an untimed first start (no migration, no PBKDF2 hash of the first admin)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-5}
PORT=${PORT:-8650}
JAVA_OPTS=${JAVA_OPTS:-}
MICRO=${PAYARA_MICRO:-target/payara-micro.jar}
WAR=${WAR:-target/leerwerkplek.war}
[ -f "$MICRO" ] && [ -f "$WAR" ] || { echo "build first: mvn -o -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "something already answers on port $PORT" >&2
    exit 1
fi

mkdir -p "$work/bare"
printf '<!DOCTYPE html><html><head><title>bare</title></head><body><p>bare</p></body></html>\n' >"$work/bare/index.html"
jar cf "$work/bare.war" -C "$work/bare" index.html

# one_start LABEL WAR PATH: prints the seconds from the java start to the first 200 on PATH
one_start() {
    local label=$1 war=$2 path=$3 data log start end code
    if [ "${KEPT:-0}" = 1 ]; then data=$work/kept; mkdir -p "$data"; else data=$(mktemp -d -p "$work"); fi
    log=${KEEP_LOGS:+$KEEP_LOGS/}$label-$RANDOM.log
    [ -n "${KEEP_LOGS:-}" ] && mkdir -p "$KEEP_LOGS" || log=$work/$label.log
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    LWP_DATA_DIR="$data" LWP_ADMIN_PASSWORD='Adm1n-Secret-pw' java @deploy/jvm.options $JAVA_OPTS -jar "$MICRO" --deploy "$war" \
        --contextroot / --port "$PORT" --noHazelcast --postbootcommandfile deploy/single-node.asadmin --disablephonehome >"$log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s%N)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    [ "${KEPT:-0}" = 1 ] || rm -rf "$data"
    echo "$(echo "scale=2; ($end - $start) / 1000000000" | bc) $cpu"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "machine: $(nproc) CPU, $(java -version 2>&1 | head -1), Payara Micro $(unzip -p "$MICRO" MICRO-INF/domain/branding/glassfish-version.properties 2>/dev/null | grep -m1 -o 'version_number=.*' || basename "$MICRO")"
echo "commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), N=$N, KEPT=${KEPT:-0}, JAVA_OPTS='$JAVA_OPTS'"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
app=(); bare=(); app_cpu=(); bare_cpu=(); old=(); old_cpu=()
BEFORE_WAR=${BEFORE_WAR:-}
if [ "${KEPT:-0}" = 1 ]; then
    echo "first start on the kept data folder (not timed): $(one_start app "$WAR" /login.xhtml | cut -d' ' -f1) s"
fi
for i in $(seq 1 "$N"); do
    if [ -n "$BEFORE_WAR" ]; then
        read -r o oc < <(one_start before "$BEFORE_WAR" /login.xhtml)
        old+=("$o"); old_cpu+=("$oc")
        echo "run $i: before $o s (CPU $oc s) (load $(cut -d' ' -f1 /proc/loadavg))"
    fi
    read -r a ac < <(one_start app "$WAR" /login.xhtml)
    read -r b bc < <(one_start bare "$work/bare.war" /index.html)
    app+=("$a"); bare+=("$b"); app_cpu+=("$ac"); bare_cpu+=("$bc")
    echo "run $i: application $a s (CPU $ac s), bare $b s (CPU $bc s) (load $(cut -d' ' -f1 /proc/loadavg))"
done
ma=$(median "${app[@]}"); mb=$(median "${bare[@]}")
mac=$(median "${app_cpu[@]}"); mbc=$(median "${bare_cpu[@]}")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$BEFORE_WAR" ]; then
    mo=$(median "${old[@]}"); moc=$(median "${old_cpu[@]}")
    echo "before ($BEFORE_WAR): median $mo s, CPU median $moc s; ratio to bare $(echo "scale=2; $mo / $mb" | bc)," \
        "CPU $(echo "scale=2; $moc / $mbc" | bc); after/before $(echo "scale=2; $ma / $mo" | bc), CPU $(echo "scale=2; $mac / $moc" | bc)"
fi
echo "CPU time of the server process at its first 200: application median $mac s; bare median $mbc s;" \
    "ratio $(echo "scale=2; $mac / $mbc" | bc)"
echo "start to the first 200: application median $ma s; reference bare Payara Micro with a static page median $mb s;" \
    "ratio $(echo "scale=2; $ma / $mb" | bc) (target <= 1.5)"
