output "all" {
  description = "Every topic and its -dlq twin, sorted."
  value       = local.all
}
