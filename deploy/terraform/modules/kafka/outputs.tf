output "brokers" {
  description = "Seed brokers, comma-separated: the chart's dapr.kafka.brokers."
  value       = local.serverless ? join(",", redpanda_serverless_cluster.events[0].kafka_api.seed_brokers) : var.external_brokers
}

output "topics" {
  description = "Every topic with its dead-letter twin."
  value       = module.topics.all
}

output "sasl_user" {
  description = "SCRAM-SHA-256 user of the sidecars (null in mode external); store it in Key Vault as the chart's dapr.kafka.credentials names."
  value       = local.serverless ? redpanda_user.sidecars[0].name : null
}

output "sasl_password" {
  description = "Its password (null in mode external); store it in Key Vault, never in values."
  value       = local.serverless ? random_password.sasl[0].result : null
  sensitive   = true
}
