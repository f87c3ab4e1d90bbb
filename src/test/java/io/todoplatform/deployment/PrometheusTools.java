package io.todoplatform.deployment;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Prometheus and promtool from {@code deploy/monitoring/build-tools.sh}: built from the
 * Go module proxy into {@code ~/.cache/todo-platform} the first time, found there
 * afterwards. A build that fails fails the tests, with the script's log; nothing is
 * skipped.
 */
record PrometheusTools(Path prometheus, Path promtool) {

	private static final Duration BUILD = Duration.ofMinutes(45);

	private static PrometheusTools located;

	static synchronized PrometheusTools locate() {
		if (located == null) {
			var built = ToolScript.run("deploy/monitoring/build-tools.sh", BUILD);
			located = new PrometheusTools(built.executable("PROMETHEUS"), built.executable("PROMTOOL"));
		}
		return located;
	}

}
