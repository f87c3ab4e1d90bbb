variable "environment" {
  description = "Environment name (staging, prod): part of every resource's name and the tag environment."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.environment))
    error_message = "environment must be 2-10 lowercase letters or digits."
  }
}

variable "location" {
  description = "Azure region with three availability zones, e.g. eastus2."
  type        = string
}

variable "name" {
  description = "Name stem of the resources: <name>-<environment>-...; globally unique names (registry, vault, server) derive from it."
  type        = string
  default     = "todo-platform"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,15}$", var.name))
    error_message = "name must be 2-16 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "aks" {
  description = "Cluster sizes and options: tier, Kubernetes version, the two pools, Dapr extension (see modules/aks)."
  type = object({
    sku_tier           = optional(string, "Standard")
    kubernetes_version = optional(string)
    system_pool = optional(object({
      vm_size              = optional(string, "Standard_D2ads_v5")
      count                = optional(number, 3)
      critical_addons_only = optional(bool, true)
    }), {})
    workload_pool = optional(object({
      vm_size   = optional(string, "Standard_D2ads_v5")
      min_count = optional(number, 3)
      max_count = optional(number, 12)
    }), {})
    key_vault_secrets_provider_enabled = optional(bool, false)
    private_cluster_enabled            = optional(bool, false)
    dapr = optional(object({
      enabled       = optional(bool, true)
      version       = optional(string)
      release_train = optional(string, "stable")
      ha_enabled    = optional(bool, true)
    }), {})
  })
  default = {}
}

variable "postgres" {
  description = "Database sizes and options (see modules/postgres)."
  type = object({
    version                      = optional(string, "17")
    sku_name                     = optional(string, "GP_Standard_D2ds_v5")
    storage_mb                   = optional(number, 32768)
    zone_redundant_ha            = optional(bool, true)
    backup_retention_days        = optional(number, 35)
    geo_redundant_backup_enabled = optional(bool, false)
    entra_administrator = optional(object({
      object_id      = string
      principal_name = string
      principal_type = optional(string, "Group")
    }))
  })
  default = {}
}

variable "registry_sku" {
  description = "Container Registry SKU; Premium gives the nodes a private endpoint and shuts the public one except for allowed_ip_ranges."
  type        = string
  default     = "Premium"
}

variable "kafka" {
  description = "Kafka of the Dapr pub/sub: mode redpanda-serverless (made here) or external (brokers given), see modules/kafka."
  type = object({
    mode              = optional(string, "external")
    serverless_region = optional(string, "pro-us-east-1")
    external_brokers  = optional(string, "")
    partitions        = optional(number, 12)
  })
  default = {}
}

variable "monitoring" {
  description = "Log retention and daily cap, the alert e-mail address, the runbooks' base URL, and Managed Grafana (see modules/monitoring)."
  type = object({
    alert_email        = string
    log_retention_days = optional(number, 30)
    log_daily_quota_gb = optional(number, 2)
    runbook_base_url   = optional(string, "")
    grafana = optional(object({
      enabled       = optional(bool, true)
      sku           = optional(string, "Standard")
      major_version = optional(number, 12)
    }), {})
  })
}

variable "admin_group_object_ids" {
  description = "Entra ID groups of the operators: cluster admins, Key Vault Secrets Officers and Grafana Admins."
  type        = list(string)
  default     = []
}

variable "allowed_ip_ranges" {
  description = "Public addresses (CIDR) of operators and CI runners: the API server's authorized ranges, the registry's and the vault's IP rules. Empty: API server open (behind Entra ID), registry and vault private only."
  type        = list(string)
  default     = []
}

variable "helm_release" {
  description = "Namespace and release name of the chart, which fix the ServiceAccounts the workload identities trust."
  type = object({
    namespace         = optional(string, "todo")
    release_name      = optional(string, "todo-platform")
    fullname_override = optional(string)
  })
  default = {}
}

variable "alert_rules_file" {
  description = "Prometheus rule file of the alerts (the chart's monitoring/alerts.yaml)."
  type        = string
}

variable "tags" {
  description = "Extra tags on every resource (environment and application are always set)."
  type        = map(string)
  default     = {}
}
