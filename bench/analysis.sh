#!/usr/bin/env bash
# All frequencies + all subgroup cross-tabs of N synthetic employer responses (default 100,000),
# timed in Leerwerkplek's analysis code, then the same cross-tabs counted from the same CSV and
# tested by SciPy, with the agreement of every chi2 and p and the time ratio.
#   bench/analysis.sh            # N=100000
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
out=target/bench-analysis
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    org.leerwerkplek.analysis.AnalysisBenchmark "$N" "$out"
python3 bench/analysis_scipy.py "$out"
