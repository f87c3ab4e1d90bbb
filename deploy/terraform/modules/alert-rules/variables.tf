variable "rules_file" {
  description = "Prometheus rule file: groups → rules with alert, expr, for, labels, annotations (recording rules are left out)."
  type        = string

  validation {
    condition     = can(yamldecode(file(var.rules_file)).groups)
    error_message = "rules_file must be a Prometheus rule file with a top-level groups list."
  }
}

variable "runbook_base_url" {
  description = "Base URL the rules' relative runbook links (docs/runbooks/<alert>.md) are resolved against, e.g. the repository's https://github.com/<owner>/<repo>/blob/main; empty keeps them relative."
  type        = string
  default     = ""
}
