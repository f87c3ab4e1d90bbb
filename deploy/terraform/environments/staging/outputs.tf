output "chart_values" {
  description = "What values-aks.yaml needs from this environment: image repository, workload identity client ids, vault, database host, database subnet, Kafka brokers."
  value = {
    image_repository             = "${module.platform.registry_login_server}/todo-platform"
    workload_identity_client_ids = module.platform.workload_identity_client_ids
    key_vault_name               = module.platform.key_vault_name
    database_host                = module.platform.postgres_host
    database_name                = module.platform.postgres_database
    postgres_subnet_cidr         = module.platform.postgres_subnet_cidr
    kafka_brokers                = module.platform.kafka_brokers
  }
}

output "resource_group_name" {
  description = "Resource group of the environment."
  value       = module.platform.resource_group_name
}

output "cluster_name" {
  description = "AKS cluster name (az aks get-credentials)."
  value       = module.platform.cluster_name
}

output "registry_id" {
  description = "Registry ID (the pipeline's identity needs AcrPush on it)."
  value       = module.platform.registry_id
}

output "grafana_endpoint" {
  description = "Azure Managed Grafana URL (null when disabled)."
  value       = module.platform.grafana_endpoint
}

output "postgres_administrator_login" {
  description = "PostgreSQL administrator user."
  value       = module.platform.postgres_administrator_login
}

output "postgres_administrator_password" {
  description = "PostgreSQL administrator password (terraform output -raw postgres_administrator_password)."
  value       = module.platform.postgres_administrator_password
  sensitive   = true
}

output "kafka_sasl_user" {
  description = "Redpanda SASL user (null with external Kafka)."
  value       = module.platform.kafka_sasl_user
}

output "kafka_sasl_password" {
  description = "Redpanda SASL password (sensitive; null with external Kafka)."
  value       = module.platform.kafka_sasl_password
  sensitive   = true
}
