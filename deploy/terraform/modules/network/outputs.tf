output "virtual_network_id" {
  description = "ID of the virtual network (private DNS zones link to it)."
  value       = azurerm_virtual_network.this.id
}

output "node_subnet_id" {
  description = "ID of the AKS nodes' subnet."
  value       = azurerm_subnet.nodes.id
}

output "postgres_subnet_id" {
  description = "ID of the subnet delegated to the PostgreSQL Flexible Server."
  value       = azurerm_subnet.postgres.id
}

output "postgres_subnet_prefix" {
  description = "CIDR of the PostgreSQL subnet: the chart's networkPolicy.postgresql ipBlock."
  value       = var.postgres_subnet_prefix
}

output "endpoint_subnet_id" {
  description = "ID of the private endpoints' subnet."
  value       = azurerm_subnet.endpoints.id
}
