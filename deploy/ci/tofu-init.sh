#!/usr/bin/env bash
# tofu-init.sh - `tofu init` of one composition for the Terraform workflow (.github/workflows/terraform.yml): the
# azurerm backend authenticates with the workflow's OIDC token (ARM_USE_OIDC, ARM_CLIENT_ID, ARM_TENANT_ID); where
# the state lives comes from the backend block, or from the TFSTATE_* variables when they are set (partial backend
# configuration), each environment with a key of its own. Plan and apply run the same init: one place to change.
#
# Usage: deploy/ci/tofu-init.sh <composition folder> <environment>
set -euo pipefail

dir="$1"
environment="$2"
[[ -d "$dir" ]] || { echo "no composition at $dir" >&2; exit 1; }

settings=()
[[ -z "${TFSTATE_RESOURCE_GROUP:-}" ]] || settings+=(-backend-config="resource_group_name=$TFSTATE_RESOURCE_GROUP")
[[ -z "${TFSTATE_STORAGE_ACCOUNT:-}" ]] || settings+=(-backend-config="storage_account_name=$TFSTATE_STORAGE_ACCOUNT")
if [[ -n "${TFSTATE_CONTAINER:-}" ]]; then
  settings+=(-backend-config="container_name=$TFSTATE_CONTAINER" -backend-config="key=todo-platform-$environment.tfstate")
fi
tofu -chdir="$dir" init -input=false "${settings[@]}"
