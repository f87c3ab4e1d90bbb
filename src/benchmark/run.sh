#!/usr/bin/env bash
# Benchmarks of the Todo Platform in local mode (see src/benchmark/README.md).
#
#   src/benchmark/run.sh load   [--users 1000] [--warmup 20] [--duration 60] [--interval-ms 1000] [--tasks-per-user 5]
#   src/benchmark/run.sh search [--tasks 100000] [--queries 2000] [--warmup-queries 200] [--seed-concurrency 32]
#   src/benchmark/run.sh completion [--series 500] [--rate 100] [--warmup 15] [--duration 60]
#   src/benchmark/run.sh flood  [--users 20] [--flood-rate 1000] [--flood-connections 16] [--phase 20] [--rounds 6]
#   src/benchmark/run.sh mcp    [--tasks 20] [--calls 1000] [--warmup-calls 200]
#
# Each run packages the jar if it is missing, starts the app on a fresh data folder and a free port, runs the
# benchmark, and always stops the app again. The app log, the report and the data folder stay in the run folder
# printed at the start (under /tmp). Exit status: 0 all targets met, 3 a target missed, anything else a failure.
set -euo pipefail

readonly MODE="${1:-}"
if [[ "$MODE" != load && "$MODE" != search && "$MODE" != completion && "$MODE" != flood && "$MODE" != mcp ]]; then
	sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
	exit 1
fi
shift

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
readonly JAR="$ROOT/target/todo-platform.jar"
readonly RUN_DIR="$(mktemp -d "/tmp/todo-benchmark-$MODE-$(date +%Y%m%d-%H%M%S)-XXXX")"
readonly DATA_DIR="$RUN_DIR/data"
readonly APP_LOG="$RUN_DIR/app.log"
BENCHMARK_PID=""

log() { echo "[run.sh] $*" >&2; }
source "$ROOT/src/benchmark/local-app.sh"

# javac instead of the source launcher: compile errors show up once, before the app is started.
compile_benchmark() {
	"${JAVA_BIN}javac" -d "$RUN_DIR/classes" $(find "$ROOT/src/benchmark/java/io/todoplatform/benchmark" -name '*.java')
}

# Every benchmark signs its users in from this one address, and search and completion have one user send far more
# than a person would: those limits are raised, the per-user limit of load and flood is the real one.
start_benchmarked_app() {
	local per_user="${TODO_LIMITS_PER_USER_REQUESTS:-}"
	if [[ -z "$per_user" && ( "$MODE" == search || "$MODE" == completion || "$MODE" == mcp ) ]]; then
		per_user=1000000
	fi
	start_app "$1" TODO_LIMITS_PER_ADDRESS_REQUESTS="${TODO_LIMITS_PER_ADDRESS_REQUESTS:-1000000}" \
		${per_user:+"TODO_LIMITS_PER_USER_REQUESTS=$per_user"}
}

stop_benchmark_and_app() {
	if [[ -n "$BENCHMARK_PID" ]] && kill -0 "$BENCHMARK_PID" 2>/dev/null; then
		kill -TERM "$BENCHMARK_PID" 2>/dev/null || true
	fi
	stop_app
}

# What the app complained about during the run: warnings, errors and uncaught exceptions, grouped without
# timestamps and thread names.
summarize_app_log() {
	echo
	echo "## App log ($APP_LOG)"
	echo
	echo "- lines: $(wc -l <"$APP_LOG"), WARN: $(grep -c ' WARN ' "$APP_LOG" || true)," \
		"ERROR: $(grep -c ' ERROR ' "$APP_LOG" || true)," \
		"lines mentioning an exception: $(grep -ci 'exception' "$APP_LOG" || true)"
	grep -E ' (WARN|ERROR) |^(Exception in thread|Caused by)' "$APP_LOG" \
		| sed -E 's/^Exception in thread "[^"]*"/Exception in thread/' \
		| sed -E 's/^[^ ]+ +([A-Z]+) +[0-9]+ --- (\[[^]]*\] *)*/\1 /' \
		| sed -E 's/\[[0-9a-f]{8}, [^]]*\]/[connection]/; s/\[[0-9a-f]{8}-[0-9]+\] //' \
		| sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/{id}/g; s/\?[^" ]*"/?..."/' \
		| cut -c1-220 | sort | uniq -c | sort -rn | head -20 | sed 's/^/    /' || true
}

main() {
	trap stop_benchmark_and_app EXIT
	trap 'exit 130' INT TERM
	log "run folder $RUN_DIR"
	package_if_missing
	compile_benchmark
	local port
	port="$(free_port)"
	start_benchmarked_app "$port"
	local status=0 tee_pid
	exec 3> >(tee "$RUN_DIR/report.md")
	tee_pid=$!
	# In the background, because bash runs a signal's trap only once the foreground command has finished; the
	# serial collector has no background threads to take CPU from the app on a small machine.
	"${JAVA_BIN}java" -XX:+UseSerialGC -Xms1g -Xmx1g -cp "$RUN_DIR/classes" io.todoplatform.benchmark.Benchmark "$MODE" \
		--base-url "http://127.0.0.1:$port" --app-pid "$APP_PID" --data-dir "$DATA_DIR" \
		--clock-ticks "$(getconf CLK_TCK)" "$@" >&3 &
	BENCHMARK_PID=$!
	wait "$BENCHMARK_PID" || status=$?
	exec 3>&-
	wait "$tee_pid" || true
	summarize_app_log | tee -a "$RUN_DIR/report.md"
	log "report saved as $RUN_DIR/report.md"
	exit "$status"
}

main "$@"
