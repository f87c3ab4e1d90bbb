variable "name" {
  description = "Prefix of every network resource's name, e.g. todo-platform-prod."
  type        = string
}

variable "resource_group_name" {
  description = "Resource group that holds the network."
  type        = string
}

variable "location" {
  description = "Azure region of the network."
  type        = string
}

variable "address_space" {
  description = "Address space of the virtual network."
  type        = string
  default     = "10.20.0.0/16"

  validation {
    condition     = can(cidrhost(var.address_space, 0))
    error_message = "address_space must be a CIDR block such as 10.20.0.0/16."
  }
}

variable "node_subnet_prefix" {
  description = "Subnet of the AKS nodes. With Azure CNI overlay only nodes take VNet addresses: a /22 holds 1,000 nodes."
  type        = string
  default     = "10.20.0.0/22"

  validation {
    condition     = can(cidrhost(var.node_subnet_prefix, 0))
    error_message = "node_subnet_prefix must be a CIDR block."
  }
}

variable "postgres_subnet_prefix" {
  description = "Subnet delegated to the PostgreSQL Flexible Server; the chart's networkPolicy.postgresql names the same CIDR (values-aks.yaml)."
  type        = string
  default     = "10.20.8.0/24"

  validation {
    condition     = can(cidrhost(var.postgres_subnet_prefix, 0))
    error_message = "postgres_subnet_prefix must be a CIDR block."
  }
}

variable "endpoint_subnet_prefix" {
  description = "Subnet of the private endpoints (Key Vault, Container Registry)."
  type        = string
  default     = "10.20.9.0/24"

  validation {
    condition     = can(cidrhost(var.endpoint_subnet_prefix, 0))
    error_message = "endpoint_subnet_prefix must be a CIDR block."
  }
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
