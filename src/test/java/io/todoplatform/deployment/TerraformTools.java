package io.todoplatform.deployment;

import java.nio.file.Path;
import java.time.Duration;

/**
 * OpenTofu, tflint with the azurerm ruleset and checkov, from
 * {@code deploy/terraform/build-tools.sh}: built from the Go module proxy (checkov from
 * PyPI) into {@code ~/.cache/todo-platform} the first time (OpenTofu alone takes about 20
 * minutes on two busy cores), found there afterwards. A build that fails fails the tests,
 * with the script's log.
 */
record TerraformTools(Path tofu, Path tflint, Path tflintPluginDir, Path checkov) {

	private static final Duration BUILD = Duration.ofMinutes(45);

	private static TerraformTools located;

	static synchronized TerraformTools locate() {
		if (located == null) {
			var built = ToolScript.run("deploy/terraform/build-tools.sh", BUILD);
			located = new TerraformTools(built.executable("TOFU"), built.executable("TFLINT"),
					built.path("TFLINT_PLUGIN_DIR"), built.executable("CHECKOV"));
		}
		return located;
	}

}
