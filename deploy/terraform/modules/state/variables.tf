variable "storage_account_name" {
  description = "Storage account of the remote state: 3-24 lowercase letters and digits, globally unique; the environments' backend storage_account_name."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]{3,24}$", var.storage_account_name))
    error_message = "storage_account_name must be 3-24 lowercase letters or digits."
  }
}

variable "resource_group_name" {
  description = "Resource group of the state storage (made by the bootstrap composition)."
  type        = string
}

variable "location" {
  description = "Azure region of the state storage."
  type        = string
}

variable "container_name" {
  description = "Blob container holding one state file per environment (<environment>.tfstate)."
  type        = string
  default     = "tfstate"
}

variable "allowed_ip_ranges" {
  description = "Public addresses (CIDR) allowed to reach the account (operators, CI runners); empty leaves the endpoint open to any address, still behind Entra ID (shared keys are off)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for range in var.allowed_ip_ranges : can(cidrhost(range, 0))])
    error_message = "allowed_ip_ranges must hold CIDR blocks."
  }
}

variable "state_writer_object_ids" {
  description = "Entra ID principals (operators, the pipeline's identity) given Storage Blob Data Contributor to read and write the state."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
