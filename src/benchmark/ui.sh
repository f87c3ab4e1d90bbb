#!/usr/bin/env bash
# The web UI in Chromium with 500 tasks: first contentful paint of the task list and how soon search results show.
#
#   src/benchmark/ui.sh [--tasks 500] [--loads 30] [--searches 30] [--query size=100]
#
# Packages the jar if it is missing, compiles the test classes (Playwright is a test dependency), starts the app on a
# fresh data folder and a free port, runs io.todoplatform.web.benchmark.UiBenchmark against it with Debian's
# Chromium (/usr/bin/chromium), and always stops the app again. Targets: first contentful paint under 1 s, search
# results shown under 150 ms after the debounce (p95 of each). Exit status: 0 targets met, 3 one missed.
set -euo pipefail

readonly MODE=ui
readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
readonly JAR="$ROOT/target/todo-platform.jar"
readonly RUN_DIR="$(mktemp -d "/tmp/todo-benchmark-$MODE-$(date +%Y%m%d-%H%M%S)-XXXX")"
readonly DATA_DIR="$RUN_DIR/data"
readonly APP_LOG="$RUN_DIR/app.log"
readonly CLASSPATH_FILE="$ROOT/target/ui-benchmark.classpath"

log() { echo "[ui.sh] $*" >&2; }
source "$ROOT/src/benchmark/local-app.sh"

main() {
	trap stop_app EXIT
	trap 'exit 130' INT TERM
	log "run folder $RUN_DIR"
	package_if_missing
	(cd "$ROOT" && ./mvnw -B -q test-compile \
		&& ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE")
	local port
	port="$(free_port)"
	# One user seeds 500 tasks from this address: the limits a person would never reach are raised.
	start_app "$port" TODO_LIMITS_PER_ADDRESS_REQUESTS=1000000 TODO_LIMITS_PER_USER_REQUESTS=1000000
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${JAVA_BIN}java" \
		-cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" \
		io.todoplatform.web.benchmark.UiBenchmark --base-url "http://127.0.0.1:$port" "$@" | tee "$RUN_DIR/report.md"
	local status="${PIPESTATUS[0]}"
	log "report saved as $RUN_DIR/report.md"
	exit "$status"
}

main "$@"
