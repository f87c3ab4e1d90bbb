# Staging: the same platform as prod at the smallest size that still runs the chart's staging values (two replicas
# per app-id): no uptime SLA, one system node, no database standby, a Standard registry, no Grafana.

module "platform" {
  source           = "../../modules/platform"
  environment      = "staging"
  location         = var.location
  alert_rules_file = "${path.module}/../../../helm/todo-platform/monitoring/alerts.yaml"

  aks = {
    sku_tier      = "Free"
    system_pool   = { vm_size = "Standard_D2ads_v5", count = 1 }
    workload_pool = { vm_size = "Standard_D2ads_v5", min_count = 2, max_count = 4 }
    dapr          = { ha_enabled = false }
  }

  # 429 connections: the staging HPA maxima (6 + 4 + 4) × (pool 10 + 1) = 154.
  postgres = {
    sku_name              = "B_Standard_B2s"
    zone_redundant_ha     = false
    backup_retention_days = 7
  }

  registry_sku = "Standard"

  kafka = {
    mode             = var.kafka_mode
    external_brokers = var.kafka_external_brokers
    partitions       = 4
  }

  monitoring = {
    alert_email        = var.alert_email
    log_daily_quota_gb = 1
    grafana            = { enabled = false }
  }

  admin_group_object_ids = var.admin_group_object_ids
  allowed_ip_ranges      = var.allowed_ip_ranges
}
