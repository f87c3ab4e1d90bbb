#!/usr/bin/env bash
# build.sh - the Todo Platform OCI image, without a Docker daemon and without a registry (docs/adr/0020).
#
# Writes target/todo-platform-image.tar: an OCI archive tagged localhost/todo-platform:<version>, for
# `podman load -i`, `skopeo copy oci-archive:... docker://<registry>/todo-platform:<version>` or `crane push`.
#
# Steps: the jar (./mvnw package when target/todo-platform.jar is missing or TODO_IMAGE_PACKAGE=1); the root file
# system (deploy/image/base.sh: mmdebstrap + jlink, cached); the jar extracted into Spring Boot's layers, without
# the embedded-PostgreSQL binaries no pod runs; a throwaway PostgreSQL (Debian's, as an ordinary process) for the
# AOT cache's training run; then `buildah bud` of deploy/image/Containerfile.
#
# Environment:
#   RUNTIME               debian (default: nothing pulled) | temurin (the public Eclipse Temurin JRE image; online)
#   TRAINING_R2DBC_URL    a PostgreSQL to train against instead of starting one (it gets migrated)
#   SOURCE_DATE_EPOCH     the time every file and the image carry (default: the last commit's)
#   IMAGE_ARCHIVE         where to write the archive (default target/todo-platform-image.tar)
# Needs (Debian packages, installed by .ci/run): buildah, mmdebstrap, postgresql; and JDK 25 (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '[image] %s\n' "$*" >&2; }
die() { printf '[image] ERROR: %s\n' "$*" >&2; exit 1; }

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[[ -x "$JAVA_HOME/bin/jlink" ]] || die "no JDK at JAVA_HOME=$JAVA_HOME: point it at a JDK 25"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
command -v buildah >/dev/null || die "buildah is missing: apt-get install -y buildah (.ci/run does)"
runtime="${RUNTIME:-debian}"
[[ "$runtime" == debian || "$runtime" == temurin ]] || die "RUNTIME must be debian or temurin, not '$runtime'"

jar=target/todo-platform.jar
if [[ ! -f "$jar" || "${TODO_IMAGE_PACKAGE:-0}" == 1 ]]; then
  log "./mvnw package (no tests)"
  ./mvnw -q -B -DskipTests package
fi
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
revision="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
[[ -z "$(git status --porcelain 2>/dev/null)" ]] || revision="$revision-dirty"
source="$(git remote get-url origin 2>/dev/null || echo unknown)"
version="$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')"
[[ -n "$version" ]] || die "$jar has no Implementation-Version in its manifest"
tag="localhost/todo-platform:$version"
archive="${IMAGE_ARCHIVE:-target/todo-platform-image.tar}"

work=target/image
context="$work/context"
rm -rf "$context"
mkdir -p "$context"
[[ "$runtime" == debian ]] && deploy/image/base.sh "$context/rootfs.tar"
java -Djarmode=tools -jar "$jar" extract --layers --destination "$context/layers" >/dev/null
# Embedded PostgreSQL for macOS, Windows, Alpine and Linux: only the local mode starts one, never a pod.
binaries=("$context"/layers/dependencies/lib/embedded-postgres-binaries-*.jar)
[[ -f "${binaries[0]}" ]] || die "no embedded-postgres-binaries jars in the jar: update build.sh"
log "leaving out $(du -ch "${binaries[@]}" | tail -1 | cut -f1) of embedded-PostgreSQL binaries (${#binaries[@]} jars)"
rm -f "${binaries[@]}"
cp deploy/image/jvm-options "$context/"
# The AOT cache records each jar's time: the files have the time the image gives them.
find "$context" -exec touch --no-dereference --date="@$epoch" {} +

database=""
stop_database() { [[ -n "$database" ]] && runas "$pg_bin/pg_ctl" -D "$database/data" -m immediate stop >/dev/null 2>&1; rm -rf "$database"; }
runas() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ -z "${TRAINING_R2DBC_URL:-}" ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -x "$pg_bin/initdb" ]] || die "no PostgreSQL for the training run: apt-get install -y postgresql, or set TRAINING_R2DBC_URL"
  database="$(mktemp -d)"
  trap stop_database EXIT
  ((EUID != 0)) || chown postgres: "$database"
  port=$((20000 + RANDOM % 20000))
  runas "$pg_bin/initdb" -D "$database/data" -A trust -U postgres >/dev/null
  runas "$pg_bin/pg_ctl" -D "$database/data" -w -l "$database/log" \
    -o "-p $port -k $database -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || die "the training PostgreSQL did not start: $(cat "$database/log")"
  TRAINING_R2DBC_URL="r2dbc:postgresql://postgres@127.0.0.1:$port/postgres"
fi

# A storage of the build's own, made fresh: vfs keeps a full copy of every layer, and a new jar changes all but the
# first anyway.
storage=(--root "$PWD/$work/storage" --runroot "$PWD/$work/run" --storage-driver vfs)
rm -rf "${work:?}/storage" "$work/run"
log "buildah bud ($runtime runtime, $tag, files at $(date -u -d "@$epoch" +%FT%TZ))"
buildah "${storage[@]}" bud --isolation chroot --layers --timestamp "$epoch" --network host \
  --build-arg RUNTIME="$runtime" --build-arg TRAINING_R2DBC_URL="$TRAINING_R2DBC_URL" \
  --build-arg VERSION="$version" --build-arg REVISION="$revision" --build-arg SOURCE="$source" \
  --build-arg CREATED="$(date -u -d "@$epoch" +%FT%TZ)" \
  --file deploy/image/Containerfile --tag "$tag" "$context" >&2
rm -f "$archive"
buildah "${storage[@]}" push --quiet "$tag" "oci-archive:$archive:$tag" >&2
rm -rf "${work:?}/storage" "$work/run"
log "wrote $archive ($(du -h "$archive" | cut -f1)), $tag"
echo "$archive"
