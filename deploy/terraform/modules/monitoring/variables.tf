variable "name" {
  description = "Prefix of every monitoring resource's name, e.g. todo-platform-prod."
  type        = string
}

variable "resource_group_name" {
  description = "Resource group of the monitoring resources."
  type        = string
}

variable "location" {
  description = "Azure region of the monitoring resources."
  type        = string
}

variable "log_retention_days" {
  description = "Days Log Analytics keeps logs (30-730; the first 31 are included in the ingestion price)."
  type        = number
  default     = 30

  validation {
    condition     = var.log_retention_days >= 30 && var.log_retention_days <= 730
    error_message = "log_retention_days must be between 30 and 730."
  }
}

variable "log_daily_quota_gb" {
  description = "Daily ingestion cap of Log Analytics in GB (a cost guard; -1 for none)."
  type        = number
  default     = 2
}

variable "cluster_id" {
  description = "ID of the AKS cluster whose Prometheus metrics are collected."
  type        = string
}

variable "cluster_name" {
  description = "Name of the AKS cluster: the alert rules apply to its metrics only."
  type        = string
}

variable "alert_rules_file" {
  description = "Prometheus rule file (groups → rules with alert, expr, for, labels, annotations) turned into Azure Monitor rule groups; the chart's monitoring/alerts.yaml."
  type        = string
}

variable "alert_email" {
  description = "Address the action group mails alerts to."
  type        = string

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alert_email))
    error_message = "alert_email must be an e-mail address."
  }
}

variable "grafana" {
  description = "Azure Managed Grafana linked to the Prometheus workspace: enabled, SKU (Essential or Standard), major version, and the Entra ID groups made Grafana Admin."
  type = object({
    enabled                = optional(bool, true)
    sku                    = optional(string, "Standard")
    major_version          = optional(number, 12)
    admin_group_object_ids = optional(list(string), [])
  })
  default = {}

  validation {
    condition     = contains(["Essential", "Standard"], var.grafana.sku) && contains([11, 12], var.grafana.major_version)
    error_message = "grafana.sku must be Essential or Standard, grafana.major_version 11 or 12."
  }
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}

variable "runbook_base_url" {
  description = "Base URL the alerts' relative runbook links are resolved against (see modules/alert-rules); empty keeps them relative."
  type        = string
  default     = ""
}
