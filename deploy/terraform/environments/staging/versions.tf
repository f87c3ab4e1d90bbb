terraform {
  # Terraform 1.9+ and OpenTofu 1.8+ (nothing newer is used: no write-only arguments, no ephemeral resources).
  required_version = ">= 1.8"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.65"
    }
    redpanda = {
      source  = "redpanda-data/redpanda"
      version = "~> 2.0"
    }
  }

  # The state lives in the storage account of deploy/terraform/bootstrap; give its name with
  # -backend-config=storage_account_name=... when it is not the default.
  backend "azurerm" {
    resource_group_name  = "todo-platform-tfstate"
    storage_account_name = "todoplatformtfstate"
    container_name       = "tfstate"
    key                  = "staging.tfstate"
    use_azuread_auth     = true
  }
}
