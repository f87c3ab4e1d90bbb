#!/usr/bin/env bash
# image.sh - start-up time to ready of the OCI image (deploy/image), per app-id, with and without its AOT cache.
#
# Loads target/todo-platform-image.tar (deploy/image/build.sh makes it if missing) into a podman storage of its own,
# starts Debian's PostgreSQL as an ordinary process, then ROUNDS times (default 3) runs each app-id's profile once
# with the image's AOT cache (-XX:AOTMode=on) and once without it (-XX:AOTMode=off), one container at a time, hardened
# as in a pod (uid 10001, read-only root, no capabilities). "Ready" is from `podman run` to the first 200 of
# /actuator/health/readiness on the management port. Prints a Markdown report; everything else goes to the run folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds="${ROUNDS:-3}"
archive=target/todo-platform-image.tar
[[ -f "$archive" ]] || deploy/image/build.sh >/dev/null
run="$(mktemp -d /tmp/todo-image-bench-XXXXXX)"
podman=(podman --root "$run/storage" --runroot "$run/run" --storage-driver vfs --cgroup-manager cgroupfs
  --events-backend file)
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
chown postgres: "$run"
cleanup() {
  "${podman[@]}" rm --all --force >/dev/null 2>&1 || true
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$run/pg" -m immediate stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

"${podman[@]}" load --quiet --input "$archive" >"$run/load.log"
tag="$(sed -n 's/^Loaded image: //p' "$run/load.log" | head -1)"
port=$((20000 + RANDOM % 10000))
runuser -u postgres -- "$pg_bin/initdb" -D "$run/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" \
  -o "-p $port -k $run -c listen_addresses=127.0.0.1" start >/dev/null

# ready <app-id> <AOTMode>: seconds to ready, Spring's own start time, RSS at ready (MiB)
ready() {
  local app="$1" mode="$2" name="bench-$1-$2" start now status seconds pid rss
  start=$(date +%s%N)
  "${podman[@]}" run --detach --name "$name" --runtime runc --network host --ulimit nofile=20000:20000 \
    --ulimit nproc=32768:32768 --user 10001:10001 --read-only --tmpfs /tmp:rw,size=256m,mode=1777 --cap-drop ALL \
    --security-opt no-new-privileges --memory 768m \
    -e SPRING_PROFILES_ACTIVE="$app" -e SERVER_ADDRESS=127.0.0.1 -e SERVER_PORT=$((port + 1)) \
    -e MANAGEMENT_SERVER_PORT=$((port + 2)) -e SPRING_R2DBC_URL="r2dbc:postgresql://postgres@127.0.0.1:$port/postgres" \
    -e TODO_EVENTS_DAPR_APP_API_TOKEN=benchmark -e JDK_JAVA_OPTIONS="-XX:AOTMode=$mode" "$tag" >/dev/null
  for ((i = 0; i < 1200; i++)); do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((port + 2))/actuator/health/readiness" || true)"
    [[ "$status" == 200 ]] && break
    sleep 0.1
  done
  now=$(date +%s%N)
  [[ "$status" == 200 ]] || { "${podman[@]}" logs "$name" >&2; echo "$app did not get ready" >&2; exit 1; }
  seconds=$(awk "BEGIN { printf \"%.1f\", ($now - $start) / 1e9 }")
  pid="$("${podman[@]}" inspect --format '{{.State.Pid}}' "$name")"
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
  spring="$("${podman[@]}" logs "$name" 2>&1 | sed -n 's/.*Started TodoPlatform in \([0-9.]*\) seconds.*/\1/p')"
  "${podman[@]}" logs "$name" >"$run/$name-$round.log" 2>&1
  "${podman[@]}" rm --force --time 10 "$name" >/dev/null
  echo "$seconds $spring $rss"
}

declare -A results
for ((round = 1; round <= rounds; round++)); do
  for app in tasks recurrence notifications; do
    for mode in on off; do
      results[$app-$mode]+="$(ready "$app" "$mode")"$'\n'
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "Image $tag: archive $(du -m "$archive" | cut -f1) MB, unpacked $(("$(${podman[@]} image inspect --format '{{.Size}}' "$tag")" / 1000000)) MB; $rounds rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| app-id | ready with AOT cache (median, runs) | ready without | ratio | Spring start with / without | RSS at ready with / without |"
echo "| --- | --- | --- | --- | --- | --- |"
for app in tasks recurrence notifications; do
  with="$(printf '%s' "${results[$app-on]}" | cut -d' ' -f1 | median)"
  without="$(printf '%s' "${results[$app-off]}" | cut -d' ' -f1 | median)"
  echo "| $app | $with s ($(printf '%s' "${results[$app-on]}" | cut -d' ' -f1 | paste -sd' ')) |" \
    "$without s ($(printf '%s' "${results[$app-off]}" | cut -d' ' -f1 | paste -sd' ')) |" \
    "$(awk "BEGIN { printf \"%.2f\", $with / $without }") |" \
    "$(printf '%s' "${results[$app-on]}" | cut -d' ' -f2 | median) / $(printf '%s' "${results[$app-off]}" | cut -d' ' -f2 | median) s |" \
    "$(printf '%s' "${results[$app-on]}" | cut -d' ' -f3 | median) / $(printf '%s' "${results[$app-off]}" | cut -d' ' -f3 | median) MiB |"
done
echo
echo "Logs: $run"
