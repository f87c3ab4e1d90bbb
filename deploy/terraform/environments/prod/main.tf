# Production: three zones everywhere, the AKS uptime SLA, a zone-redundant database standby, a Premium registry
# behind a private endpoint, Managed Grafana. Sizes are for about 1,000 users; the HPA maxima of values-prod.yaml
# need the workload pool's max_count and the database's max_connections (docs/deployment.md section 3) to grow.

module "platform" {
  source           = "../../modules/platform"
  environment      = "prod"
  location         = var.location
  alert_rules_file = "${path.module}/../../../helm/todo-platform/monitoring/alerts.yaml"

  aks = {
    sku_tier      = "Standard"
    system_pool   = { vm_size = "Standard_D2ads_v5", count = 3 }
    workload_pool = { vm_size = "Standard_D2ads_v5", min_count = 3, max_count = 12 }
  }

  # 859 connections: about the (50 + 12 + 10) × (10 + 1) = 792 of the HPA maxima.
  postgres = {
    sku_name              = "GP_Standard_D2ds_v5"
    zone_redundant_ha     = true
    backup_retention_days = 35
  }

  registry_sku = "Premium"

  kafka = {
    mode             = var.kafka_mode
    external_brokers = var.kafka_external_brokers
    partitions       = 12
  }

  monitoring = {
    alert_email = var.alert_email
    grafana     = { enabled = true, sku = "Standard" }
  }

  admin_group_object_ids = var.admin_group_object_ids
  allowed_ip_ranges      = var.allowed_ip_ranges
}
