#!/usr/bin/env bash
# run-distributed.sh - the distributed mode on this machine, for development.
#
# Usage: deploy/local/run-distributed.sh [--replicas N] [--data FOLDER]
#
# Starts, on 127.0.0.1 only: PostgreSQL, a Kafka broker, the Dapr scheduler, and N processes (default 1) of each
# app-id `tasks`, `recurrence` and `notifications`, each its own JVM next to its own daprd, all replicas of an app-id
# in its consumer groups. The tasks API is on http://127.0.0.1:8080 (or TASKS_PORT): with several replicas, a
# loopback proxy there sends each request to the next replica. Each app serves actuator on a port of its own
# (printed at start), and its sidecar proves itself with a token made for the run (APP_API_TOKEN).
# Data stays in .data/distributed (or FOLDER) across runs; logs go to target/e2e-logs. Ctrl-C stops everything; a
# start after a run that was killed hard ends what that run left running first.
# The first run may build daprd and the scheduler (about 7 minutes, see deploy/dapr/README.md).
# TODO_MAIN_CLASS runs another class on the same topology (src/benchmark/distributed.sh does).
set -euo pipefail
cd "$(dirname "$0")/../.."

# True when the JDK in $1 is 25 or newer ("1.8" counts as 1).
is_jdk_25_plus() {
  local version major
  version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  major="${version%%.*}"
  [[ "$major" =~ ^[0-9]+$ ]] && ((major >= 25))
}

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && is_jdk_25_plus "$JAVA_HOME"; then
  jdk="$JAVA_HOME"
elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  jdk=/usr/lib/jvm/temurin-25-jdk-amd64
else
  echo "No JDK 25 or newer: set JAVA_HOME to one, or install Temurin 25 in /usr/lib/jvm/temurin-25-jdk-amd64." >&2
  exit 1
fi
export JAVA_HOME="$jdk"
export PATH="$JAVA_HOME/bin:$PATH"

# -DskipTests skips running the tests but still compiles them: the topology lives in the test classes.
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath

exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  -Dtodo.e2e.project-dir="$PWD" -Dtodo.e2e.jar="$PWD/target/todo-platform.jar" \
  "${TODO_MAIN_CLASS:-io.todoplatform.distributed.RunDistributed}" "$@"
