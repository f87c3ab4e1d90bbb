#!/usr/bin/env bash
# build-tools.sh - the Kubernetes tools the chart's tests need, built from the Go module proxy (no Docker, no
# GitHub download, no cluster): kube-apiserver and kubectl (k8s.io/kubernetes), etcd and helm; the CRDs the chart's
# objects need: Dapr's (from the github.com/dapr/dapr module of the Dapr version the sidecars run) and the Prometheus
# Operator's ServiceMonitor and PrometheusRule (from its module), and Chaos Mesh's (the experiments in deploy/chaos,
# docs/adr/0035) with chaos-validate, Chaos Mesh's webhook checks as a command (deploy/k8s/chaos-validate); and
# checkov from PyPI in a venv of its own (policy checks of the rendered manifests, offline). docs/adr/0021.
#
# Each tool lands in ${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/<tool>/<version>/bin and is reused when present;
# a tool's Go module and build caches live beside it while it builds and are deleted once it is built (gigabytes).
#
# Usage:
#   deploy/k8s/build-tools.sh             # build what is missing, print the paths
#   eval "$(deploy/k8s/build-tools.sh)"   # sets KUBE_APISERVER KUBECTL ETCD HELM DAPR_CRDS PROMETHEUS_CRDS CHAOS_CRDS
#                                         # CHAOS_VALIDATE CHECKOV
#
# Environment: KUBERNETES_VERSION (1.37.2), ETCD_VERSION (3.7.3), HELM_VERSION (3.22.0), DAPR_VERSION (1.18.3),
# PROMETHEUS_OPERATOR_VERSION (0.85.0), CHAOS_MESH_VERSION and CHAOS_MESH_API_VERSION (Go pseudo-versions, below),
# CHECKOV_VERSION (3.3.30), PYTHON (python3),
# GO (default: go on PATH, else /usr/local/go/bin/go), GOPROXY as usual.
# Output: progress on stderr; stdout ends with the nine NAME=path lines. Exit 1 with a reason on any failure.
set -euo pipefail

KUBERNETES_VERSION="${KUBERNETES_VERSION:-1.37.2}"
ETCD_VERSION="${ETCD_VERSION:-3.7.3}"
HELM_VERSION="${HELM_VERSION:-3.22.0}"
DAPR_VERSION="${DAPR_VERSION:-1.18.3}"
PROMETHEUS_OPERATOR_VERSION="${PROMETHEUS_OPERATOR_VERSION:-0.85.0}"
# Chaos Mesh's tags (v2.8.4) are not Go versions (no /v2 module path), so the proxy serves commits only: this is
# master of 2026-09-02, after release 2.8.4 (its CHANGELOG's newest release; the CRDs are chaos-mesh.org/v1alpha1
# as in 2.8.x).
CHAOS_MESH_VERSION="${CHAOS_MESH_VERSION:-0.9.1-0.20260902003049-47411975a8cb}"
# Its api/ folder is a module of its own, left out of the main module's zip; the proxy serves no version of it at
# the commit above, only this one, four days later on master (2026-09-06).
CHAOS_MESH_API_VERSION="${CHAOS_MESH_API_VERSION:-0.0.0-20260906172039-d70b66ad97ac}"
CHECKOV_VERSION="${CHECKOV_VERSION:-3.3.30}"

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../tools/lib.sh
source "$HERE/../tools/lib.sh"

# kube-apiserver and kubectl. The module zip leaves out staging/, so each `=> ./staging/...` replace is pointed at
# the published module of the same release (k8s.io/api v0.37.2 for Kubernetes 1.37.2, and so on).
build_kubernetes() {
  local bin="$1" src="$2/kubernetes" minor="${KUBERNETES_VERSION#*.}" staging
  module_copy "k8s.io/kubernetes@v$KUBERNETES_VERSION" "$src"
  rm -rf "$src/go.work" "$src/go.work.sum" "$src/vendor"
  staging="v0.${KUBERNETES_VERSION#*.}"
  minor="${minor%%.*}"
  cd "$src"
  for module in $(sed -n 's|^[[:space:]]*\(k8s.io/[^[:space:]]*\) => ./staging/.*|\1|p' go.mod); do
    "$GO" mod edit -replace "$module=$module@$staging"
  done
  GOFLAGS="$GOFLAGS -mod=mod" "$GO" build -trimpath -ldflags "-s -w \
    -X k8s.io/component-base/version.gitVersion=v$KUBERNETES_VERSION \
    -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor" \
    -o "$bin/" ./cmd/kube-apiserver ./cmd/kubectl
}

# etcd's main module has replace directives too: a main package of our own calls its entry point instead.
build_etcd() {
  local bin="$1" src="$2/etcd"
  mkdir -p "$src"
  cd "$src"
  printf 'package main\n\nimport (\n\t"os"\n\n\t"go.etcd.io/etcd/server/v3/etcdmain"\n)\n\nfunc main() { etcdmain.Main(os.Args) }\n' \
    >main.go
  "$GO" mod init todo-platform.local/etcd >/dev/null 2>&1
  "$GO" get "go.etcd.io/etcd/server/v3@v$ETCD_VERSION" >/dev/null
  "$GO" mod tidy >/dev/null
  "$GO" build -trimpath -ldflags "-s -w" -o "$bin/etcd" .
}

build_helm() {
  local bin="$1"
  GOBIN="$bin" "$GO" install -trimpath \
    -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=v$HELM_VERSION" \
    "helm.sh/helm/v3/cmd/helm@v$HELM_VERSION"
}

# Dapr's CRDs, as its Helm chart installs them (charts/dapr/crds of the release).
fetch_dapr_crds() {
  local bin="$1" src="$2/dapr"
  module_copy "github.com/dapr/dapr@v$DAPR_VERSION" "$src"
  cp "$src"/charts/dapr/crds/*.yaml "$bin/"
}

# ServiceMonitor and PrometheusRule, as the Prometheus Operator (kube-prometheus-stack) installs them.
fetch_prometheus_crds() {
  local bin="$1" src="$2/prometheus-operator"
  module_copy "github.com/prometheus-operator/prometheus-operator@v$PROMETHEUS_OPERATOR_VERSION" "$src"
  cp "$src"/example/prometheus-operator-crd/monitoring.coreos.com_{servicemonitors,prometheusrules}.yaml "$bin/"
}

# Chaos Mesh's CRDs, as its Helm chart installs them (helm/chaos-mesh/crds holds the same files as
# config/crd/bases; manifests/crd.yaml is their concatenation).
fetch_chaos_crds() {
  local bin="$1" src="$2/chaos-mesh"
  module_copy "github.com/chaos-mesh/chaos-mesh@v$CHAOS_MESH_VERSION" "$src"
  cp "$src"/config/crd/bases/*.yaml "$bin/"
}

# chaos-validate: our main package (deploy/k8s/chaos-validate) against Chaos Mesh's api module.
build_chaos_validate() {
  local bin="$1" src="$2/chaos-validate"
  mkdir -p "$src"
  cp "$HERE/chaos-validate/main.go" "$src/"
  cd "$src"
  "$GO" mod init todo-platform.local/chaos-validate >/dev/null 2>&1
  "$GO" get "github.com/chaos-mesh/chaos-mesh/api@v$CHAOS_MESH_API_VERSION" >/dev/null
  "$GO" mod tidy >/dev/null
  "$GO" build -trimpath -ldflags "-s -w" -o "$bin/chaos-validate" .
}

# checkov in a venv of its own (its pins clash with other Python tools); run with --skip-download it stays offline.
build_checkov() {
  local bin="$1"
  "${PYTHON:-python3}" -m venv "$bin/venv"
  "$bin/venv/bin/pip" install --quiet --disable-pip-version-check "checkov==$CHECKOV_VERSION"
  ln -s venv/bin/checkov "$bin/checkov"
}

tool kubernetes "$KUBERNETES_VERSION" build_kubernetes
tool etcd "$ETCD_VERSION" build_etcd
tool helm "$HELM_VERSION" build_helm
tool dapr-crds "$DAPR_VERSION" fetch_dapr_crds
tool prometheus-operator-crds "$PROMETHEUS_OPERATOR_VERSION" fetch_prometheus_crds
tool chaos-mesh-crds "$CHAOS_MESH_VERSION" fetch_chaos_crds
# Our own source is part of what is built: a change to it is a new version in the cache.
CHAOS_VALIDATE_VERSION="$CHAOS_MESH_API_VERSION-$(sha256sum "$HERE/chaos-validate/main.go" | cut -c1-12)"
tool chaos-validate "$CHAOS_VALIDATE_VERSION" build_chaos_validate
tool checkov "$CHECKOV_VERSION" build_checkov

printf 'KUBE_APISERVER=%q\n' "$ROOT/kubernetes/$KUBERNETES_VERSION/bin/kube-apiserver"
printf 'KUBECTL=%q\n' "$ROOT/kubernetes/$KUBERNETES_VERSION/bin/kubectl"
printf 'ETCD=%q\n' "$ROOT/etcd/$ETCD_VERSION/bin/etcd"
printf 'HELM=%q\n' "$ROOT/helm/$HELM_VERSION/bin/helm"
printf 'DAPR_CRDS=%q\n' "$ROOT/dapr-crds/$DAPR_VERSION/bin"
printf 'PROMETHEUS_CRDS=%q\n' "$ROOT/prometheus-operator-crds/$PROMETHEUS_OPERATOR_VERSION/bin"
printf 'CHAOS_CRDS=%q\n' "$ROOT/chaos-mesh-crds/$CHAOS_MESH_VERSION/bin"
printf 'CHAOS_VALIDATE=%q\n' "$ROOT/chaos-validate/$CHAOS_VALIDATE_VERSION/bin/chaos-validate"
printf 'CHECKOV=%q\n' "$ROOT/checkov/$CHECKOV_VERSION/bin/checkov"
