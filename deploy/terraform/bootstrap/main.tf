# Run once per subscription, before any environment: the storage of the environments' remote state.

resource "azurerm_resource_group" "state" {
  name     = var.resource_group_name
  location = var.location
  tags     = { application = "todo-platform", environment = "shared" }
}

module "state" {
  source                  = "../modules/state"
  storage_account_name    = var.storage_account_name
  resource_group_name     = azurerm_resource_group.state.name
  location                = var.location
  allowed_ip_ranges       = var.allowed_ip_ranges
  state_writer_object_ids = var.state_writer_object_ids
  tags                    = azurerm_resource_group.state.tags
}
