# Kafka for the Dapr pub/sub "events": either a Redpanda Cloud Serverless cluster made here, with every topic of
# docs/events.md and its dead-letter twin, one SCRAM user and the ACLs the three app-ids need, or the connection to a
# broker you run. Either way the outputs are what the chart's dapr.kafka values take.

module "topics" {
  source = "../event-topics"
}

locals {
  serverless = var.mode == "redpanda-serverless"
  all_topics = toset(module.topics.all)
  api_url    = local.serverless ? redpanda_serverless_cluster.events[0].dataplane_api.url : null
  # The sidecars produce, consume and look topics up; they join their app-id's consumer group.
  topic_operations = toset(["READ", "WRITE", "DESCRIBE"])
  topic_acls       = { for pair in setproduct(local.all_topics, local.topic_operations) : "${pair[0]}/${pair[1]}" => { topic = pair[0], operation = pair[1] } if local.serverless }
  group_acls       = { for app in var.app_ids : app => app if local.serverless }
}

resource "redpanda_resource_group" "events" {
  count = local.serverless ? 1 : 0
  name  = var.name
}

resource "redpanda_serverless_cluster" "events" {
  count             = local.serverless ? 1 : 0
  name              = var.name
  resource_group_id = redpanda_resource_group.events[0].id
  serverless_region = var.serverless_region
}

resource "redpanda_topic" "events" {
  for_each           = local.serverless ? local.all_topics : toset([])
  name               = each.key
  partition_count    = var.partitions
  replication_factor = 3
  cluster_api_url    = local.api_url
  allow_deletion     = false
}

resource "random_password" "sasl" {
  count   = local.serverless ? 1 : 0
  length  = 32
  special = false
}

resource "redpanda_user" "sidecars" {
  count           = local.serverless ? 1 : 0
  name            = var.user_name
  password        = random_password.sasl[0].result
  mechanism       = "scram-sha-256"
  cluster_api_url = local.api_url
  allow_deletion  = true
}

resource "redpanda_acl" "topics" {
  for_each              = local.topic_acls
  resource_type         = "TOPIC"
  resource_name         = redpanda_topic.events[each.value.topic].name
  resource_pattern_type = "LITERAL"
  principal             = "User:${redpanda_user.sidecars[0].name}"
  host                  = "*"
  operation             = each.value.operation
  permission_type       = "ALLOW"
  cluster_api_url       = local.api_url
}

resource "redpanda_acl" "groups" {
  for_each              = local.group_acls
  resource_type         = "GROUP"
  resource_name         = each.value
  resource_pattern_type = "LITERAL"
  principal             = "User:${redpanda_user.sidecars[0].name}"
  host                  = "*"
  operation             = "READ"
  permission_type       = "ALLOW"
  cluster_api_url       = local.api_url
}
