package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The identity settings bind as the deployments write them, and a value of the wrong type
 * stops the start.
 */
class IdentityPropertiesUnitTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IdentityProperties.class)
	static class Settings {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void anEmptyKeyFileMeansANewKeyAtEachStart() {
		context.withPropertyValues("todo.identity.local-key-file=").run(started -> {
			var properties = started.getBean(IdentityProperties.class);
			assertThat(properties.localKeyFile()).isNull();
			assertThat(properties.localIssuer()).isTrue();
			assertThat(properties.tokenEndpoint().allowNonLoopback()).isFalse();
		});
		context.withPropertyValues("todo.identity.local-key-file=target/local.key")
			.run(started -> assertThat(started.getBean(IdentityProperties.class).localKeyFile())
				.isEqualTo(Path.of("target/local.key")));
	}

	@Test
	void aValueOfTheWrongTypeStopsTheStartNamingTheSetting() {
		context.withPropertyValues("todo.identity.token-endpoint.allow-non-loopback=perhaps").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure())
				.hasStackTraceContaining("todo.identity.token-endpoint.allow-non-loopback");
		});
	}

}
