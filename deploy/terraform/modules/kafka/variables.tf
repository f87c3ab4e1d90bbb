variable "name" {
  description = "Name of the Redpanda resource group and cluster, e.g. todo-platform-prod."
  type        = string
}

variable "mode" {
  description = "redpanda-serverless: a Redpanda Cloud Serverless cluster with the topics, a SASL user and its ACLs; external: a broker you run, given by external_brokers (create its topics as docs/deployment.md shows)."
  type        = string
  default     = "external"

  validation {
    condition     = contains(["redpanda-serverless", "external"], var.mode)
    error_message = "mode must be redpanda-serverless or external."
  }
}

variable "serverless_region" {
  description = "Redpanda Serverless region (mode redpanda-serverless), e.g. pro-us-east-1; pick the one nearest to the AKS region."
  type        = string
  default     = "pro-us-east-1"
}

variable "external_brokers" {
  description = "Seed brokers host:port, comma-separated (mode external): the chart's dapr.kafka.brokers."
  type        = string
  default     = ""

  validation {
    condition     = var.external_brokers == "" || can(regex("^[^,:\\s]+:[0-9]+(,[^,:\\s]+:[0-9]+)*$", var.external_brokers))
    error_message = "external_brokers must be host:port[,host:port...]."
  }
}

variable "partitions" {
  description = "Partitions per topic: at least the largest HPA maximum of a consuming app-id (recurrence's 12 in prod)."
  type        = number
  default     = 12

  validation {
    condition     = var.partitions >= 1 && var.partitions <= 1000
    error_message = "partitions must be between 1 and 1000."
  }
}

variable "app_ids" {
  description = "Consumer groups the SASL user may use (Dapr's default group is the app-id)."
  type        = list(string)
  default     = ["tasks", "recurrence", "notifications"]
}

variable "user_name" {
  description = "SASL/SCRAM user of the sidecars (mode redpanda-serverless)."
  type        = string
  default     = "todo-platform"
}
