#!/usr/bin/env bash
# lib.sh - what every build-tools.sh shares: each tool is built once from the Go module proxy (or PyPI, or copied
# out of a Go module) into ${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/<tool>/<version>/bin, under a lock, and
# reused while its BUILD-INFO.txt is there. Source it; it defines ROOT, GO, log, die, tool and module_copy.
ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform"
log() { printf '[build-tools] %s\n' "$*" >&2; }
die() { printf '[build-tools] ERROR: %s\n' "$*" >&2; exit 1; }

GO="${GO:-$(command -v go || echo /usr/local/go/bin/go)}"
[[ -x "$GO" ]] || die "no Go found: install Go >= 1.26 or set GO=/path/to/go"
unset GOWORK GO111MODULE GOFLAGS || true
export GOTOOLCHAIN=local CGO_ENABLED=0

# tool <name> <version> <builder function>: runs the builder once, under a lock, into <cache>/<name>/<version>.
# The builder gets the bin folder as $1 and a scratch folder as $2, with private GOMODCACHE/GOCACHE/GOPATH.
tool() {
  local name="$1" version="$2" builder="$3" dir start
  dir="$ROOT/$name/$version"
  mkdir -p "$dir"
  exec 9>"$dir/.lock"
  flock 9
  if [[ -f "$dir/bin/BUILD-INFO.txt" ]]; then
    log "$name $version: cached in $dir/bin"
  else
    start=$SECONDS
    log "$name $version: building into $dir/bin (a cold build takes minutes)"
    rm -rf "$dir/bin" "$dir/scratch"
    mkdir -p "$dir/bin" "$dir/scratch"
    # A subshell of its own with -e in force (a `( ... ) || die` would switch -e off inside it).
    set +e
    (
      set -e
      export GOMODCACHE="$dir/go/mod" GOCACHE="$dir/go/cache" GOPATH="$dir/go/path" GOFLAGS=-modcacherw
      "$builder" "$dir/bin" "$dir/scratch"
    )
    local rc=$?
    set -e
    ((rc == 0)) || die "$name $version did not build (see above); its module and build caches stay in $dir/go for a retry"
    echo "$name $version built $(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - start)) s with $("$GO" env GOVERSION)" \
      >"$dir/bin/BUILD-INFO.txt"
    rm -rf "$dir/scratch" "$dir/go"
    log "$name $version: built in $((SECONDS - start)) s"
  fi
  exec 9>&-
}

# A module's source as a writable folder: as the main module its own replace directives apply, which is why
# `go install module@version` refuses these modules.
module_copy() { # module_copy <module@version> <destination>
  local dir
  dir="$(cd "$(dirname "$2")" && "$GO" mod download -json "$1" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  [[ -d "$dir" ]] || die "go mod download $1 gave no folder (GOPROXY=$("$GO" env GOPROXY))"
  cp -R "$dir" "$2"
  chmod -R u+w "$2"
}

