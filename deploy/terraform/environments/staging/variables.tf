variable "subscription_id" {
  description = "Azure subscription to deploy into; null reads ARM_SUBSCRIPTION_ID."
  type        = string
  default     = null
}

variable "location" {
  description = "Azure region with three availability zones."
  type        = string
  default     = "eastus2"
}

variable "alert_email" {
  description = "Address the alerts are mailed to."
  type        = string
}

variable "admin_group_object_ids" {
  description = "Entra ID groups of the operators (cluster admins, Key Vault Secrets Officers, Grafana Admins)."
  type        = list(string)
  default     = []
}

variable "allowed_ip_ranges" {
  description = "Public CIDRs of operators and CI runners (API server, registry and vault IP rules)."
  type        = list(string)
  default     = []
}

variable "kafka_mode" {
  description = "redpanda-serverless (made by Terraform) or external (kafka_external_brokers)."
  type        = string
  default     = "external"

  validation {
    condition     = contains(["redpanda-serverless", "external"], var.kafka_mode)
    error_message = "kafka_mode must be redpanda-serverless or external."
  }
}

variable "kafka_external_brokers" {
  description = "Seed brokers host:port[,host:port] when kafka_mode is external."
  type        = string
  default     = ""
}
