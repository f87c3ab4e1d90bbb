#!/usr/bin/env bash
# Issue 11's benchmark (docs/benchmarks.md): event latency with one and with two tasks replicas in the same run, and
# how soon a killed leader's pending events arrive through the other replica. About 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
TODO_MAIN_CLASS=io.todoplatform.distributed.ScaleOutBenchmark exec deploy/local/run-distributed.sh
