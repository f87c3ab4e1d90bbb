#!/usr/bin/env bash
# base.sh - the image's root file system as one tar: Debian 12 files made by mmdebstrap (no package manager, no shell),
# a nonroot user (uid 10001), and a jlink runtime of the JDK 25 that builds the project at /opt/java/openjdk (where
# the Eclipse Temurin images keep theirs). No registry, no daemon: Debian packages only.
#
# Usage: deploy/image/base.sh <output tar>   (JAVA_HOME: a JDK 25)
# Cached in ${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/image-base/<key>, key = what goes in; made in 20-40 s.
set -euo pipefail

out="$1"
packages=base-files,netbase,tzdata,libc6,zlib1g,ca-certificates
# java.se plus what Spring Boot, Netty, gRPC and the JDK's own AOT cache and JFR use at run time.
modules=java.se,jdk.crypto.ec,jdk.unsupported,jdk.management,jdk.jfr,jdk.naming.dns,jdk.zipfs,jdk.localedata
# Files in the base carry this time: the same inputs give the same bytes.
epoch=1767225600

log() { printf '[image-base] %s\n' "$*" >&2; }
die() { printf '[image-base] ERROR: %s\n' "$*" >&2; exit 1; }

[[ -x "${JAVA_HOME:-}/bin/jlink" ]] || die "JAVA_HOME must point at a JDK 25 with jlink (got '${JAVA_HOME:-}')"
command -v mmdebstrap >/dev/null || die "mmdebstrap is missing: apt-get install -y mmdebstrap (.ci/run does)"

java_version="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"
key="$(printf '%s\n' bookworm "$packages" "$modules" "$epoch" "$java_version" "$(sha256sum <"$0")" | sha256sum | cut -c1-16)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/todo-platform/image-base/$key"
if [[ -f "$cache/rootfs.tar" ]]; then
  log "cached: $cache/rootfs.tar (Java $java_version)"
  cp "$cache/rootfs.tar" "$out"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
log "mmdebstrap --variant=extract bookworm ($packages)"
# extract: unpacked, never configured; what maintainer scripts would have made is made below. The variant leaves
# dpkg's status empty: the hook records every extracted package (with its dependencies) there, so that vulnerability
# scanners see the Debian packages and their versions (docs/adr/0033). mmdebstrap runs it with $1 = the root.
# shellcheck disable=SC2016
record_packages='for deb in "$1"/var/cache/apt/archives/*.deb; do
  dpkg-deb --field "$deb" | sed "/^Package: /a Status: install ok installed"; echo
done >"$1/var/lib/dpkg/status"'
SOURCE_DATE_EPOCH=$epoch mmdebstrap --quiet --variant=extract --include="$packages" \
  --extract-hook="$record_packages" bookworm "$root" \
  || die "mmdebstrap failed: it needs Debian's package mirror, as apt-get does"

printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nnonroot:x:10001:10001:nonroot:/home/nonroot:/usr/sbin/nologin\n' \
  >"$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:10001:\n' >"$root/etc/group"
mkdir -p "$root/home/nonroot" "$root/tmp" "$root/etc/ssl/certs"
chown 10001:10001 "$root/home/nonroot"
chmod 1777 "$root/tmp"
# update-ca-certificates' bundle, for anything but Java (which has its own cacerts).
cat "$root"/usr/share/ca-certificates/mozilla/*.crt >"$root/etc/ssl/certs/ca-certificates.crt"
# Nothing an image needs at run time: package lists, docs, man pages.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
  "$root"/var/log/*

log "jlink $modules (Java $java_version)"
mkdir -p "$root/opt/java"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$root/opt/java/openjdk" || die "jlink failed"

find "$root" -depth -exec touch --no-dereference --date=@$epoch {} +
tar --sort=name --numeric-owner --xattrs --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C "$root" -cf "$work/rootfs.tar" .
mkdir -p "$cache"
mv "$work/rootfs.tar" "$cache/rootfs.tar"
cp "$cache/rootfs.tar" "$out"
log "made $out ($(du -h "$out" | cut -f1)), cached in $cache"
