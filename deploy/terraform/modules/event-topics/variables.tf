variable "topics" {
  description = "Topics of the Dapr pub/sub (docs/events.md, application.yaml todo.events.dapr.topics), without their dead-letter twins."
  type        = list(string)
  default     = ["task-operations", "task-modifications", "recurrence-operations", "alerts"]

  validation {
    condition     = alltrue([for topic in var.topics : can(regex("^[a-z][a-z0-9-]*$", topic)) && !endswith(topic, "-dlq")])
    error_message = "topics must be lowercase names without the -dlq suffix, which every topic gets as its twin."
  }
}
