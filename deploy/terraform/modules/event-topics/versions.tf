terraform {
  # No provider: the topic list, which TerraformE2ETests runs with tofu against application.yaml.
  required_version = ">= 1.8"
}
