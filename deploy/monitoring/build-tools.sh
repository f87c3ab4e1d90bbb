#!/usr/bin/env bash
# build-tools.sh - Prometheus and promtool, built from the Go module proxy (no GitHub download, no image), for the
# tests that check the chart's alert rules (promtool check/test rules) and run the dashboards' and alerts' queries
# against the distributed topology (a real Prometheus scraping the apps and their sidecars). docs/adr/0034.
#
# The module has no replace directive, so `go install module/cmd/x@version` works. Two choices keep it small:
# - no UI assets: without the `builtinassets` tag the web UI is read from disk and is simply absent; the HTTP API,
#   which is all the tests use, is unaffected;
# - `remove_all_sd`: no service-discovery plugin (Kubernetes, Azure, AWS, ...) is linked in; the tests scrape
#   static targets. This roughly halves the packages to compile.
#
# Usage:
#   deploy/monitoring/build-tools.sh             # build what is missing, print the paths
#   eval "$(deploy/monitoring/build-tools.sh)"   # sets PROMETHEUS PROMTOOL
#
# Environment: PROMETHEUS_VERSION (3.16.0, the module version v0.316.0), GO, GOPROXY as usual.
# Output: progress on stderr; stdout ends with the two NAME=path lines. Exit 1 with a reason on any failure.
set -euo pipefail

PROMETHEUS_VERSION="${PROMETHEUS_VERSION:-3.16.0}"

# shellcheck source=../tools/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tools/lib.sh"

# Prometheus 3.x is published as module v0.3MM.P (3.16.0 -> v0.316.0).
module_version() {
  local major minor patch
  IFS=. read -r major minor patch <<<"$PROMETHEUS_VERSION"
  printf 'v0.%d%02d.%d' "$major" "$minor" "$patch"
}

build_prometheus() {
  local bin="$1" version module=github.com/prometheus/prometheus
  version="$(module_version)"
  GOBIN="$bin" "$GO" install -trimpath -tags remove_all_sd -ldflags "-s -w \
    -X github.com/prometheus/common/version.Version=$PROMETHEUS_VERSION \
    -X github.com/prometheus/common/version.Branch=module-proxy \
    -X github.com/prometheus/common/version.Revision=$version" \
    "$module/cmd/prometheus@$version" "$module/cmd/promtool@$version"
}

tool prometheus "$PROMETHEUS_VERSION" build_prometheus

printf 'PROMETHEUS=%q\n' "$ROOT/prometheus/$PROMETHEUS_VERSION/bin/prometheus"
printf 'PROMTOOL=%q\n' "$ROOT/prometheus/$PROMETHEUS_VERSION/bin/promtool"
