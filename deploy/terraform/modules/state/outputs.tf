output "storage_account_name" {
  description = "The backend's storage_account_name."
  value       = azurerm_storage_account.state.name
}

output "container_name" {
  description = "The backend's container_name."
  value       = azurerm_storage_container.state.name
}
