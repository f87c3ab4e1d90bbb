variable "name" {
  description = "Name of the vault: 3-24 letters, digits and hyphens, globally unique; the chart's dapr.secretStore.vaultName."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", var.name))
    error_message = "name must be 3-24 letters, digits or hyphens, starting with a letter."
  }
}

variable "resource_group_name" {
  description = "Resource group of the vault."
  type        = string
}

variable "location" {
  description = "Azure region of the vault."
  type        = string
}

variable "tenant_id" {
  description = "Entra ID tenant of the vault."
  type        = string
}

variable "soft_delete_retention_days" {
  description = "Days a deleted secret or vault stays recoverable (7-90); purge protection forbids purging before."
  type        = number
  default     = 90

  validation {
    condition     = var.soft_delete_retention_days >= 7 && var.soft_delete_retention_days <= 90
    error_message = "soft_delete_retention_days must be between 7 and 90."
  }
}

variable "allowed_ip_ranges" {
  description = "Public addresses (CIDR) that may reach the vault's data plane, e.g. the operators who write the secrets; empty turns public access off."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for range in var.allowed_ip_ranges : can(cidrhost(range, 0))])
    error_message = "allowed_ip_ranges must hold CIDR blocks."
  }
}

variable "private_endpoint" {
  description = "Private endpoint through which the sidecars read the secrets: the endpoints' subnet and the VNet its private DNS zone links to."
  type = object({
    subnet_id          = string
    virtual_network_id = string
  })
}

variable "secrets_officer_object_ids" {
  description = "Entra ID principals (operators, the pipeline) given Key Vault Secrets Officer to write the secrets docs/deployment.md lists."
  type        = list(string)
  default     = []
}

variable "log_analytics_workspace_id" {
  description = "Log Analytics workspace of the vault's audit events."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
