#!/usr/bin/env bash
# build-tools.sh - the tools that check the delivery pipelines in .github/workflows (docs/adr/0033): actionlint,
# built from the Go module proxy (no GitHub download). It lives here, not in .github, because GitHub reads that
# folder as its own configuration. actionlint runs shellcheck over every `run:` script when shellcheck is on PATH:
# that one is a Debian package (.ci/run installs it), not built here.
#
# The tool lands in ${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/actionlint/<version>/bin and is reused when present.
#
# Usage:
#   deploy/ci/build-tools.sh             # build what is missing, print the path
#   eval "$(deploy/ci/build-tools.sh)"   # sets ACTIONLINT
#
# Environment: ACTIONLINT_VERSION (1.7.12), GO (default: go on PATH, else /usr/local/go/bin/go), GOPROXY as usual.
# Output: progress on stderr; stdout ends with the ACTIONLINT=path line. Exit 1 with a reason on any failure.
set -euo pipefail

ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-1.7.12}"

# shellcheck source=../tools/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tools/lib.sh"

build_actionlint() {
  local bin="$1"
  GOBIN="$bin" "$GO" install -trimpath \
    -ldflags "-s -w" \
    "github.com/rhysd/actionlint/cmd/actionlint@v$ACTIONLINT_VERSION"
}

tool actionlint "$ACTIONLINT_VERSION" build_actionlint

printf 'ACTIONLINT=%q\n' "$ROOT/actionlint/$ACTIONLINT_VERSION/bin/actionlint"
