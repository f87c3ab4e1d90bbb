{{/* The app container's environment. Call with (dict "root" $ "app" "tasks"). */}}
{{- define "todo.appEnvironment" -}}
{{- $root := .root }}
{{- $v := $root.Values -}}
- {name: SPRING_PROFILES_ACTIVE, value: {{ .app }}}
- {name: SERVER_ADDRESS, value: 0.0.0.0}
- {name: SERVER_PORT, value: "8080"}
- {name: MANAGEMENT_SERVER_PORT, value: "8081"}
- name: SPRING_R2DBC_URL
  value: {{ printf "r2dbc:postgresql://%s:%d/%s?sslMode=%s" $v.database.host (int $v.database.port) $v.database.name $v.database.sslMode | quote }}
- name: SPRING_R2DBC_USERNAME
  valueFrom: {secretKeyRef: {name: {{ $v.secrets.database }}, key: username}}
- name: SPRING_R2DBC_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $v.secrets.database }}, key: password}}
- {name: SPRING_R2DBC_POOL_MAX_SIZE, value: {{ $v.database.pool.maxSize | quote }}}
# The sidecar proves itself with this token on /events/** and /job/** (the injector sets APP_API_TOKEN too).
- name: TODO_EVENTS_DAPR_APP_API_TOKEN
  valueFrom: {secretKeyRef: {name: {{ include "todo.appTokenSecret" $root }}, key: token}}
- {name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI, value: {{ $v.config.oidcIssuerUri | quote }}}
- {name: TODO_PUBLIC_URL, value: {{ $v.config.publicUrl | quote }}}
- {name: LOG_FORMAT, value: {{ $v.config.logFormat | quote }}}
- {name: OTEL_TRACES_EXPORT_ENABLED, value: {{ $v.config.tracing.enabled | quote }}}
- {name: MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT, value: {{ $v.config.tracing.otlpEndpoint | quote }}}
- {name: TRACING_SAMPLING_PROBABILITY, value: {{ $v.config.tracing.samplingProbability | quote }}}
{{- if and (eq .app "tasks") $v.secrets.uiOidcClient }}
# The web UI's sign-in at the same issuer: authorization code with PKCE (docs/adr/0040).
- name: TODO_UI_OIDC_CLIENT_ID
  valueFrom: {secretKeyRef: {name: {{ $v.secrets.uiOidcClient }}, key: client-id}}
- name: TODO_UI_OIDC_CLIENT_SECRET
  valueFrom: {secretKeyRef: {name: {{ $v.secrets.uiOidcClient }}, key: client-secret}}
- {name: TODO_UI_OIDC_SCOPES, value: {{ $v.config.ui.oidcScopes | quote }}}
{{- end }}
{{- if and (eq .app "tasks") (not $v.dapr.stateStore.enabled) }}
# Without the chat-history state store, the chat's conversations stay in the assistant's schema.
- {name: TODO_ASSISTANT_CONVERSATIONS_STORE, value: postgresql}
{{- end }}
{{- if eq .app "notifications" }}
- name: TODO_NOTIFICATIONS_LINK_SECRET
  valueFrom: {secretKeyRef: {name: {{ $v.secrets.app }}, key: link-secret}}
{{- with $v.config.mail.host }}
- {name: SPRING_MAIL_HOST, value: {{ . | quote }}}
- {name: SPRING_MAIL_PORT, value: {{ $v.config.mail.port | quote }}}
- {name: SPRING_MAIL_USERNAME, value: {{ $v.config.mail.username | quote }}}
- name: SPRING_MAIL_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $v.secrets.app }}, key: mail-password}}
- {name: SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE, value: "true"}
- {name: TODO_NOTIFICATIONS_EMAIL_FROM, value: {{ $v.config.mail.from | quote }}}
{{- end }}
{{- with $v.config.fcm.projectId }}
- {name: TODO_NOTIFICATIONS_FCM_PROJECT_ID, value: {{ . | quote }}}
- {name: TODO_NOTIFICATIONS_FCM_CREDENTIALS_FILE, value: /var/run/secrets/todo-platform/fcm/credentials.json}
{{- end }}
{{- end }}
{{- with $v.config.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}
