output "names" {
  description = "ServiceAccount name per app-id."
  value       = local.names
}

output "subjects" {
  description = "Federated credential subject per app-id: system:serviceaccount:<namespace>:<name>."
  value       = { for app, name in local.names : app => "system:serviceaccount:${var.namespace}:${name}" }
}
