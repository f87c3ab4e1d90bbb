package io.todoplatform.events;

import io.todoplatform.events.dapr.DaprSettings;
import io.todoplatform.storage.SchemaExtension;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events module's settings, and the tables it adds to every module schema: an outbox,
 * an inbox and the record of the events handled.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventSettings.class)
class EventConfiguration {

	@Bean
	SchemaExtension outboxAndProcessedEvents() {
		return new SchemaExtension("events", "classpath:db/migration/events");
	}

	@Bean
	RetryPolicy retryPolicy(EventSettings settings) {
		return settings.retry();
	}

	@Bean
	DaprSettings daprSettings(EventSettings settings) {
		return settings.dapr();
	}

	@Bean
	SidecarTokenSettings sidecarTokenSettings(EventSettings settings) {
		return new SidecarTokenSettings(settings.dapr().appApiToken(), settings.dapr().allowUnauthenticatedSidecar());
	}

}
