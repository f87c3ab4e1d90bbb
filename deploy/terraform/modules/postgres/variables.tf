variable "name" {
  description = "Name of the server: 3-63 lowercase letters, digits and hyphens, globally unique (<name>.postgres.database.azure.com)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", var.name))
    error_message = "name must be 3-63 lowercase letters, digits or hyphens."
  }
}

variable "resource_group_name" {
  description = "Resource group of the server."
  type        = string
}

variable "location" {
  description = "Azure region of the server."
  type        = string
}

variable "postgresql_version" {
  description = "PostgreSQL major version; the apps need 15 or newer (docs/deployment.md) and are tested on 18."
  type        = string
  default     = "17"

  validation {
    condition     = contains(["15", "16", "17", "18"], var.postgresql_version)
    error_message = "postgresql_version must be 15, 16, 17 or 18."
  }
}

variable "sku_name" {
  description = "Compute tier and size, e.g. B_Standard_B2s (burstable, 429 connections) or GP_Standard_D2ds_v5 (859 connections). Size max_connections for Σ max replicas × (pool + 1), docs/deployment.md section 3."
  type        = string
  default     = "GP_Standard_D2ds_v5"

  validation {
    condition     = can(regex("^(B|GP|MO)_Standard_", var.sku_name))
    error_message = "sku_name must start with B_Standard_, GP_Standard_ or MO_Standard_."
  }
}

variable "storage_mb" {
  description = "Storage in MiB (one of Azure's sizes: 32768, 65536, 131072, ...); it grows by itself when nearly full."
  type        = number
  default     = 32768

  validation {
    condition     = contains([32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408], var.storage_mb)
    error_message = "storage_mb must be one of the sizes Flexible Server offers."
  }
}

variable "zone_redundant_ha" {
  description = "A hot standby in another zone with synchronous replication and automatic failover (doubles the compute and storage price). Not available on Burstable."
  type        = bool
  default     = true
}

variable "zone" {
  description = "Availability zone of the primary; the standby goes to standby_zone."
  type        = string
  default     = "1"
}

variable "standby_zone" {
  description = "Availability zone of the zone-redundant standby."
  type        = string
  default     = "2"
}

variable "backup_retention_days" {
  description = "Days of point-in-time restore (7-35)."
  type        = number
  default     = 35

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 7 and 35."
  }
}

variable "geo_redundant_backup_enabled" {
  description = "Copy backups to the paired region (restore after a regional outage); fixed at creation."
  type        = bool
  default     = false
}

variable "database_name" {
  description = "The one database every module's schema lives in (the chart's database.name)."
  type        = string
  default     = "todo"
}

variable "administrator_login" {
  description = "Administrator user name; its password is generated and given as a sensitive output for the chart's database Secret (or a role of its own, docs/deployment.md)."
  type        = string
  default     = "todoadmin"
}

variable "entra_administrator" {
  description = "Optional Entra ID administrator (a group or user) for Entra authentication besides the password; null for password only."
  type = object({
    object_id      = string
    principal_name = string
    principal_type = optional(string, "Group")
  })
  default = null

  validation {
    condition     = var.entra_administrator == null || contains(["Group", "User", "ServicePrincipal"], var.entra_administrator.principal_type)
    error_message = "entra_administrator.principal_type must be Group, User or ServicePrincipal."
  }
}

variable "tenant_id" {
  description = "Entra ID tenant, for Entra authentication."
  type        = string
}

variable "subnet_id" {
  description = "Subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers (the network module's postgres_subnet_id)."
  type        = string
}

variable "virtual_network_id" {
  description = "VNet the server's private DNS zone links to, so that the pods resolve its name."
  type        = string
}

variable "log_analytics_workspace_id" {
  description = "Log Analytics workspace of the server's logs."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
