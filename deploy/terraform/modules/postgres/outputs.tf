output "server_id" {
  description = "ID of the Flexible Server."
  value       = azurerm_postgresql_flexible_server.this.id
}

output "host" {
  description = "Host name the apps connect to on 5432: the chart's database.host."
  value       = azurerm_postgresql_flexible_server.this.fqdn
}

output "database_name" {
  description = "The database the chart's database.name names."
  value       = azurerm_postgresql_flexible_server_database.todo.name
}

output "administrator_login" {
  description = "Administrator user name."
  value       = azurerm_postgresql_flexible_server.this.administrator_login
}

output "administrator_password" {
  description = "Generated administrator password; put it (or a less privileged role's) into the chart's database Secret."
  value       = random_password.administrator.result
  sensitive   = true
}
