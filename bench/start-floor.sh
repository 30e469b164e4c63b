#!/usr/bin/env bash
# The stack's floor (issue 17, "start to the first 200 <= 1.5x a bare Payara Micro"): how long Payara Micro takes
# to start a WAR that holds ONLY what the customer's fixed stack needs at start, against a bare Payara Micro with a
# static page and against the application, in the same run, interleaved (floor, bare, application, floor, ...).
# The floor WAR (built here from bench/start-floor/) has one CDI bean (@Named @ApplicationScoped, an
# @Initialized(ApplicationScoped) observer writing one row in a @Transactional), one JPA entity (EclipseLink,
# persistence unit like ours: JTA, @DataSourceDefinition pool, listed class, no shared cache; its table created by
# EclipseLink) on embedded Derby 10.16 in a fresh folder, and one Faces page with PrimeFaces components
# (p:outputLabel showing the row count, p:commandButton); WEB-INF/lib: PrimeFaces, derby, derbyshared, derbytools
# (the same jars as the application's WAR). Same java, Payara Micro jar and options for all three
# (--noHazelcast with deploy/single-node.asadmin, --disablephonehome); every start on a fresh folder (its working
# directory, and the application's LWP_DATA_DIR: first migration and admin included, as start-vs-bare.sh).
# Time = from the java process's start to the first 200 (polled every 50 ms); CPU = user + system of the server
# process at that moment (/proc). Prints every round, the medians and the ratios floor/bare, app/bare, app/floor.
#   mvn -o -DskipTests package && N=5 PORT=18650 bench/start-floor.sh
#   EXTRA_WAR=/tmp/other.war bench/start-floor.sh   # also starts another build of the application in every round
#   KEEP_LOGS=/tmp/x bench/start-floor.sh           # keeps each server log
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
N=${N:-5}
PORT=${PORT:-18650}
JAVA_OPTS=${JAVA_OPTS:-}
MICRO=$(realpath "${PAYARA_MICRO:-target/payara-micro.jar}")
WAR=$(realpath "${WAR:-target/leerwerkplek.war}")
EXTRA_WAR=${EXTRA_WAR:+$(realpath "$EXTRA_WAR")}
[ -f "$MICRO" ] && [ -f "$WAR" ] || { echo "build first: mvn -o -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "something already answers on port $PORT" >&2
    exit 1
fi

# the bare WAR: one static page
mkdir -p "$work/bare"
printf '<!DOCTYPE html><html><head><title>bare</title></head><body><p>bare</p></body></html>\n' >"$work/bare/index.html"
jar cf "$work/bare.war" -C "$work/bare" index.html

# the floor WAR: compiled against the Jakarta EE 10 API, its libraries taken from the application's WAR
api=${JAKARTAEE_API:-$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar}
f=$work/floor
mkdir -p "$f/WEB-INF/classes" "$f/WEB-INF/lib"
cp -r bench/start-floor/webapp/. "$f/"
cp -r bench/start-floor/resources/. "$f/WEB-INF/classes/"
javac --release 17 -nowarn -cp "$api" -d "$f/WEB-INF/classes" bench/start-floor/java/floor/*.java
(cd "$f/WEB-INF/lib" && unzip -q -j "$WAR" 'WEB-INF/lib/primefaces-*' 'WEB-INF/lib/derby-*' 'WEB-INF/lib/derbyshared-*' 'WEB-INF/lib/derbytools-*')
(cd "$f" && jar cf "$work/floor.war" .)

# one_start LABEL WAR PATH: prints "seconds cpu" from the java start to the first 200 on PATH
one_start() {
    local label=$1 war=$2 path=$3 data log start end cpu
    data=$(mktemp -d -p "$work")
    if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS"; log=$KEEP_LOGS/$label-$RANDOM.log; else log=$work/$label.log; fi
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$data" && LWP_DATA_DIR="$data" LWP_ADMIN_PASSWORD='Adm1n-Secret-pw' exec java @"$root/deploy/jvm.options" $JAVA_OPTS -jar "$MICRO" \
        --deploy "$war" --contextroot / --port "$PORT" --noHazelcast \
        --postbootcommandfile "$root/deploy/single-node.asadmin" --disablephonehome >"$log" 2>&1) &
    pid=$!
    until [ "$(curl -s -o "$work/body" -w '%{http_code}' "http://127.0.0.1:$PORT$path")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s%N)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    if [ "$label" = floor ] && ! grep -q 'rows: 1' "$work/body"; then
        echo "the floor's page did not show its row:" >&2; cat "$work/body" >&2; exit 1
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    rm -rf "$data"
    echo "$(echo "scale=2; ($end - $start) / 1000000000" | bc) $cpu"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ratio() { echo "scale=2; $1 / $2" | bc; }
classes() { unzip -l "$1" | grep -c '\.class$' || true; }
libclasses() { local n=0 j; for j in "$2"/*.jar; do n=$((n + $(unzip -l "$j" | grep -c '\.class$' || true))); done; echo "$n"; }

echo "machine: $(nproc) CPU, $(java -version 2>&1 | head -1), Payara Micro $(unzip -p "$MICRO" MICRO-INF/domain/branding/glassfish-version.properties 2>/dev/null | grep -m1 -o 'version_number=.*' || basename "$MICRO")"
echo "commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), N=$N, JAVA_OPTS='$JAVA_OPTS'"
echo "floor WAR: $(du -k "$work/floor.war" | cut -f1) KB, $(ls "$f/WEB-INF/lib" | tr '\n' ' '), $(libclasses x "$f/WEB-INF/lib") library classes;" \
    "application WAR: $(du -k "$WAR" | cut -f1) KB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
fl=(); ba=(); ap=(); ex=(); flc=(); bac=(); apc=(); exc=()
for i in $(seq 1 "$N"); do
    l0=$(cut -d' ' -f1 /proc/loadavg)
    read -r a b < <(one_start floor "$work/floor.war" /index.xhtml); fl+=("$a"); flc+=("$b")
    read -r a b < <(one_start bare "$work/bare.war" /index.html); ba+=("$a"); bac+=("$b")
    read -r a b < <(one_start app "$WAR" /login.xhtml); ap+=("$a"); apc+=("$b")
    line="run $i: floor ${fl[-1]} s (CPU ${flc[-1]} s), bare ${ba[-1]} s (CPU ${bac[-1]} s), application ${ap[-1]} s (CPU ${apc[-1]} s)"
    if [ -n "$EXTRA_WAR" ]; then
        read -r a b < <(one_start extra "$EXTRA_WAR" /login.xhtml); ex+=("$a"); exc+=("$b")
        line="$line, extra ${ex[-1]} s (CPU ${exc[-1]} s)"
    fi
    echo "$line (load $l0-$(cut -d' ' -f1 /proc/loadavg))"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
mf=$(median "${fl[@]}"); mb=$(median "${ba[@]}"); ma=$(median "${ap[@]}")
mfc=$(median "${flc[@]}"); mbc=$(median "${bac[@]}"); mac=$(median "${apc[@]}")
echo "medians, start to the first 200: floor $mf s, bare $mb s, application $ma s"
echo "medians, CPU of the server at its first 200: floor $mfc s, bare $mbc s, application $mac s"
echo "floor/bare $(ratio "$mf" "$mb") (CPU $(ratio "$mfc" "$mbc")); application/bare $(ratio "$ma" "$mb") (CPU $(ratio "$mac" "$mbc"));" \
    "application/floor $(ratio "$ma" "$mf") (CPU $(ratio "$mac" "$mfc")) (target application/bare <= 1.5)"
if [ -n "$EXTRA_WAR" ]; then
    me=$(median "${ex[@]}"); mec=$(median "${exc[@]}")
    echo "extra ($EXTRA_WAR): median $me s (CPU $mec s); extra/bare $(ratio "$me" "$mb") (CPU $(ratio "$mec" "$mbc"));" \
        "extra/application $(ratio "$me" "$ma") (CPU $(ratio "$mec" "$mac"))"
fi
