{{/* Names and labels of this chart's own objects. */}}
{{- define "chaos.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: todo-platform
{{- end }}

{{- define "chaos.objectName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The app-ids, in the platform chart's order. */}}
{{- define "chaos.appIds" -}}
tasks recurrence notifications
{{- end }}

{{/*
The pods of the platform's app-ids, as the platform chart labels them (its todo.appSelectorLabels): name and
instance, and the component = app-id. Call with (dict "root" $ "apps" (list "tasks")). The platform's other pods
(helm test pods, the topic Job) carry other components and are never selected.
*/}}
{{- define "chaos.selector" -}}
namespaces: [{{ default .root.Release.Namespace .root.Values.target.namespace }}]
labelSelectors:
  app.kubernetes.io/name: {{ default "todo-platform" .root.Values.nameOverride | trunc 63 | trimSuffix "-" }}
  app.kubernetes.io/instance: {{ .root.Values.target.release }}
  {{- if eq (len .apps) 1 }}
  app.kubernetes.io/component: {{ first .apps }}
  {{- end }}
{{- if gt (len .apps) 1 }}
expressionSelectors:
  - {key: app.kubernetes.io/component, operator: In, values: [{{ join ", " .apps }}]}
{{- end }}
{{- end }}

{{/*
What the Kafka outage cuts: chaos.kafka.targets, or any address on the bootstrap servers' ports, as the two halves
of the address space: Chaos Mesh puts targets in a hash:net,port ipset, which cannot hold a /0.
*/}}
{{- define "chaos.kafkaTargets" -}}
{{- $targets := .Values.chaos.kafka.targets }}
{{- if not $targets }}
{{- range splitList "," .Values.dapr.kafka.brokers }}
{{- $port := regexFind "[0-9]+$" (trim .) }}
{{- if not $port }}{{ fail (printf "dapr.kafka.brokers: %q has no port" .) }}{{ end }}
{{- $targets = concat $targets (list (printf "0.0.0.0/1:%s" $port) (printf "128.0.0.0/1:%s" $port)) }}
{{- end }}
{{- end }}
{{- toYaml (uniq $targets) }}
{{- end }}

{{/* What an experiment is for, on the object itself (docs/chaos.md has a section per experiment). */}}
{{- define "chaos.annotations" -}}
chaos.todoplatform.io/expected-behaviour: {{ .expected | quote }}
chaos.todoplatform.io/must-not-happen: {{ .mustNot | quote }}
chaos.todoplatform.io/watch: {{ .watch | quote }}
chaos.todoplatform.io/guide: {{ printf "docs/chaos.md#%s" .name | quote }}
{{- end }}
