#!/usr/bin/env bash
# Benchmarks of the Todo Platform in local mode (see src/benchmark/README.md).
#
#   src/benchmark/run.sh load   [--users 1000] [--warmup 20] [--duration 60] [--interval-ms 1000] [--tasks-per-user 5]
#   src/benchmark/run.sh search [--tasks 100000] [--queries 2000] [--warmup-queries 200] [--seed-concurrency 32]
#   src/benchmark/run.sh completion [--series 500] [--rate 100] [--warmup 15] [--duration 60]
#   src/benchmark/run.sh flood  [--users 20] [--flood-rate 1000] [--flood-connections 16] [--phase 20] [--rounds 6]
#
# Each run packages the jar if it is missing, starts the app on a fresh data folder and a free port, runs the
# benchmark, and always stops the app again. The app log, the report and the data folder stay in the run folder
# printed at the start (under /tmp). Exit status: 0 all targets met, 3 a target missed, anything else a failure.
set -euo pipefail

readonly MODE="${1:-}"
if [[ "$MODE" != load && "$MODE" != search && "$MODE" != completion && "$MODE" != flood ]]; then
	sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
	exit 1
fi
shift

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
readonly JAR="$ROOT/target/todo-platform.jar"
readonly RUN_DIR="$(mktemp -d "/tmp/todo-benchmark-$MODE-$(date +%Y%m%d-%H%M%S)-XXXX")"
readonly DATA_DIR="$RUN_DIR/data"
readonly APP_LOG="$RUN_DIR/app.log"
APP_PID=""
BENCHMARK_PID=""

log() { echo "[run.sh] $*" >&2; }

package_if_missing() {
	if [[ ! -f "$JAR" ]]; then
		log "packaging $JAR"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests package)
	fi
}

# javac instead of the source launcher: compile errors show up once, before the app is started.
compile_benchmark() {
	"${JAVA_BIN}javac" -d "$RUN_DIR/classes" $(find "$ROOT/src/benchmark/java" -name '*.java')
}

# A random unused port, so that a run never collides with an app someone else is running on 8080.
free_port() {
	local port
	for _ in $(seq 100); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	log "no free port found"
	return 1
}

# The app runs from a copy of the jar: a JVM loads classes lazily from its jar, so a rebuild during the run would
# otherwise make it fail with NoClassDefFoundError.
# Every benchmark signs its users in from this one address, and search and completion have one user send far more
# than a person would: those limits are raised, the per-user limit of load and flood is the real one.
start_app() {
	cp "$JAR" "$RUN_DIR/app.jar"
	local per_user="${TODO_LIMITS_PER_USER_REQUESTS:-}"
	if [[ -z "$per_user" && ( "$MODE" == search || "$MODE" == completion ) ]]; then
		per_user=1000000
	fi
	env TODO_DATA_DIR="$DATA_DIR" SERVER_PORT="$1" \
		TODO_LIMITS_PER_ADDRESS_REQUESTS="${TODO_LIMITS_PER_ADDRESS_REQUESTS:-1000000}" \
		${per_user:+"TODO_LIMITS_PER_USER_REQUESTS=$per_user"} \
		"${JAVA_BIN}java" ${APP_JAVA_OPTS:-} -jar "$RUN_DIR/app.jar" >"$APP_LOG" 2>&1 &
	APP_PID=$!
	log "app pid $APP_PID on port $1, log $APP_LOG"
}

# Graceful first (the app then stops its PostgreSQL), forcefully after 30 s. A PostgreSQL left behind by a killed
# app is found through its own pid file and shut down too; it is ours, since the data folder is this run's.
stop_app() {
	if [[ -n "$BENCHMARK_PID" ]] && kill -0 "$BENCHMARK_PID" 2>/dev/null; then
		kill -TERM "$BENCHMARK_PID" 2>/dev/null || true
	fi
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		log "stopping app $APP_PID"
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	local pid_file="$DATA_DIR/postgres/postmaster.pid" postmaster
	if [[ -f "$pid_file" ]]; then
		postmaster="$(head -1 "$pid_file")"
		if kill -0 "$postmaster" 2>/dev/null && grep -qF "$DATA_DIR" "/proc/$postmaster/cmdline" 2>/dev/null; then
			log "stopping leftover PostgreSQL $postmaster"
			kill -INT "$postmaster" 2>/dev/null || true
		fi
	fi
	rm -f "$RUN_DIR/app.jar"
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
	trap stop_app EXIT
	trap 'exit 130' INT TERM
	log "run folder $RUN_DIR"
	package_if_missing
	compile_benchmark
	local port
	port="$(free_port)"
	start_app "$port"
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
