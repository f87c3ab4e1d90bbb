# tflint for every composition and module (TerraformE2ETests runs it with --recursive from this folder).
# The terraform ruleset comes with tflint; "all" adds the rules beyond "recommended": documented and typed
# variables and outputs, naming, the standard module structure, unused declarations, pinned versions.
plugin "terraform" {
  enabled = true
  preset  = "all"
}

# The azurerm ruleset (invalid VM sizes, SKUs, names and the like), built from the Go module proxy by
# build-tools.sh into TFLINT_PLUGIN_DIR/<source>/<version>/, where tflint looks for an installed plugin.
plugin "azurerm" {
  enabled = true
  version = "0.32.0"
  source  = "github.com/terraform-linters/tflint-ruleset-azurerm"
}
