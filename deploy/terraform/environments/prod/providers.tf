provider "azurerm" {
  subscription_id     = var.subscription_id
  storage_use_azuread = true

  features {
    key_vault {
      # Purge protection is on: a destroyed vault stays recoverable, never purged by Terraform.
      purge_soft_delete_on_destroy = false
    }
    resource_group {
      prevent_deletion_if_contains_resources = true
    }
  }
}

# Credentials from REDPANDA_CLIENT_ID and REDPANDA_CLIENT_SECRET with kafka_mode = "redpanda-serverless". With
# external Kafka no Redpanda resource exists, yet Terraform configures every provider a module declares: a
# placeholder token lets it start without credentials, and nothing ever sends it.
provider "redpanda" {
  access_token = var.kafka_mode == "external" ? "unused-with-external-kafka" : null
}
