terraform {
  # Terraform 1.9+ and OpenTofu 1.8+. Local state: this composition makes the remote state's storage; keep its
  # terraform.tfstate safe (or migrate it into the new container with a backend block and tofu init -migrate-state).
  required_version = ">= 1.8"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.65"
    }
  }
}
