variable "name" {
  description = "Name of the registry: 5-50 letters and digits, globally unique (its login server is <name>.azurecr.io)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9]{5,50}$", var.name))
    error_message = "name must be 5-50 letters or digits."
  }
}

variable "resource_group_name" {
  description = "Resource group of the registry."
  type        = string
}

variable "location" {
  description = "Azure region of the registry."
  type        = string
}

variable "sku" {
  description = "Basic, Standard or Premium. Only Premium has private endpoints, IP rules, zone redundancy and retention of untagged manifests."
  type        = string
  default     = "Premium"

  validation {
    condition     = contains(["Basic", "Standard", "Premium"], var.sku)
    error_message = "sku must be Basic, Standard or Premium."
  }
}

variable "allowed_ip_ranges" {
  description = "Public addresses (CIDR) that may push and pull, e.g. the CI runners' egress; Premium only. Empty with Premium: only the private endpoint and trusted Azure services."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for range in var.allowed_ip_ranges : can(cidrhost(range, 0))])
    error_message = "allowed_ip_ranges must hold CIDR blocks."
  }
}

variable "private_endpoint" {
  description = "Private endpoint for the nodes' pulls (Premium only): the endpoints' subnet and the VNet its private DNS zone links to; null for none."
  type = object({
    subnet_id          = string
    virtual_network_id = string
  })
  default = null
}

variable "kubelet_object_id" {
  description = "Object ID of the AKS kubelet identity, given AcrPull."
  type        = string
}

variable "log_analytics_workspace_id" {
  description = "Log Analytics workspace of the registry's login and repository events."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
