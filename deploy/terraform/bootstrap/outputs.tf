output "backend_config" {
  description = "The environments' backend \"azurerm\" settings (pass any that differ from versions.tf with -backend-config)."
  value = {
    resource_group_name  = azurerm_resource_group.state.name
    storage_account_name = module.state.storage_account_name
    container_name       = module.state.container_name
  }
}
