variable "subscription_id" {
  description = "Azure subscription; null reads ARM_SUBSCRIPTION_ID."
  type        = string
  default     = null
}

variable "location" {
  description = "Azure region of the state storage."
  type        = string
  default     = "eastus2"
}

variable "resource_group_name" {
  description = "Resource group of the state storage: the environments' backend resource_group_name."
  type        = string
  default     = "todo-platform-tfstate"
}

variable "storage_account_name" {
  description = "Globally unique storage account name: the environments' backend storage_account_name."
  type        = string
  default     = "todoplatformtfstate"
}

variable "allowed_ip_ranges" {
  description = "Public CIDRs of operators and CI runners allowed to reach the state; empty: any address, behind Entra ID."
  type        = list(string)
  default     = []
}

variable "state_writer_object_ids" {
  description = "Entra ID principals (operators, the pipeline's identity) that read and write the state."
  type        = list(string)
  default     = []
}
