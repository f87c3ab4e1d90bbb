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
source "$ROOT/src/benchmark/local-app.sh"

make_venv() {
	if [[ ! -x "$VENV/bin/st" ]]; then
		log "making $VENV (schemathesis $SCHEMATHESIS_VERSION from PyPI)"
		python3 -m venv "$VENV"
		"$VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
	fi
}

# One user sends thousands of requests a minute: the request limits are raised, or most answers would be 429 and
# test nothing else (the limits have their own tests, RequestLimitsIntegrationTests).
start_and_await_app() {
	start_app "$1" TODO_LIMITS_PER_USER_REQUESTS=1000000 TODO_LIMITS_PER_ADDRESS_REQUESTS=1000000
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
	start_and_await_app "$port"
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
