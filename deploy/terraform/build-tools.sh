#!/usr/bin/env bash
# build-tools.sh - the tools that check deploy/terraform here, without a provider registry: OpenTofu (fmt, and
# validate where providers are at hand), tflint with the azurerm ruleset as a plugin, all from the Go module proxy,
# and checkov from PyPI (through deploy/k8s/build-tools.sh, which already caches it). docs/adr/0032.
#
# Each tool lands in ${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/<tool>/<version>/bin and is reused when present.
#
# Usage:
#   deploy/terraform/build-tools.sh             # build what is missing, print the paths
#   eval "$(deploy/terraform/build-tools.sh)"   # sets TOFU TFLINT TFLINT_PLUGIN_DIR CHECKOV
#
# Environment: OPENTOFU_VERSION (1.12.6), TFLINT_VERSION (0.64.0), TFLINT_AZURERM_VERSION (0.32.0),
# CHECKOV_VERSION (3.3.30), GO (default: go on PATH), GOPROXY as usual.
# Output: progress on stderr; stdout ends with the four NAME=path lines. Exit 1 with a reason on any failure.
set -euo pipefail

OPENTOFU_VERSION="${OPENTOFU_VERSION:-1.12.6}"
TFLINT_VERSION="${TFLINT_VERSION:-0.64.0}"
TFLINT_AZURERM_VERSION="${TFLINT_AZURERM_VERSION:-0.32.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# shellcheck source=../tools/lib.sh
source "$here/../tools/lib.sh"

# OpenTofu's main module carries replace directives, so `go install` refuses it: build it in a copy.
build_tofu() {
  local bin="$1" src="$2/opentofu"
  module_copy "github.com/opentofu/opentofu@v$OPENTOFU_VERSION" "$src"
  cd "$src"
  "$GO" build -trimpath -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$bin/tofu" ./cmd/tofu
}

build_tflint() {
  local bin="$1"
  GOBIN="$bin" "$GO" install -trimpath -ldflags "-s -w" "github.com/terraform-linters/tflint@v$TFLINT_VERSION"
}

# The azurerm ruleset as tflint loads a plugin declared with a source: <plugin dir>/<source>/<version>/<binary>.
# Built in a copy of its module: `go install` also asks the proxy for the module's version list, which it refuses
# (403) for this module, while the version itself downloads.
build_tflint_azurerm() {
  local dir="$1/github.com/terraform-linters/tflint-ruleset-azurerm/$TFLINT_AZURERM_VERSION" src="$2/ruleset"
  module_copy "github.com/terraform-linters/tflint-ruleset-azurerm@v$TFLINT_AZURERM_VERSION" "$src"
  mkdir -p "$dir"
  cd "$src"
  "$GO" build -trimpath -ldflags "-s -w" -o "$dir/tflint-ruleset-azurerm" .
}

tool opentofu "$OPENTOFU_VERSION" build_tofu
tool tflint "$TFLINT_VERSION" build_tflint
tool tflint-ruleset-azurerm "$TFLINT_AZURERM_VERSION" build_tflint_azurerm
checkov="$("$here/../k8s/build-tools.sh" | sed -n 's/^CHECKOV=//p')"

printf 'TOFU=%q\n' "$ROOT/opentofu/$OPENTOFU_VERSION/bin/tofu"
printf 'TFLINT=%q\n' "$ROOT/tflint/$TFLINT_VERSION/bin/tflint"
printf 'TFLINT_PLUGIN_DIR=%q\n' "$ROOT/tflint-ruleset-azurerm/$TFLINT_AZURERM_VERSION/bin"
printf 'CHECKOV=%s\n' "$checkov"
