variable "name" {
  description = "Name of the cluster, e.g. todo-platform-prod; also the DNS prefix and the prefix of its node resource group."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{0,52}[a-z0-9]$", var.name))
    error_message = "name must be 2-54 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
  }
}

variable "resource_group_name" {
  description = "Resource group of the cluster."
  type        = string
}

variable "location" {
  description = "Azure region of the cluster; it must have three availability zones."
  type        = string
}

variable "kubernetes_version" {
  description = "Kubernetes minor version (e.g. 1.34); null takes AKS's default. Patches follow the automatic upgrade channel."
  type        = string
  default     = null

  validation {
    condition     = var.kubernetes_version == null || can(regex("^1\\.[0-9]+$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.34, or null."
  }
}

variable "sku_tier" {
  description = "AKS tier: Free (no uptime SLA, staging) or Standard (financially backed SLA across zones, production)."
  type        = string
  default     = "Standard"

  validation {
    condition     = contains(["Free", "Standard", "Premium"], var.sku_tier)
    error_message = "sku_tier must be Free, Standard or Premium."
  }
}

variable "zones" {
  description = "Availability zones of both node pools."
  type        = list(string)
  default     = ["1", "2", "3"]

  validation {
    condition     = length(var.zones) > 0 && alltrue([for zone in var.zones : contains(["1", "2", "3"], zone)])
    error_message = "zones must be a non-empty subset of 1, 2 and 3."
  }
}

variable "node_subnet_id" {
  description = "Subnet of the nodes (the network module's node_subnet_id)."
  type        = string
}

variable "system_pool" {
  description = "System node pool: VM size, node count (one per zone at least), and whether it runs only critical add-ons (false lets the apps run there too, with the workload pool at min_count 0: one pool's price instead of two)."
  type = object({
    vm_size              = optional(string, "Standard_D2ads_v5")
    count                = optional(number, 3)
    critical_addons_only = optional(bool, true)
  })
  default = {}

  validation {
    condition     = var.system_pool.count >= 1 && var.system_pool.count <= 10
    error_message = "system_pool.count must be between 1 and 10."
  }
}

variable "workload_pool" {
  description = "Workload node pool (the apps, their sidecars and the Dapr control plane), scaled by the cluster autoscaler between min_count and max_count."
  type = object({
    vm_size   = optional(string, "Standard_D2ads_v5")
    min_count = optional(number, 3)
    max_count = optional(number, 12)
  })
  default = {}

  validation {
    condition     = var.workload_pool.min_count >= 0 && var.workload_pool.max_count >= var.workload_pool.min_count && var.workload_pool.max_count <= 100
    error_message = "workload_pool needs 0 <= min_count <= max_count <= 100."
  }
}

variable "os_disk_size_gb" {
  description = "Ephemeral OS disk size of every node; it must fit the VM size's cache or temporary disk (75 GiB on a D2ads_v5)."
  type        = number
  default     = 64
}

variable "host_encryption_enabled" {
  description = "Encrypt the nodes' temporary disks and caches at the host; needs the subscription feature Microsoft.Compute/EncryptionAtHost."
  type        = bool
  default     = true
}

variable "admin_group_object_ids" {
  description = "Entra ID groups that administer the cluster (Azure RBAC for Kubernetes; local accounts are off)."
  type        = list(string)
  default     = []
}

variable "authorized_ip_ranges" {
  description = "CIDR blocks that may reach the public API server (your office, your CI runners); empty allows any address, still behind Entra ID."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for range in var.authorized_ip_ranges : can(cidrhost(range, 0))])
    error_message = "authorized_ip_ranges must hold CIDR blocks."
  }
}

variable "private_cluster_enabled" {
  description = "Give the API server only a private address; deployments then need a runner inside the VNet."
  type        = bool
  default     = false
}

variable "key_vault_secrets_provider_enabled" {
  description = "Install the Secrets Store CSI driver with the Key Vault provider (the chart reads Kubernetes Secrets; this syncs them from Key Vault)."
  type        = bool
  default     = false
}

variable "dapr" {
  description = "The Dapr AKS extension (Microsoft.Dapr): enabled, version (null = newest of the release train) and high availability of its control plane."
  type = object({
    enabled       = optional(bool, true)
    version       = optional(string)
    release_train = optional(string, "stable")
    ha_enabled    = optional(bool, true)
  })
  default = {}

  validation {
    condition     = contains(["stable", "dev"], var.dapr.release_train)
    error_message = "dapr.release_train must be stable or dev."
  }
}

variable "log_analytics_workspace_id" {
  description = "Log Analytics workspace of Container Insights and the control plane's diagnostic logs."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
