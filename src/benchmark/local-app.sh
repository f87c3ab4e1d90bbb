# The packaged jar as the local benchmark scripts run it (sourced by run.sh and schemathesis.sh): packaged when
# missing, started from a copy on a fresh data folder and a free port, and stopped together with any PostgreSQL it
# left behind. The sourcing script sets ROOT, JAR, JAVA_BIN, RUN_DIR, DATA_DIR and APP_LOG, and defines log.

APP_PID=""

package_if_missing() {
	if [[ ! -f "$JAR" ]]; then
		log "packaging $JAR"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests package)
	fi
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

# start_app PORT [NAME=value ...]: the extra settings go into the app's environment. From a copy of the jar: a JVM
# loads classes lazily from its jar, so a rebuild during the run would otherwise fail it with NoClassDefFoundError.
start_app() {
	local port="$1"
	shift
	cp "$JAR" "$RUN_DIR/app.jar"
	env TODO_DATA_DIR="$DATA_DIR" SERVER_PORT="$port" "$@" \
		"${JAVA_BIN}java" ${APP_JAVA_OPTS:-} -jar "$RUN_DIR/app.jar" >"$APP_LOG" 2>&1 &
	APP_PID=$!
	log "app pid $APP_PID on port $port, log $APP_LOG"
}

# Graceful first (the app then stops its PostgreSQL), forcefully after 30 s. A PostgreSQL left behind by a killed
# app is found through its own pid file and shut down too; it is ours, since the data folder is this run's.
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
			log "stopping leftover PostgreSQL $postmaster"
			kill -INT "$postmaster" 2>/dev/null || true
		fi
	fi
	rm -f "$RUN_DIR/app.jar"
}
