# The Container Registry the pipelines push the image to and the nodes pull from, with the kubelet identity's
# AcrPull: no admin user, no anonymous pull, Entra ID tokens only.

locals {
  premium = var.sku == "Premium"
}

resource "azurerm_container_registry" "this" {
  name                          = var.name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  sku                           = var.sku
  admin_enabled                 = false
  anonymous_pull_enabled        = false
  public_network_access_enabled = true
  network_rule_bypass_option    = "AzureServices"
  zone_redundancy_enabled       = local.premium
  data_endpoint_enabled         = local.premium
  retention_policy_in_days      = local.premium ? 30 : null
  tags                          = var.tags

  # Premium: deny the internet except the listed addresses; the nodes come through the private endpoint.
  dynamic "network_rule_set" {
    for_each = local.premium ? [true] : []
    content {
      default_action = "Deny"
      dynamic "ip_rule" {
        for_each = var.allowed_ip_ranges
        content {
          action   = "Allow"
          ip_range = ip_rule.value
        }
      }
    }
  }

  lifecycle {
    precondition {
      condition     = local.premium || (var.private_endpoint == null && length(var.allowed_ip_ranges) == 0)
      error_message = "A private endpoint and IP rules need the Premium SKU."
    }
  }
}

resource "azurerm_role_assignment" "kubelet_pull" {
  scope                = azurerm_container_registry.this.id
  role_definition_name = "AcrPull"
  principal_id         = var.kubelet_object_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_private_dns_zone" "registry" {
  count               = var.private_endpoint == null ? 0 : 1
  name                = "privatelink.azurecr.io"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "registry" {
  count                 = var.private_endpoint == null ? 0 : 1
  name                  = "${var.name}-registry"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.registry[0].name
  virtual_network_id    = var.private_endpoint.virtual_network_id
  tags                  = var.tags
}

resource "azurerm_private_endpoint" "registry" {
  count               = var.private_endpoint == null ? 0 : 1
  name                = "${var.name}-registry-pe"
  resource_group_name = var.resource_group_name
  location            = var.location
  subnet_id           = var.private_endpoint.subnet_id
  tags                = var.tags

  private_service_connection {
    name                           = "registry"
    private_connection_resource_id = azurerm_container_registry.this.id
    subresource_names              = ["registry"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "registry"
    private_dns_zone_ids = [azurerm_private_dns_zone.registry[0].id]
  }
}

resource "azurerm_monitor_diagnostic_setting" "registry" {
  name                       = "${var.name}-diagnostics"
  target_resource_id         = azurerm_container_registry.this.id
  log_analytics_workspace_id = var.log_analytics_workspace_id

  enabled_log {
    category_group = "audit"
  }
}
