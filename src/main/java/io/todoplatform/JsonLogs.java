package io.todoplatform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} switches the console to structured JSON logs (Elastic Common
 * Schema), one object a line, for log collectors in clusters. Runs before logging starts,
 * so even start-up lines are JSON.
 */
class JsonLogs implements EnvironmentPostProcessor {

	static final String SWITCH = "LOG_FORMAT";
	static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var format = environment.getProperty(SWITCH);
		if ("json".equalsIgnoreCase(format) && !environment.containsProperty(STRUCTURED_CONSOLE)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("jsonLogs", Map.of(STRUCTURED_CONSOLE, "ecs")));
		}
	}

}
