terraform {
  # No provider: a pure function of the chart's naming, which TerraformE2ETests runs with tofu against helm template.
  required_version = ">= 1.8"
}
