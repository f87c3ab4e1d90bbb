output "cluster_id" {
  description = "ID of the AKS cluster."
  value       = azurerm_kubernetes_cluster.this.id
}

output "cluster_name" {
  description = "Name of the AKS cluster (az aks get-credentials --name)."
  value       = azurerm_kubernetes_cluster.this.name
}

output "oidc_issuer_url" {
  description = "The cluster's OIDC issuer: the issuer of the workload identities' federated credentials."
  value       = azurerm_kubernetes_cluster.this.oidc_issuer_url
}

output "kubelet_object_id" {
  description = "Object ID of the kubelet identity, which pulls images (AcrPull)."
  value       = azurerm_kubernetes_cluster.this.kubelet_identity[0].object_id
}
