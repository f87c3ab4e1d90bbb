#!/usr/bin/env bash
# build-dapr.sh - build daprd and the Dapr scheduler from the Go module proxy.
#
# No Docker, no `dapr init`, no GitHub download: the dapr/dapr module is fetched
# through GOPROXY and compiled locally. Everything (module cache, build cache,
# GOPATH, binaries) lives in a per-version cache folder outside the repo, so a
# second run is a no-op and the user's own Go setup is left untouched.
#
# Usage:
#   deploy/dapr/build-dapr.sh            # build (or reuse) and print the paths
#   eval "$(deploy/dapr/build-dapr.sh)"  # sets DAPRD and DAPR_SCHEDULER
#
# Environment:
#   DAPR_VERSION             Dapr release to build (default 1.18.3; "v" prefix optional)
#   DAPR_CACHE_DIR           cache folder (default ${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/dapr/<version>)
#   DAPR_SKIP_VERSION_CHECK  1 = do not ask the proxy about the pinned/newer versions
#   DAPR_STRICT              1 = fail instead of working around modules the proxy does not serve
#                            (see "gaps of the module proxy" below; deviations are logged as WARN
#                            and recorded in <cache>/bin/BUILD-INFO.txt)
#   GO                       go binary to use (default: `go` on PATH, else /usr/local/go/bin/go)
#   GOPROXY, GOFLAGS, ...    honoured as usual
#
# Output: progress goes to stderr; stdout ends with exactly two lines
#   DAPRD=<path>
#   DAPR_SCHEDULER=<path>
# Exit codes: 0 ok, 1 any failure (with a message saying why).
set -euo pipefail

log() { printf '[build-dapr] %s\n' "$*" >&2; }
die() { printf '[build-dapr] ERROR: %s\n' "$*" >&2; exit 1; }

# version_ge A B: true when dotted version A >= B (numeric parts; suffixes like rc1 ignored).
version_ge() {
  local IFS=. i x y
  local -a a b
  read -r -a a <<<"$1"
  read -r -a b <<<"$2"
  for ((i = 0; i < 4; i++)); do
    x=${a[i]:-0}; y=${b[i]:-0}
    x=${x%%[!0-9]*}; y=${y%%[!0-9]*}
    ((10#${x:-0} > 10#${y:-0})) && return 0
    ((10#${x:-0} < 10#${y:-0})) && return 1
  done
  return 0
}

# ---------------------------------------------------------------- settings --
MODULE=github.com/dapr/dapr
DAPR_VERSION="${DAPR_VERSION:-1.18.3}"
VER="${DAPR_VERSION#v}"          # 1.18.3  (what buildinfo.version and --version carry)
MODVER="v${VER}"                 # v1.18.3 (the module version / git tag)
[[ "$VER" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] \
  || die "DAPR_VERSION '$DAPR_VERSION' is not a version like 1.18.3"

CACHE="${DAPR_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/dapr/${VER}}"
BIN="$CACHE/bin"
DAPRD="$BIN/daprd"
SCHEDULER="$BIN/scheduler"

if [[ -z "${GO:-}" ]]; then
  GO="$(command -v go || true)"
  [[ -n "$GO" ]] || GO=/usr/local/go/bin/go
fi
[[ -x "$GO" ]] || command -v "$GO" >/dev/null 2>&1 || die "no Go found (set GO=/path/to/go or put go on PATH)"

mkdir -p "$BIN"
CACHE="$(cd "$CACHE" && pwd -P)"; BIN="$CACHE/bin"; DAPRD="$BIN/daprd"; SCHEDULER="$BIN/scheduler"

# Private Go state: nothing goes to the user's GOPATH/GOMODCACHE/GOCACHE.
# -modcacherw keeps the private module cache deletable with a plain `rm -rf`.
export GOPATH="$CACHE/gopath"
export GOMODCACHE="$CACHE/gomodcache"
export GOCACHE="$CACHE/gocache"
export GOFLAGS="-modcacherw${GOFLAGS:+ $GOFLAGS}"
unset GOWORK GO111MODULE || true

# Scratch space on the cache's file system, removed on any exit.
SCRATCH=""
cleanup() { [[ -n "$SCRATCH" && -d "$SCRATCH" ]] && { chmod -R u+w "$SCRATCH" 2>/dev/null || true; rm -rf "$SCRATCH"; }; return 0; }
trap cleanup EXIT
SCRATCH="$(mktemp -d "$CACHE/tmp.XXXXXX")"

# binaries_ok: both binaries present and daprd reports the pinned version.
binaries_ok() {
  [[ -x "$DAPRD" && -x "$SCHEDULER" ]] || return 1
  local v
  v="$("$DAPRD" --version 2>/dev/null | tail -n 1 | tr -d '[:space:]')" || return 1
  [[ "$v" == "$VER" ]]
}

print_paths() {
  printf 'DAPRD=%q\n' "$DAPRD"
  printf 'DAPR_SCHEDULER=%q\n' "$SCHEDULER"
}

# ------------------------------------------- 1. is the pin on the proxy? --
# `go list -m -versions` reads the proxy's version list; some proxies/mirrors
# serve an incomplete list, so the pin is also resolved directly, and the next
# patch numbers are probed one by one (stops at the first missing one).
check_versions() {
  local list out newer=() v p mm i probe_proxy
  ( cd "$SCRATCH" && GOTOOLCHAIN=local "$GO" list -m -versions "$MODULE" ) >"$SCRATCH/versions" 2>"$SCRATCH/versions.err" \
    || { log "WARN: 'go list -m -versions $MODULE' failed: $(tr '\n' ' ' <"$SCRATCH/versions.err")"; return 1; }
  list="$(cut -d' ' -f2- <"$SCRATCH/versions")"
  if ! out="$(cd "$SCRATCH" && GOTOOLCHAIN=local "$GO" list -m "$MODULE@$MODVER" 2>&1)"; then
    log "pinned $MODULE@$MODVER is NOT available from GOPROXY=$(GOTOOLCHAIN=local "$GO" env GOPROXY): $out"
    log "versions the proxy lists: ${list:-<none>}"
    return 2
  fi
  if [[ " $list " != *" $MODVER "* ]]; then
    log "note: the proxy's version list does not include $MODVER (it lists: ${list:-<none>}), but $MODVER resolves directly"
  fi
  mm="${VER%.*}"                                    # 1.18
  for v in $list; do
    v="${v#v}"
    [[ "$v" == "$mm".* && "$v" != *-* ]] && ! version_ge "$VER" "$v" && newer+=("v$v")
  done
  # Probe proxies only (no ",direct" fallback: a missing version must not turn
  # into a git fetch from GitHub).
  probe_proxy="$(GOTOOLCHAIN=local "$GO" env GOPROXY)"; probe_proxy="${probe_proxy%[,|]direct}"
  p="${VER##*.}"; p="${p%%-*}"
  for ((i = 1; i <= 20; i++)); do               # probe v<mm>.<p+1>, v<mm>.<p+2>, ... until one is missing
    [[ -n "$probe_proxy" && "$probe_proxy" != direct && "$probe_proxy" != off ]] || break
    v="v$mm.$((p + i))"
    ( cd "$SCRATCH" && GOPROXY="$probe_proxy" GOTOOLCHAIN=local "$GO" list -m "$MODULE@$v" ) >/dev/null 2>&1 || break
    [[ " ${newer[*]-} " == *" $v "* ]] || newer+=("$v")
  done
  if ((${#newer[@]})); then
    log "NOTE: newer patch release(s) of Dapr $mm on the proxy: ${newer[*]} (pin stays at $MODVER; set DAPR_VERSION to try one)"
  else
    log "$MODULE@$MODVER is on the proxy; no newer $mm.x patch release found"
  fi
}

# Serialise concurrent runs on the same cache.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/.lock"
  flock 9
fi

if [[ "${DAPR_SKIP_VERSION_CHECK:-0}" != 1 ]]; then
  rc=0; check_versions || rc=$?
  if ((rc == 2)); then
    binaries_ok || die "Dapr $MODVER is not on the Go module proxy and not built in $CACHE"
  elif ((rc != 0)); then
    binaries_ok || die "cannot reach the Go module proxy and Dapr $VER is not built yet in $CACHE"
  fi
fi

# ---------------------------------------------------- 3. already built? --
if binaries_ok; then
  log "Dapr $VER already built in $BIN (cached; nothing to do)"
  if [[ -f "$BIN/BUILD-INFO.txt" ]]; then
    while IFS= read -r line; do [[ "$line" == DEVIATION:* ]] && log "WARN: $line"; done <"$BIN/BUILD-INFO.txt"
  fi
  print_paths
  exit 0
fi

start=$SECONDS
rm -f "$BIN/BUILD-INFO.txt"
log "building Dapr $VER into $BIN (cache $CACHE); a cold build takes several minutes and ~5 GB"

# ------------------------------------------------------- download module --
log "go mod download $MODULE@$MODVER"
( cd "$SCRATCH" && GOTOOLCHAIN=local "$GO" mod download -json "$MODULE@$MODVER" ) >"$SCRATCH/download.json" \
  || die "go mod download $MODULE@$MODVER failed (GOPROXY=$(GOTOOLCHAIN=local "$GO" env GOPROXY))"
MODDIR="$GOMODCACHE/$MODULE@$MODVER"
[[ -f "$MODDIR/go.mod" ]] || die "downloaded module has no go.mod at $MODDIR"

# A writable copy: as the main module, dapr's own replace directives apply
# (which is why `go install ...@version` does not work for it).
SRC="$SCRATCH/dapr"
cp -R "$MODDIR" "$SRC"
chmod -R u+w "$SRC"

# ------------------------------------------------------- Go toolchain -----
NEED="$(awk '$1 == "go" { print $2; exit }' "$SRC/go.mod")"
[[ -n "$NEED" ]] || die "no go directive in $MODULE@$MODVER/go.mod"
HAVE="$(cd "$SCRATCH" && GOTOOLCHAIN=local "$GO" env GOVERSION)"; HAVE="${HAVE#go}"
if version_ge "$HAVE" "$NEED"; then
  log "Go $HAVE satisfies go $NEED from dapr's go.mod"
  export GOTOOLCHAIN=local
else
  # Go >= 1.21 fetches toolchains as the module golang.org/toolchain through
  # GOPROXY, into our private GOMODCACHE. "1.26" means the release "1.26.0".
  want="$NEED"; [[ "$want" =~ ^[0-9]+\.[0-9]+$ ]] && want="$want.0"
  log "local Go $HAVE is older than go $NEED required by dapr; fetching toolchain go$want via GOPROXY"
  export GOTOOLCHAIN="go$want"
  if ! got="$(cd "$SRC" && "$GO" env GOVERSION 2>"$SCRATCH/toolchain.err")" || ! version_ge "${got#go}" "$NEED"; then
    die "Dapr $VER needs Go >= $NEED, local Go is $HAVE, and the toolchain download
  (module golang.org/toolchain@v0.0.1-go$want.$("$GO" env GOOS)-$("$GO" env GOARCH) via GOPROXY=$(GOTOOLCHAIN=local "$GO" env GOPROXY)) failed:
  $(cat "$SCRATCH/toolchain.err")
  Install Go >= $NEED (https://go.dev/dl/) or make it reachable through GOPROXY."
  fi
  log "using toolchain $got"
fi

# ----------------------------------------------- gaps of the module proxy --
# Some module proxies/mirrors do not serve every module version dapr needs
# (the one this project reaches answers 403 "This module version is not
# available" for a few). For known cases, fall back explicitly, loudly, and only
# when the required version really cannot be downloaded:
#   sub  <module> <required version> <fallback version>
#        build against the fallback version instead (a go.mod replace)
#   drop <component file in cmd/daprd/components> <module@version>...
#        leave that component out of daprd if any of those modules is missing
# DAPR_STRICT=1 turns any such gap into an error instead.
known_gaps() {
  case "$VER" in
    1.18.3) cat <<'GAPS'
sub  github.com/dapr/durabletask-go v0.12.4 v0.12.2-0.20260720132056-79042da5fe61
drop pubsub_pulsar github.com/iskorotkov/avro/v2@v2.33.1 github.com/twmb/pulsar-client-go@v0.20.1-0.20260624144353-90eefc81f70a
GAPS
      ;;
  esac
}
available() { # available <module@version>: can the zip be downloaded?
  ( cd "$SCRATCH" && "$GO" mod download "$1" ) </dev/null >/dev/null 2>"$SCRATCH/avail.err"
}
DEVIATIONS=()
while read -r kind a b c; do
  case "$kind" in
    sub)
      available "$a@$b" && continue
      [[ "${DAPR_STRICT:-0}" == 1 ]] && die "$a@$b is not served by GOPROXY: $(tr '\n' ' ' <"$SCRATCH/avail.err")"
      available "$a@$c" || die "$a@$b is not served by GOPROXY, nor is the fallback $a@$c"
      ( cd "$SRC" && "$GO" mod edit -replace "$a=$a@$c" && "$GO" mod download "$a" ) </dev/null \
        || die "could not switch $a to $c"
      DEVIATIONS+=("$a $b is not served by GOPROXY; built with $c instead")
      ;;
    drop)
      missing=""
      for m in $b $c; do available "$m" || missing+=" $m"; done
      [[ -z "$missing" ]] && continue
      [[ "${DAPR_STRICT:-0}" == 1 ]] && die "component $a needs modules GOPROXY does not serve:$missing"
      rm -f "$SRC/cmd/daprd/components/$a.go" "$SRC/cmd/daprd/components/${a}_test.go"
      DEVIATIONS+=("component $a left out of daprd (GOPROXY does not serve:$missing)")
      ;;
  esac
done < <(known_gaps)
for d in ${DEVIATIONS[@]+"${DEVIATIONS[@]}"}; do log "WARN: $d"; done

# --------------------------------------------------------------- build ----
LDFLAGS="-s -w -X github.com/dapr/dapr/pkg/buildinfo.version=$VER"
build() { # build <output> <package> [go build args...]
  local out="$1" pkg="$2"; shift 2
  local t=$SECONDS
  log "go build${*:+ $*} $pkg -> $out"
  ( cd "$SRC" && CGO_ENABLED=0 "$GO" build -trimpath "$@" -ldflags "$LDFLAGS" -o "$out.tmp" "$pkg" ) \
    || die "building $pkg failed"
  mv -f "$out.tmp" "$out"                      # atomic: no half-written binary is ever taken as done
  log "built $out in $((SECONDS - t)) s ($(du -h "$out" | cut -f1))"
}
# Every file in cmd/daprd/components needs allcomponents or stablecomponents;
# without one of them daprd panics at start.
build "$DAPRD" ./cmd/daprd -tags stablecomponents
build "$SCHEDULER" ./cmd/scheduler

binaries_ok || die "built daprd does not report version $VER (got: $("$DAPRD" --version 2>&1 | tail -n 3))"
# Record how these binaries were made (read back on cached runs).
{
  echo "dapr $MODVER built $(date -u +%Y-%m-%dT%H:%M:%SZ) with $(cd "$SRC" && "$GO" env GOVERSION)"
  echo "daprd: -tags stablecomponents; scheduler: no tags; CGO_ENABLED=0 -trimpath -ldflags '$LDFLAGS'"
  for d in ${DEVIATIONS[@]+"${DEVIATIONS[@]}"}; do echo "DEVIATION: $d"; done
} >"$BIN/BUILD-INFO.txt"
log "Dapr $VER built in $((SECONDS - start)) s; cache $CACHE uses $(du -sh "$CACHE" 2>/dev/null | cut -f1)"
print_paths
