{{/* Names and labels, after the `helm create` scaffold. */}}
{{- define "todo.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "todo.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The app-ids in a fixed order. */}}
{{- define "todo.appIds" -}}
tasks recurrence notifications
{{- end }}

{{/* The objects of one app-id: "<fullname>-<app-id>". Call with (dict "root" $ "app" "tasks"). */}}
{{- define "todo.appName" -}}
{{- printf "%s-%s" (include "todo.fullname" .root) .app | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "todo.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "todo.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: todo-platform
{{- end }}

{{- define "todo.selectorLabels" -}}
app.kubernetes.io/name: {{ include "todo.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels of one app-id's objects, and its selector. Call with (dict "root" $ "app" "tasks"). */}}
{{- define "todo.appLabels" -}}
{{ include "todo.labels" .root }}
app.kubernetes.io/component: {{ .app }}
{{- end }}

{{- define "todo.appSelectorLabels" -}}
{{ include "todo.selectorLabels" .root }}
app.kubernetes.io/component: {{ .app }}
{{- end }}

{{- define "todo.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The sidecar's token secret: given, or the chart's own. */}}
{{- define "todo.appTokenSecret" -}}
{{- default (printf "%s-dapr-app-token" (include "todo.fullname" .)) .Values.dapr.appTokenSecret }}
{{- end }}

{{/* Name of the Dapr secret store every component reads its credentials through. */}}
{{- define "todo.secretStore" -}}
{{- if eq .Values.dapr.secretStore.type "kubernetes" }}kubernetes{{ else }}{{ include "todo.fullname" . }}-secrets{{ end }}
{{- end }}

{{/* A component metadata item read from the secret store: (dict "name" "saslPassword" "ref" .Values...). */}}
{{- define "todo.secretMetadata" -}}
- name: {{ .name }}
  secretKeyRef:
    name: {{ .ref.name }}
    key: {{ .ref.key }}
{{- end }}

{{/* Pod security: the restricted Pod Security Standard. */}}
{{- define "todo.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "todo.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* One egress rule: (dict "peers" <NetworkPolicyPeer list> "ports" <numbers> ["protocols" <list>]). */}}
{{- define "todo.egress" -}}
- to:
    {{- toYaml .peers | nindent 4 }}
  ports:
    {{- range $port := .ports }}
    {{- range $protocol := ($.protocols | default (list "TCP")) }}
    - {port: {{ $port }}, protocol: {{ $protocol }}}
    {{- end }}
    {{- end }}
{{- end }}
