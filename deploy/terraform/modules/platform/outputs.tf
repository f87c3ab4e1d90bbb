output "resource_group_name" {
  description = "Resource group of the environment."
  value       = azurerm_resource_group.this.name
}

output "cluster_name" {
  description = "AKS cluster (az aks get-credentials -g <resource_group_name> -n <cluster_name>)."
  value       = module.aks.cluster_name
}

output "registry_login_server" {
  description = "The chart's image.repository is <registry_login_server>/todo-platform."
  value       = module.registry.login_server
}

output "registry_id" {
  description = "ID of the registry (give the pipeline's identity AcrPush on it)."
  value       = module.registry.registry_id
}

output "workload_identity_client_ids" {
  description = "The chart's apps.<app-id>.workloadIdentityClientId."
  value       = module.workload_identity.client_ids
}

output "key_vault_name" {
  description = "The chart's dapr.secretStore.vaultName."
  value       = module.keyvault.key_vault_name
}

output "postgres_host" {
  description = "The chart's database.host."
  value       = module.postgres.host
}

output "postgres_database" {
  description = "The chart's database.name."
  value       = module.postgres.database_name
}

output "postgres_administrator_login" {
  description = "Administrator user of the server."
  value       = module.postgres.administrator_login
}

output "postgres_administrator_password" {
  description = "Generated administrator password (sensitive)."
  value       = module.postgres.administrator_password
  sensitive   = true
}

output "postgres_subnet_cidr" {
  description = "The chart's networkPolicy.postgresql ipBlock cidr."
  value       = module.network.postgres_subnet_prefix
}

output "kafka_brokers" {
  description = "The chart's dapr.kafka.brokers."
  value       = module.kafka.brokers
}

output "kafka_sasl_user" {
  description = "SASL user of the sidecars (Redpanda Serverless mode), to store in Key Vault."
  value       = module.kafka.sasl_user
}

output "kafka_sasl_password" {
  description = "Its password (sensitive), to store in Key Vault."
  value       = module.kafka.sasl_password
  sensitive   = true
}

output "grafana_endpoint" {
  description = "Azure Managed Grafana URL."
  value       = module.monitoring.grafana_endpoint
}

output "prometheus_query_endpoint" {
  description = "PromQL endpoint of the managed Prometheus workspace."
  value       = module.monitoring.prometheus_query_endpoint
}
