#!/usr/bin/env bash
# JMH benchmarks of the recurrence engine: expansion throughput and next-occurrence latency.
#
#   src/benchmark/recurrence.sh [JMH options and benchmark patterns]
#
# Compiles the test classes, then runs every benchmark in io.todoplatform.recurrence.benchmark (or those matching
# the patterns given) in one fork with 3 warm-up iterations of 1 s and 5 measured ones of 2 s, unless the options
# say otherwise. Prints JMH's report, then the targets: more than 1,000,000 occurrences/s, next-after p99 under
# 50 µs. JMH's JSON results go to target/recurrence-benchmark.json.
# MAVEN_ARGS=-o works offline. Exit status: 0 all targets met, 3 a target missed, anything else a failure.
#
#   src/benchmark/recurrence.sh NextOccurrenceLatency.nextAfter -p rule=FREQ=DAILY
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
readonly CLASSPATH_FILE="$ROOT/target/recurrence-benchmark.classpath"

cd "$ROOT"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"

"${JAVA_BIN}java" -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" \
	io.todoplatform.recurrence.benchmark.RecurrenceBenchmarks "$@"
