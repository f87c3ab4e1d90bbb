terraform {
  required_version = ">= 1.8"

  required_providers {
    redpanda = {
      source  = "redpanda-data/redpanda"
      version = ">= 2.0, < 3.0"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.6, < 4.0"
    }
  }
}
