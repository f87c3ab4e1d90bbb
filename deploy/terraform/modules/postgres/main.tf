# Azure Database for PostgreSQL Flexible Server with private access only: inside its delegated subnet, its name
# resolved by a private DNS zone linked to the VNet; TLS required; zone-redundant HA where asked (prod). The apps
# connect directly on 5432, never through PgBouncer (advisory locks and LISTEN, ADR 0015).

resource "random_password" "administrator" {
  length  = 32
  special = false
}

resource "azurerm_private_dns_zone" "postgres" {
  name                = "${var.name}.private.postgres.database.azure.com"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "postgres" {
  name                  = "${var.name}-postgres"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.postgres.name
  virtual_network_id    = var.virtual_network_id
  tags                  = var.tags
}

resource "azurerm_postgresql_flexible_server" "this" {
  name                          = var.name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  version                       = var.postgresql_version
  sku_name                      = var.sku_name
  storage_mb                    = var.storage_mb
  auto_grow_enabled             = true
  zone                          = var.zone
  delegated_subnet_id           = var.subnet_id
  private_dns_zone_id           = azurerm_private_dns_zone.postgres.id
  public_network_access_enabled = false
  administrator_login           = var.administrator_login
  administrator_password        = random_password.administrator.result
  backup_retention_days         = var.backup_retention_days
  geo_redundant_backup_enabled  = var.geo_redundant_backup_enabled
  tags                          = var.tags

  authentication {
    password_auth_enabled         = true
    active_directory_auth_enabled = var.entra_administrator != null
    tenant_id                     = var.entra_administrator != null ? var.tenant_id : null
  }

  dynamic "high_availability" {
    for_each = var.zone_redundant_ha ? [true] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = var.standby_zone
    }
  }

  # Sunday night, when reminders are fewest.
  maintenance_window {
    day_of_week  = 0
    start_hour   = 2
    start_minute = 0
  }

  lifecycle {
    prevent_destroy = true
    # A failover swaps the primary's and the standby's zones.
    ignore_changes = [zone, high_availability[0].standby_availability_zone]

    precondition {
      condition     = !(var.zone_redundant_ha && startswith(var.sku_name, "B_"))
      error_message = "Zone-redundant HA needs General Purpose or Memory Optimized (GP_/MO_), not Burstable."
    }
  }

  depends_on = [azurerm_private_dns_zone_virtual_network_link.postgres]
}

resource "azurerm_postgresql_flexible_server_database" "todo" {
  name      = var.database_name
  server_id = azurerm_postgresql_flexible_server.this.id
  charset   = "UTF8"
  collation = "en_US.utf8"

  lifecycle {
    prevent_destroy = true
  }
}

# Server parameters the checks of a hardened server look for: TLS 1.2 or newer only, connections logged.
resource "azurerm_postgresql_flexible_server_configuration" "settings" {
  for_each = {
    "require_secure_transport" = "on"
    "ssl_min_protocol_version" = "TLSv1.2"
    "log_connections"          = "on"
    "log_disconnections"       = "on"
    "log_checkpoints"          = "on"
  }
  name      = each.key
  server_id = azurerm_postgresql_flexible_server.this.id
  value     = each.value
}

resource "azurerm_postgresql_flexible_server_active_directory_administrator" "entra" {
  count               = var.entra_administrator == null ? 0 : 1
  server_name         = azurerm_postgresql_flexible_server.this.name
  resource_group_name = var.resource_group_name
  tenant_id           = var.tenant_id
  object_id           = var.entra_administrator.object_id
  principal_name      = var.entra_administrator.principal_name
  principal_type      = var.entra_administrator.principal_type
}

resource "azurerm_monitor_diagnostic_setting" "postgres" {
  name                       = "${var.name}-diagnostics"
  target_resource_id         = azurerm_postgresql_flexible_server.this.id
  log_analytics_workspace_id = var.log_analytics_workspace_id

  # The server's log (connections, errors, checkpoints: the parameters above).
  enabled_log {
    category = "PostgreSQLLogs"
  }
}
