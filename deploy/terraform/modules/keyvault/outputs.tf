output "key_vault_id" {
  description = "ID of the vault (scope of the workload identities' role assignments)."
  value       = azurerm_key_vault.this.id
}

output "key_vault_name" {
  description = "Name of the vault: the chart's dapr.secretStore.vaultName."
  value       = azurerm_key_vault.this.name
}

output "key_vault_uri" {
  description = "URI of the vault's data plane."
  value       = azurerm_key_vault.this.vault_uri
}
