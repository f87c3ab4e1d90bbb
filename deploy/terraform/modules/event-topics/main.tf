# Every topic with its dead-letter twin <topic>-dlq (ADR 0010): consumers send there what they cannot process, and
# notifications publishes alert.failed to alerts-dlq directly.

locals {
  all = sort(distinct(flatten([for topic in var.topics : [topic, "${topic}-dlq"]])))
}
