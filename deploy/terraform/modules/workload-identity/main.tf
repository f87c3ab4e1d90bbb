# One user-assigned identity per app-id, federated with that app-id's ServiceAccount, so that its Dapr sidecar reads
# the secret store with no secret of its own. The service-accounts module names the ServiceAccounts as the chart does.

module "service_accounts" {
  source            = "../service-accounts"
  app_ids           = var.app_ids
  namespace         = var.namespace
  release_name      = var.release_name
  fullname_override = var.fullname_override
}

resource "azurerm_user_assigned_identity" "app" {
  for_each            = module.service_accounts.names
  name                = "${var.name}-${each.key}"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

resource "azurerm_federated_identity_credential" "app" {
  for_each                  = module.service_accounts.subjects
  name                      = "kubernetes-${var.namespace}-${module.service_accounts.names[each.key]}"
  user_assigned_identity_id = azurerm_user_assigned_identity.app[each.key].id
  issuer                    = var.oidc_issuer_url
  audience                  = ["api://AzureADTokenExchange"]
  subject                   = each.value
}

resource "azurerm_role_assignment" "secrets_user" {
  for_each             = module.service_accounts.names
  scope                = var.key_vault_id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.app[each.key].principal_id
  principal_type       = "ServicePrincipal"
}
