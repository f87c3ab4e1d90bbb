# The ServiceAccount of each app-id as the chart names it (_helpers.tpl: todo.fullname, then todo.appName): the
# fullname is the override, else the release name when it contains the chart's name, else <release>-todo-platform,
# cut to 63 characters without a trailing hyphen; each app-id's account is <fullname>-<app-id>, cut the same way.

locals {
  release_fullname = strcontains(var.release_name, "todo-platform") ? var.release_name : "${var.release_name}-todo-platform"
  fullname         = trimsuffix(substr(coalesce(var.fullname_override, local.release_fullname), 0, 63), "-")
  names            = { for app in var.app_ids : app => trimsuffix(substr("${local.fullname}-${app}", 0, 63), "-") }
}
