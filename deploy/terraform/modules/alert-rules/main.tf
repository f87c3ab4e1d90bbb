# The alerts of a Prometheus rule file in the shape of azurerm_monitor_alert_prometheus_rule_group's rule blocks:
# Prometheus durations ("5m", "1h30m") become ISO 8601 ("PT5M", "PT1H30M"); the severity label maps to Azure's
# 0 (critical) to 4 (verbose) scale, warning when it is missing or unknown; relative runbook links get the base URL
# in front, as the chart does for its PrometheusRule.

locals {
  severities = {
    critical = 0
    error    = 1
    warning  = 2
    info     = 3
  }
  groups = {
    for group in yamldecode(file(var.rules_file)).groups : group.name => [
      for rule in group.rules : {
        alert      = rule.alert
        expression = trimspace(rule.expr)
        "for"      = "PT${upper(try(rule["for"], "0s"))}"
        severity   = lookup(local.severities, try(rule.labels.severity, "warning"), 2)
        labels     = try(rule.labels, {})
        annotations = merge(try(rule.annotations, {}), can(rule.annotations.runbook_url) && var.runbook_base_url != "" ? {
          runbook_url = "${trimsuffix(var.runbook_base_url, "/")}/${rule.annotations.runbook_url}"
        } : {})
      } if can(rule.alert)
    ]
  }
}
