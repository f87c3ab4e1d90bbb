#!/usr/bin/env bash
# Reminder figures (docs/benchmarks.md): fire lateness of 1,000 reminders due within one minute, in the local mode
# and over Dapr Jobs (the whole topology, like deploy/local/run-distributed.sh), and the Dapr Jobs scheduling rate.
# Arguments: local, dapr, or none for both.
set -euo pipefail
cd "$(dirname "$0")/../.."
TODO_MAIN_CLASS=io.todoplatform.distributed.RemindersBenchmark exec deploy/local/run-distributed.sh "$@"
