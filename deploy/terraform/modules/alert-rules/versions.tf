terraform {
  # No provider: a pure translation, which TerraformE2ETests runs with tofu against the chart's rule file.
  required_version = ">= 1.8"
}
