variable "app_ids" {
  description = "The Dapr app-ids (the chart's todo.appIds)."
  type        = list(string)
  default     = ["tasks", "recurrence", "notifications"]

  validation {
    condition     = length(var.app_ids) > 0 && alltrue([for app in var.app_ids : can(regex("^[a-z][a-z0-9-]*$", app))])
    error_message = "app_ids must be lowercase names."
  }
}

variable "namespace" {
  description = "Kubernetes namespace of the Helm release (helm install -n)."
  type        = string
  default     = "todo"
}

variable "release_name" {
  description = "Helm release name."
  type        = string
  default     = "todo-platform"
}

variable "fullname_override" {
  description = "The chart's fullnameOverride, if the release sets one (null otherwise)."
  type        = string
  default     = null
}
