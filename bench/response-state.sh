#!/usr/bin/env bash
# The query the analysis runs before every table (did the submitted responses change?) over
# 100,000 rows in an in-memory Derby, best of 15, without and then with the index of V13.
#   bench/response-state.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
mkdir -p target/bench-state
javac -d target/bench-state -cp "$(cat target/bench.cp)" bench/java/ResponseStateCheck.java
java -cp "target/bench-state:$(cat target/bench.cp)" ResponseStateCheck
