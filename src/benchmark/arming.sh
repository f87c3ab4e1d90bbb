#!/usr/bin/env bash
# How fast one user's reminders are armed as Dapr jobs (docs/benchmarks.md, "Arming"): N tasks (default 300) with a
# reminder each, on the whole distributed topology. Argument: N.
set -euo pipefail
cd "$(dirname "$0")/../.."
TODO_MAIN_CLASS=io.todoplatform.distributed.ArmingBenchmark exec deploy/local/run-distributed.sh "$@"
