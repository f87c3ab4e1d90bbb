#!/usr/bin/env bash
# Schemathesis against the API document of the packaged jar (see src/benchmark/README.md, "schemathesis").
#
#   src/benchmark/schemathesis.sh [--max-examples 150] [--workers 2] [--seed N] [-- <more schemathesis run options>]
#
# Makes (once) a Python venv with schemathesis from PyPI under ~/.cache/todo-platform, packages the jar if it is
# missing, starts it on a fresh data folder and a free port, signs in a user at the local token endpoint and runs
# every phase (examples, coverage, fuzzing, stateful through the document's links) with every check. It always stops
# the app again. The run folder under /tmp/todo-schemathesis-* keeps the app log, schemathesis' output and its
# reports (JUnit XML, NDJSON events, a VCR cassette of every request); summary.md counts requests and failures.
# Exit status: schemathesis' (0: no failure).
set -euo pipefail

readonly SCHEMATHESIS_VERSION=4.32.5
readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
readonly JAR="$ROOT/target/todo-platform.jar"
readonly VENV="${TODO_CACHE_DIR:-$HOME/.cache/todo-platform}/schemathesis-$SCHEMATHESIS_VERSION"
readonly RUN_DIR="$(mktemp -d "/tmp/todo-schemathesis-$(date +%Y%m%d-%H%M%S)-XXXX")"
readonly DATA_DIR="$RUN_DIR/data"
readonly APP_LOG="$RUN_DIR/app.log"
APP_PID=""

max_examples=150
workers=2
seed=""
extra=()
while [[ $# -gt 0 ]]; do
	case "$1" in
		--max-examples) max_examples="$2"; shift 2 ;;
		--workers) workers="$2"; shift 2 ;;
		--seed) seed="$2"; shift 2 ;;
		--) shift; extra=("$@"); break ;;
		*) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
	esac
done

log() { echo "[schemathesis.sh] $*" >&2; }

make_venv() {
	if [[ ! -x "$VENV/bin/st" ]]; then
		log "making $VENV (schemathesis $SCHEMATHESIS_VERSION from PyPI)"
		python3 -m venv "$VENV"
		"$VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
	fi
}

package_if_missing() {
	if [[ ! -f "$JAR" ]]; then
		log "packaging $JAR"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests package)
	fi
}

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

# From a copy of the jar, so that a rebuild during the run cannot pull classes from under the app. One user sends
# thousands of requests a minute: the request limits are raised, or most answers would be 429 and test nothing else
# (the limits have their own tests, RequestLimitsIntegrationTests).
start_app() {
	cp "$JAR" "$RUN_DIR/app.jar"
	TODO_DATA_DIR="$DATA_DIR" SERVER_PORT="$1" TODO_LIMITS_PER_USER_REQUESTS=1000000 \
		TODO_LIMITS_PER_ADDRESS_REQUESTS=1000000 "${JAVA_BIN}java" ${APP_JAVA_OPTS:-} -jar "$RUN_DIR/app.jar" \
		>"$APP_LOG" 2>&1 &
	APP_PID=$!
	log "app pid $APP_PID on port $1, log $APP_LOG"
	for _ in $(seq 240); do
		if curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null; then
			return
		fi
		kill -0 "$APP_PID" 2>/dev/null || { log "the app stopped; see $APP_LOG (is JAVA_HOME a JDK 25?)"; return 1; }
		sleep 0.5
	done
	log "the app was not ready after 120 s"
	return 1
}

# Graceful first (the app then stops its PostgreSQL), forcefully after 30 s; a PostgreSQL the app left behind in
# this run's data folder is stopped through its pid file.
stop_app() {
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
			kill -INT "$postmaster" 2>/dev/null || true
		fi
	fi
	rm -f "$RUN_DIR/app.jar"
}

token() {
	curl -sf -X POST "http://127.0.0.1:$1/auth/token" -H 'Content-Type: application/json' \
		-d '{"username": "schemathesis"}' | "$VENV/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

main() {
	trap stop_app EXIT
	trap 'exit 130' INT TERM
	log "run folder $RUN_DIR"
	make_venv
	package_if_missing
	local port status=0
	port="$(free_port)"
	start_app "$port"
	local options=(--checks all --phases examples,coverage,fuzzing,stateful --max-examples "$max_examples"
		--workers "$workers" --header "Authorization: Bearer $(token "$port")" --report junit,ndjson,vcr
		--report-dir "$RUN_DIR/report" --generation-database none --no-color --output-truncate false)
	[[ -n "$seed" ]] && options+=(--seed "$seed")
	log "st --config-file src/benchmark/schemathesis.toml run http://127.0.0.1:$port/v3/api-docs ${options[*]/Bearer */Bearer ...} ${extra[*]:-}"
	"$VENV/bin/st" --config-file "$ROOT/src/benchmark/schemathesis.toml" run "http://127.0.0.1:$port/v3/api-docs" "${options[@]}" "${extra[@]}" \
		| tee "$RUN_DIR/schemathesis.txt" || status=${PIPESTATUS[0]}
	"$VENV/bin/python" "$ROOT/src/benchmark/schemathesis_summary.py" "$RUN_DIR" | tee "$RUN_DIR/summary.md"
	log "output in $RUN_DIR/schemathesis.txt, summary in $RUN_DIR/summary.md"
	exit "$status"
}

main
