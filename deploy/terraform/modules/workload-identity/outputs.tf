output "client_ids" {
  description = "Client id per app-id: the chart's apps.<app-id>.workloadIdentityClientId."
  value       = { for app, identity in azurerm_user_assigned_identity.app : app => identity.client_id }
}

output "principal_ids" {
  description = "Principal (object) id per app-id, for further role assignments."
  value       = { for app, identity in azurerm_user_assigned_identity.app : app => identity.principal_id }
}

output "service_accounts" {
  description = "The ServiceAccount each identity is federated with, per app-id (system:serviceaccount:<namespace>:<name>)."
  value       = module.service_accounts.subjects
}
