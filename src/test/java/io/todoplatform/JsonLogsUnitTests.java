package io.todoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class JsonLogsUnitTests {

	@Test
	void logFormatJsonSwitchesTheConsoleToStructuredLogs() {
		assertThat(structuredFormat(Map.of("LOG_FORMAT", "json"))).isEqualTo("ecs");
	}

	@Test
	void withoutItLogsStayPlainAndAnExplicitChoiceWins() {
		assertThat(structuredFormat(Map.of())).isNull();
		assertThat(structuredFormat(Map.of("LOG_FORMAT", "text"))).isNull();
		assertThat(structuredFormat(Map.of("LOG_FORMAT", "json", JsonLogs.STRUCTURED_CONSOLE, "logstash")))
			.isEqualTo("logstash");
	}

	private static String structuredFormat(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new JsonLogs().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(JsonLogs.STRUCTURED_CONSOLE);
	}

}
