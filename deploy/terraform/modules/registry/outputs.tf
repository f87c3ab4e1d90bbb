output "registry_id" {
  description = "ID of the registry (the pipelines' identity needs AcrPush on it)."
  value       = azurerm_container_registry.this.id
}

output "login_server" {
  description = "Login server, e.g. todoplatform.azurecr.io: the chart's image.repository is <login_server>/todo-platform."
  value       = azurerm_container_registry.this.login_server
}
