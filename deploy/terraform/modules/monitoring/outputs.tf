output "log_analytics_workspace_id" {
  description = "ID of the Log Analytics workspace (Container Insights and every resource's diagnostics)."
  value       = azurerm_log_analytics_workspace.this.id
}

output "prometheus_workspace_id" {
  description = "ID of the Azure Monitor workspace holding the managed Prometheus metrics."
  value       = azurerm_monitor_workspace.this.id
}

output "prometheus_query_endpoint" {
  description = "PromQL endpoint of the Azure Monitor workspace."
  value       = azurerm_monitor_workspace.this.query_endpoint
}

output "grafana_endpoint" {
  description = "URL of Azure Managed Grafana (null when disabled)."
  value       = var.grafana.enabled ? azurerm_dashboard_grafana.this[0].endpoint : null
}

output "action_group_id" {
  description = "ID of the operators' action group, for further alerts."
  value       = azurerm_monitor_action_group.operators.id
}
