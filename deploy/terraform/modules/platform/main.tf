# The whole platform of one environment, one module per concern, wired once here so that staging and prod differ
# only in the values their compositions (deploy/terraform/environments) give.

data "azurerm_client_config" "current" {}

locals {
  prefix = "${var.name}-${var.environment}"
  # Registry, vault and server names are global: no hyphens for the registry, 24 characters for the vault.
  compact = replace(local.prefix, "-", "")
  tags    = merge(var.tags, { application = var.name, environment = var.environment })
}

resource "azurerm_resource_group" "this" {
  name     = local.prefix
  location = var.location
  tags     = local.tags
}

module "network" {
  source              = "../network"
  name                = local.prefix
  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  tags                = local.tags
}

module "monitoring" {
  source              = "../monitoring"
  name                = local.prefix
  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  cluster_id          = module.aks.cluster_id
  cluster_name        = module.aks.cluster_name
  alert_rules_file    = var.alert_rules_file
  alert_email         = var.monitoring.alert_email
  runbook_base_url    = var.monitoring.runbook_base_url
  log_retention_days  = var.monitoring.log_retention_days
  log_daily_quota_gb  = var.monitoring.log_daily_quota_gb
  grafana             = merge(var.monitoring.grafana, { admin_group_object_ids = var.admin_group_object_ids })
  tags                = local.tags
}

module "aks" {
  source                             = "../aks"
  name                               = local.prefix
  resource_group_name                = azurerm_resource_group.this.name
  location                           = var.location
  sku_tier                           = var.aks.sku_tier
  kubernetes_version                 = var.aks.kubernetes_version
  system_pool                        = var.aks.system_pool
  workload_pool                      = var.aks.workload_pool
  node_subnet_id                     = module.network.node_subnet_id
  admin_group_object_ids             = var.admin_group_object_ids
  authorized_ip_ranges               = var.allowed_ip_ranges
  private_cluster_enabled            = var.aks.private_cluster_enabled
  key_vault_secrets_provider_enabled = var.aks.key_vault_secrets_provider_enabled
  dapr                               = var.aks.dapr
  log_analytics_workspace_id         = module.monitoring.log_analytics_workspace_id
  tags                               = local.tags
}

module "registry" {
  source                     = "../registry"
  name                       = substr(local.compact, 0, 50)
  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  sku                        = var.registry_sku
  allowed_ip_ranges          = var.registry_sku == "Premium" ? var.allowed_ip_ranges : []
  kubelet_object_id          = module.aks.kubelet_object_id
  log_analytics_workspace_id = module.monitoring.log_analytics_workspace_id
  tags                       = local.tags
  private_endpoint = var.registry_sku == "Premium" ? {
    subnet_id          = module.network.endpoint_subnet_id
    virtual_network_id = module.network.virtual_network_id
  } : null
}

module "keyvault" {
  source                     = "../keyvault"
  name                       = trimsuffix(substr(local.prefix, 0, 24), "-")
  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  allowed_ip_ranges          = var.allowed_ip_ranges
  secrets_officer_object_ids = var.admin_group_object_ids
  log_analytics_workspace_id = module.monitoring.log_analytics_workspace_id
  tags                       = local.tags
  private_endpoint = {
    subnet_id          = module.network.endpoint_subnet_id
    virtual_network_id = module.network.virtual_network_id
  }
}

module "workload_identity" {
  source              = "../workload-identity"
  name                = local.prefix
  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  oidc_issuer_url     = module.aks.oidc_issuer_url
  namespace           = var.helm_release.namespace
  release_name        = var.helm_release.release_name
  fullname_override   = var.helm_release.fullname_override
  key_vault_id        = module.keyvault.key_vault_id
  tags                = local.tags
}

module "postgres" {
  source                       = "../postgres"
  name                         = local.prefix
  resource_group_name          = azurerm_resource_group.this.name
  location                     = var.location
  postgresql_version           = var.postgres.version
  sku_name                     = var.postgres.sku_name
  storage_mb                   = var.postgres.storage_mb
  zone_redundant_ha            = var.postgres.zone_redundant_ha
  backup_retention_days        = var.postgres.backup_retention_days
  geo_redundant_backup_enabled = var.postgres.geo_redundant_backup_enabled
  entra_administrator          = var.postgres.entra_administrator
  tenant_id                    = data.azurerm_client_config.current.tenant_id
  subnet_id                    = module.network.postgres_subnet_id
  virtual_network_id           = module.network.virtual_network_id
  log_analytics_workspace_id   = module.monitoring.log_analytics_workspace_id
  tags                         = local.tags
}

module "kafka" {
  source            = "../kafka"
  name              = local.prefix
  mode              = var.kafka.mode
  serverless_region = var.kafka.serverless_region
  external_brokers  = var.kafka.external_brokers
  partitions        = var.kafka.partitions
}
