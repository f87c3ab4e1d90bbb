output "groups" {
  description = "Alert rules per rule group name, each with alert, expression, for (ISO 8601), severity (0-4), labels and annotations."
  value       = local.groups
}
