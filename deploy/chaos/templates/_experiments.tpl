{{/*
Every experiment, once: its name, kind and spec, what is expected, what must not happen and what shows it (the
metric names of docs/metrics.md, the alerts of the platform chart). experiments.yaml creates those named in `run`;
workflow.yaml runs them all in this order. The same texts, longer, are in docs/chaos.md.
*/}}
{{- define "chaos.experiments" -}}
{{- $root := . }}
{{- $kill := dict
  "tasks" (dict
    "expected" "The Deployment starts a new pod; the other replica keeps serving the API, so only requests in flight on the killed pod fail (the ingress answers 502 for them) and a retry succeeds. If it led the tasks schema, another replica takes the advisory lock as soon as PostgreSQL sees the connection end and drains the outbox (ADR 0015)."
    "mustNot" "No committed change loses its event and none takes effect twice (outbox, processed_event: ADR 0007, 0015); no schema is left without a leader for longer than the restart; nothing is set aside."
    "watch" "todo_events_leader (sum by schema back to 1 within seconds); todo_events_backlog and todo_events_oldest_seconds of schema tasks (a blip, then 0); todo_events_handled_total{outcome=\"duplicate\"} may rise (a redelivery recognised), todo_events_set_aside stays; up{app_id=\"tasks\"}. Alerts that must stay silent: TodoPlatformAppDown, TodoPlatformNoEventLeader, TodoPlatformEventsSetAside.")
  "recurrence" (dict
    "expected" "The Deployment starts a new pod; the other replica serves the series API. A completion whose event the killed pod was handling gets its next occurrence once, late by the fail-over: the event stays in the recurrence inbox until handled, and the next task's id derives from series and occurrence (unique in tasks)."
    "mustNot" "No missing and no second next occurrence; nothing set aside; no schema without a leader for longer than the restart."
    "watch" "todo_recurrence_next_occurrence_seconds (its p99 rises for the affected completions, then returns); todo_events_leader{schema=\"recurrence\"}; todo_events_backlog{schema=\"recurrence\", queue=\"inbox\"} (a blip, then 0). Alerts that must stay silent: TodoPlatformAppDown, TodoPlatformNoEventLeader, TodoPlatformEventsSetAside.")
  "notifications" (dict
    "expected" "The Deployment starts a new pod; Dapr's scheduler triggers due reminder jobs on the remaining replica (failure policy: every 10 s, 60 times). A firing the killed pod had claimed waits until its claim expires (at most 2 minutes), then is delivered (ADR 0014)."
    "mustNot" "No reminder lost; none delivered twice to a destination for one firing (the claim and the delivery record). The one repeat ADR 0014 accepts: an email the SMTP server accepted just before the kill, before its record committed, goes again with the same Message-ID."
    "watch" "todo_reminders_lateness_seconds (p99 up to about 2 minutes for claimed firings, then back); todo_reminders_deliveries_total{outcome=\"sent\"} one per firing and destination, outcome=\"failed\" unchanged; todo_events_leader{schema=\"notifications\"}. Alerts that must stay silent: TodoPlatformAppDown, TodoPlatformNoEventLeader, TodoPlatformEventsSetAside.") }}
{{- $sidecar := dict
  "tasks" "Task changes of that pod still commit with their events; if the pod leads the tasks schema, its outbox lanes cannot be published and are retried at least every 2 s until daprd is back."
  "recurrence" "If the pod leads the recurrence schema, next-occurrence events wait in its outbox until daprd is back; events the dead sidecar had taken from Kafka but not acknowledged go to the consumer group's other members."
  "notifications" "Dapr's scheduler triggers reminder jobs through the other replica's sidecar; events the dead sidecar had taken from Kafka but not acknowledged are redelivered." }}
{{- range $app := splitList " " (include "chaos.appIds" $root) }}
- name: pod-kill-{{ $app }}
  kind: PodChaos
  deadline: 1m
  expected: {{ printf "One %s pod is killed without a drain (a crash). %s" $app (index $kill $app "expected") | quote }}
  mustNot: {{ index $kill $app "mustNot" | quote }}
  watch: {{ index $kill $app "watch" | quote }}
  spec:
    action: pod-kill
    mode: one
    gracePeriod: {{ $root.Values.chaos.podKillGracePeriod }}
    selector:
      {{- include "chaos.selector" (dict "root" $root "apps" (list $app)) | nindent 6 }}
{{- end }}
{{- range $app := splitList " " (include "chaos.appIds" $root) }}
- name: sidecar-kill-{{ $app }}
  kind: PodChaos
  deadline: 1m
  expected: {{ printf "The daprd container of one %s pod is killed; the kubelet restarts it while the app container keeps running and keeps serving the API (it reaches PostgreSQL directly). %s When daprd is back the outbox drains in order." $app (index $sidecar $app) | quote }}
  mustNot: "No event lost or handled twice (inbox insert on conflict do nothing, processed_event); nothing set aside (an outbox failure is never set aside, ADR 0015); the app container does not restart."
  watch: "kube_pod_container_status_restarts_total{container=\"daprd\"} +1; dapr_component_pubsub_egress_count{success=\"false\"} while daprd restarts; todo_events_backlog{queue=\"outbox\"} and todo_events_oldest_seconds rise, then return to 0, and todo_events_published_total resumes. Alerts that must stay silent: TodoPlatformAppDown, TodoPlatformEventsSetAside, TodoPlatformNoEventLeader."
  spec:
    action: container-kill
    mode: one
    # The name Dapr's injector gives the sidecar (pkg/injector/consts.SidecarContainerName in Dapr 1.18.3).
    containerNames: [daprd]
    selector:
      {{- include "chaos.selector" (dict "root" $root "apps" (list $app)) | nindent 6 }}
{{- end }}
- name: postgresql-delay
  kind: NetworkChaos
  deadline: {{ $root.Values.chaos.postgresqlDelay.duration }}
  expected: {{ printf "Every packet from the app-ids' pods to PostgreSQL waits %s (± %s) for %s. Requests get slower by several round trips each; the pools hold connections longer and may queue; events are relayed and handled later. Leaders keep their locks (keepalives allow 35 s) and everything recovers by itself when the delay ends." $root.Values.chaos.postgresqlDelay.latency $root.Values.chaos.postgresqlDelay.jitter $root.Values.chaos.postgresqlDelay.duration | quote }}
  mustNot: "No leader fail-over; nothing set aside (a slow database is a transient failure, within the 10-minute retry budget: keep the duration under it); no event lost or handled twice; no pod restarts (the probes do not query the database)."
  watch: "http_server_requests_seconds p95/p99 per app_id; r2dbc_pool_pending_connections and r2dbc_pool_acquired_connections (TodoPlatformDatabasePoolExhausted may fire under load: that is what it warns of); todo_events_lag_seconds, todo_events_oldest_seconds and todo_recurrence_next_occurrence_seconds rise, then return. Alerts that must stay silent: TodoPlatformNoEventLeader, TodoPlatformEventsSetAside, TodoPlatformAppDown."
  spec:
    action: delay
    mode: all
    selector:
      {{- include "chaos.selector" (dict "root" $root "apps" (splitList " " (include "chaos.appIds" $root))) | nindent 6 }}
    direction: to
    externalTargets: [{{ printf "%s:%v" $root.Values.database.host $root.Values.database.port | quote }}]
    delay:
      latency: {{ $root.Values.chaos.postgresqlDelay.latency | quote }}
      jitter: {{ $root.Values.chaos.postgresqlDelay.jitter | quote }}
      correlation: "25"
    duration: {{ $root.Values.chaos.postgresqlDelay.duration | quote }}
- name: kafka-unavailable
  kind: NetworkChaos
  deadline: {{ $root.Values.chaos.kafka.duration }}
  expected: {{ printf "The app-ids' sidecars cannot reach a Kafka broker for %s. The API keeps working: writes commit with their events in the outbox. Publishing fails, so the leaders' outbox lanes hold and retry (at least every 2 s; the sidecar's circuit breaker opens after more than 5 failures in a row, for 30 s), and effects in other modules wait: next occurrences, reminders of changed tasks. Reminders already armed fire on time (Dapr's scheduler does not use Kafka). When the brokers are back, every outbox drains in commit order per user and the consumers catch up; a reminder that fell due meanwhile fires late, once." $root.Values.chaos.kafka.duration | quote }}
  mustNot: "No event lost, reordered within one user or handled twice; nothing set aside (outbox failures never are, ADR 0015); no pod restarts (the probes do not depend on Kafka)."
  watch: "todo_events_backlog{queue=\"outbox\"} and todo_events_oldest_seconds{queue=\"outbox\"} grow for the whole outage, then fall to 0; todo_events_published_total flat, then a burst; dapr_component_pubsub_egress_count{success=\"false\"}; todo_events_lag_seconds after recovery (TodoPlatformEventsLagging fires when the outage lasts long enough: expected). Alerts that must stay silent: TodoPlatformEventsSetAside, TodoPlatformNoEventLeader, TodoPlatformAppDown."
  spec:
    # Every packet to the brokers is dropped: a broker outage as the clients see it.
    action: partition
    mode: all
    selector:
      {{- include "chaos.selector" (dict "root" $root "apps" (splitList " " (include "chaos.appIds" $root))) | nindent 6 }}
    direction: to
    externalTargets:
      {{- include "chaos.kafkaTargets" $root | nindent 6 }}
    duration: {{ $root.Values.chaos.kafka.duration | quote }}
{{- end }}
