# The chart's Prometheus rule file, evaluated by Azure Monitor against the cluster's metrics: one rule group per
# group of the file, one rule per alert (translated by the alert-rules module), each mailed to the operators.

module "alert_rules" {
  source           = "../alert-rules"
  rules_file       = var.alert_rules_file
  runbook_base_url = var.runbook_base_url
}

resource "azurerm_monitor_alert_prometheus_rule_group" "chart" {
  for_each            = module.alert_rules.groups
  name                = "${var.name}-${each.key}"
  resource_group_name = var.resource_group_name
  location            = var.location
  cluster_name        = var.cluster_name
  description         = "Alerts of ${basename(var.alert_rules_file)}, group ${each.key}."
  rule_group_enabled  = true
  interval            = "PT1M"
  scopes              = [azurerm_monitor_workspace.this.id]
  tags                = var.tags

  dynamic "rule" {
    for_each = each.value
    content {
      alert       = rule.value.alert
      enabled     = true
      expression  = rule.value.expression
      for         = rule.value["for"]
      severity    = rule.value.severity
      labels      = rule.value.labels
      annotations = rule.value.annotations

      action {
        action_group_id = azurerm_monitor_action_group.operators.id
      }

      alert_resolution {
        auto_resolved   = true
        time_to_resolve = "PT10M"
      }
    }
  }
}
