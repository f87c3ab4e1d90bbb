# Logs in Log Analytics; metrics in an Azure Monitor workspace (managed Prometheus), collected from the cluster by a
# data collection endpoint, rule and association; Azure Managed Grafana reading that workspace; the chart's alerts
# evaluated by Azure Monitor from the same rule file as the PrometheusRule, mailed through an action group.

resource "azurerm_log_analytics_workspace" "this" {
  name                         = "${var.name}-logs"
  resource_group_name          = var.resource_group_name
  location                     = var.location
  sku                          = "PerGB2018"
  retention_in_days            = var.log_retention_days
  daily_quota_gb               = var.log_daily_quota_gb
  local_authentication_enabled = false
  tags                         = var.tags
}

resource "azurerm_monitor_workspace" "this" {
  name                = "${var.name}-prometheus"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

resource "azurerm_monitor_data_collection_endpoint" "prometheus" {
  name                = "${var.name}-prometheus-dce"
  resource_group_name = var.resource_group_name
  location            = var.location
  kind                = "Linux"
  tags                = var.tags
}

resource "azurerm_monitor_data_collection_rule" "prometheus" {
  name                        = "${var.name}-prometheus-dcr"
  resource_group_name         = var.resource_group_name
  location                    = var.location
  data_collection_endpoint_id = azurerm_monitor_data_collection_endpoint.prometheus.id
  kind                        = "Linux"
  description                 = "Managed Prometheus metrics of ${var.cluster_name}."
  tags                        = var.tags

  destinations {
    monitor_account {
      monitor_account_id = azurerm_monitor_workspace.this.id
      name               = "prometheus"
    }
  }

  data_flow {
    streams      = ["Microsoft-PrometheusMetrics"]
    destinations = ["prometheus"]
  }

  data_sources {
    prometheus_forwarder {
      streams = ["Microsoft-PrometheusMetrics"]
      name    = "PrometheusDataSource"
    }
  }
}

resource "azurerm_monitor_data_collection_rule_association" "prometheus_rule" {
  name                    = "${var.name}-prometheus-dcra"
  target_resource_id      = var.cluster_id
  data_collection_rule_id = azurerm_monitor_data_collection_rule.prometheus.id
  description             = "Sends the cluster's Prometheus metrics to ${azurerm_monitor_workspace.this.name}."
}

# Azure requires this exact name for the association of an endpoint.
resource "azurerm_monitor_data_collection_rule_association" "prometheus_endpoint" {
  name                        = "configurationAccessEndpoint"
  target_resource_id          = var.cluster_id
  data_collection_endpoint_id = azurerm_monitor_data_collection_endpoint.prometheus.id
}

resource "azurerm_dashboard_grafana" "this" {
  count                         = var.grafana.enabled ? 1 : 0
  name                          = length("${var.name}-grafana") <= 23 ? "${var.name}-grafana" : "${trimsuffix(substr(var.name, 0, 20), "-")}-gf"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  sku                           = var.grafana.sku
  grafana_major_version         = var.grafana.major_version
  api_key_enabled               = false
  public_network_access_enabled = true
  zone_redundancy_enabled       = false
  tags                          = var.tags

  identity {
    type = "SystemAssigned"
  }

  azure_monitor_workspace_integrations {
    resource_id = azurerm_monitor_workspace.this.id
  }
}

# Grafana reads the metrics with its own identity.
resource "azurerm_role_assignment" "grafana_reads_metrics" {
  count                = var.grafana.enabled ? 1 : 0
  scope                = azurerm_monitor_workspace.this.id
  role_definition_name = "Monitoring Data Reader"
  principal_id         = azurerm_dashboard_grafana.this[0].identity[0].principal_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_role_assignment" "grafana_admins" {
  for_each             = var.grafana.enabled ? toset(var.grafana.admin_group_object_ids) : toset([])
  scope                = azurerm_dashboard_grafana.this[0].id
  role_definition_name = "Grafana Admin"
  principal_id         = each.value
  principal_type       = "Group"
}

resource "azurerm_monitor_action_group" "operators" {
  name                = "${var.name}-operators"
  resource_group_name = var.resource_group_name
  short_name          = "todo-ops"
  tags                = var.tags

  email_receiver {
    name                    = "operators"
    email_address           = var.alert_email
    use_common_alert_schema = true
  }
}
