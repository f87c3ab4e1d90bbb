#!/usr/bin/env bash
# The distributed mode's benchmark (docs/benchmarks.md): starts the whole topology like
# deploy/local/run-distributed.sh, measures, prints the figures and stops.
set -euo pipefail
cd "$(dirname "$0")/../.."
TODO_MAIN_CLASS=io.todoplatform.distributed.DistributedBenchmark exec deploy/local/run-distributed.sh
