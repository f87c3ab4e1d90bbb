variable "name" {
  description = "Prefix of the identities' names: <name>-<app-id>."
  type        = string
}

variable "resource_group_name" {
  description = "Resource group of the identities."
  type        = string
}

variable "location" {
  description = "Azure region of the identities."
  type        = string
}

variable "app_ids" {
  description = "The Dapr app-ids, one identity each (the chart's todo.appIds)."
  type        = list(string)
  default     = ["tasks", "recurrence", "notifications"]

  validation {
    condition     = length(var.app_ids) > 0 && alltrue([for app in var.app_ids : can(regex("^[a-z][a-z0-9-]*$", app))])
    error_message = "app_ids must be lowercase names."
  }
}

variable "oidc_issuer_url" {
  description = "The AKS cluster's OIDC issuer URL."
  type        = string
}

variable "namespace" {
  description = "Kubernetes namespace of the Helm release (helm install -n)."
  type        = string
  default     = "todo"
}

variable "release_name" {
  description = "Helm release name; the chart names each app-id's ServiceAccount <fullname>-<app-id>, and fullname is the release name when it contains todo-platform, else <release>-todo-platform."
  type        = string
  default     = "todo-platform"
}

variable "fullname_override" {
  description = "The chart's fullnameOverride, if the release sets one (null otherwise)."
  type        = string
  default     = null
}

variable "key_vault_id" {
  description = "The Key Vault of the Dapr secret store; each identity gets Key Vault Secrets User on it."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
