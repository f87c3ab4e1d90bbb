#!/usr/bin/env bash
# tofu-init.sh - `tofu init` of one composition for the Terraform workflow (.github/workflows/terraform.yml): the
# azurerm backend authenticates with the workflow's OIDC token (ARM_USE_OIDC, ARM_CLIENT_ID, ARM_TENANT_ID); where
# the state lives comes from the composition's backend block (its key names the environment), overridden by the
# TFSTATE_* variables when they are set (another resource group, account or container than the defaults). Plan and
# apply run the same init: one place to change.
#
# Usage: deploy/ci/tofu-init.sh <composition folder>
set -euo pipefail

dir="$1"
[[ -d "$dir" ]] || { echo "no composition at $dir" >&2; exit 1; }

settings=()
[[ -z "${TFSTATE_RESOURCE_GROUP:-}" ]] || settings+=(-backend-config="resource_group_name=$TFSTATE_RESOURCE_GROUP")
[[ -z "${TFSTATE_STORAGE_ACCOUNT:-}" ]] || settings+=(-backend-config="storage_account_name=$TFSTATE_STORAGE_ACCOUNT")
[[ -z "${TFSTATE_CONTAINER:-}" ]] || settings+=(-backend-config="container_name=$TFSTATE_CONTAINER")
tofu -chdir="$dir" init -input=false "${settings[@]}"
