# The AKS cluster: a system pool for critical add-ons and an autoscaled workload pool, both across three zones;
# Azure CNI overlay powered by Cilium (which enforces the chart's NetworkPolicies); Entra ID with Azure RBAC and no
# local accounts; OIDC issuer and workload identity for the app-ids; managed Prometheus metrics; Dapr as an extension.

resource "azurerm_kubernetes_cluster" "this" {
  name                         = var.name
  resource_group_name          = var.resource_group_name
  location                     = var.location
  dns_prefix                   = var.name
  node_resource_group          = "${var.name}-nodes"
  kubernetes_version           = var.kubernetes_version
  sku_tier                     = var.sku_tier
  automatic_upgrade_channel    = "patch"
  node_os_upgrade_channel      = "NodeImage"
  private_cluster_enabled      = var.private_cluster_enabled
  local_account_disabled       = true
  azure_policy_enabled         = true
  oidc_issuer_enabled          = true
  workload_identity_enabled    = true
  image_cleaner_enabled        = true
  image_cleaner_interval_hours = 48
  tags                         = var.tags

  default_node_pool {
    name                         = "system"
    vm_size                      = var.system_pool.vm_size
    node_count                   = var.system_pool.count
    zones                        = var.zones
    vnet_subnet_id               = var.node_subnet_id
    only_critical_addons_enabled = var.system_pool.critical_addons_only
    os_disk_type                 = "Ephemeral"
    os_disk_size_gb              = var.os_disk_size_gb
    host_encryption_enabled      = var.host_encryption_enabled
    max_pods                     = 110
    temporary_name_for_rotation  = "systemtmp"
    tags                         = var.tags

    upgrade_settings {
      max_surge = "33%"
    }
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = var.admin_group_object_ids
  }

  dynamic "api_server_access_profile" {
    for_each = length(var.authorized_ip_ranges) > 0 ? [var.authorized_ip_ranges] : []
    content {
      authorized_ip_ranges = api_server_access_profile.value
    }
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_data_plane  = "cilium"
    network_policy      = "cilium"
    load_balancer_sku   = "standard"
    outbound_type       = "loadBalancer"
  }

  # Managed Prometheus: the monitoring module's data collection rule sends these metrics to its workspace.
  monitor_metrics {
    annotations_allowed = null
    labels_allowed      = null
  }

  oms_agent {
    log_analytics_workspace_id      = var.log_analytics_workspace_id
    msi_auth_for_monitoring_enabled = true
  }

  # The application routing add-on: the managed NGINX ingress class values-aks.yaml names.
  web_app_routing {
    dns_zone_ids = []
  }

  dynamic "key_vault_secrets_provider" {
    for_each = var.key_vault_secrets_provider_enabled ? [true] : []
    content {
      secret_rotation_enabled  = true
      secret_rotation_interval = "2m"
    }
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "workload" {
  name                        = "workload"
  kubernetes_cluster_id       = azurerm_kubernetes_cluster.this.id
  mode                        = "User"
  vm_size                     = var.workload_pool.vm_size
  zones                       = var.zones
  vnet_subnet_id              = var.node_subnet_id
  auto_scaling_enabled        = true
  min_count                   = var.workload_pool.min_count
  max_count                   = var.workload_pool.max_count
  os_disk_type                = "Ephemeral"
  os_disk_size_gb             = var.os_disk_size_gb
  host_encryption_enabled     = var.host_encryption_enabled
  max_pods                    = 110
  temporary_name_for_rotation = "workloadtmp"
  tags                        = var.tags

  upgrade_settings {
    max_surge = "33%"
  }

  lifecycle {
    ignore_changes = [node_count]
  }
}

# Dapr's control plane as AKS manages it (upgrades within the release train); docs/deployment.md names the chart's
# expected version, 1.18.
resource "azurerm_kubernetes_cluster_extension" "dapr" {
  count          = var.dapr.enabled ? 1 : 0
  name           = "dapr"
  cluster_id     = azurerm_kubernetes_cluster.this.id
  extension_type = "Microsoft.Dapr"
  release_train  = var.dapr.release_train
  version        = var.dapr.version

  configuration_settings = {
    "global.ha.enabled"   = tostring(var.dapr.ha_enabled)
    "global.mtls.enabled" = "true"
  }

  depends_on = [azurerm_kubernetes_cluster_node_pool.workload]
}

resource "azurerm_monitor_diagnostic_setting" "cluster" {
  name                       = "${var.name}-diagnostics"
  target_resource_id         = azurerm_kubernetes_cluster.this.id
  log_analytics_workspace_id = var.log_analytics_workspace_id

  # The audit log of writes (not reads, which cost far more) and the components' own logs.
  enabled_log {
    category = "kube-audit-admin"
  }
  enabled_log {
    category = "kube-apiserver"
  }
  enabled_log {
    category = "kube-controller-manager"
  }
  enabled_log {
    category = "cluster-autoscaler"
  }
  enabled_log {
    category = "guard"
  }
}
