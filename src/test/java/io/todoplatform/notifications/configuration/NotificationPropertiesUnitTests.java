package io.todoplatform.notifications.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.todoplatform.notifications.domain.Retention;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The module's settings bind with the defaults the properties always had, and a bad value
 * stops the start naming it.
 */
class NotificationPropertiesUnitTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(NotificationsConfiguration.class)
		.withPropertyValues("todo.notifications.public-url=http://127.0.0.1:8080");

	@Test
	void whatIsNotSetTakesItsDefault() {
		context.run(started -> {
			var properties = started.getBean(NotificationProperties.class);
			assertThat(properties.linkSecret()).isEmpty();
			assertThat(properties.email().from()).isEqualTo("Todo Platform <reminders@localhost>");
			assertThat(properties.delivery().firstBackoff()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.inProcess())
				.isEqualTo(new NotificationProperties.Retries(Duration.ofSeconds(10), 60));
			assertThat(properties.dapr())
				.isEqualTo(new NotificationProperties.Jobs(Duration.ofSeconds(10), 60, Duration.ofSeconds(5)));
			assertThat(started.getBean(Retention.class)).isEqualTo(new Retention(Retention.DEFAULT));
			assertThat(properties.webhook().timeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.fcm().projectId()).isNull();
		});
	}

	@Test
	void environmentVariablesBindAsTheDeploymentsSpellThem() {
		var variables = Map.<String, Object>of("TODO_NOTIFICATIONS_DELIVERY_FIRST_BACKOFF", "50ms",
				"TODO_NOTIFICATIONS_DAPR_RETRY_INTERVAL", "2s", "TODO_NOTIFICATIONS_WEBHOOK_DEVELOPMENT", "true");
		context
			.withInitializer(started -> started.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
			.run(started -> {
				var properties = started.getBean(NotificationProperties.class);
				assertThat(properties.delivery().firstBackoff()).isEqualTo(Duration.ofMillis(50));
				assertThat(properties.dapr().retryInterval()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.webhook().development()).isTrue();
			});
	}

	@Test
	void aValueThatIsNotOfItsTypeStopsTheStartNamingTheSetting() {
		context.withPropertyValues("todo.notifications.delivery.first-backoff=soon").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).hasStackTraceContaining("todo.notifications.delivery.first-backoff")
				.hasStackTraceContaining("soon");
		});
	}

	@Test
	void aValueTheModuleRefusesStopsTheStartSayingWhy() {
		context.withPropertyValues("todo.notifications.retention.age=PT1H").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("todo.notifications.retention.age must be at least PT24H");
		});
	}

	@Test
	void withoutThePublicUrlTheModuleDoesNotStart() {
		new ApplicationContextRunner().withUserConfiguration(NotificationsConfiguration.class).run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("todo.notifications.public-url");
		});
	}

}
