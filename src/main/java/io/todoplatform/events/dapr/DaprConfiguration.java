package io.todoplatform.events.dapr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topic table, checked at start-up in every mode: a mistake in it should not wait for
 * the distributed mode.
 */
@Configuration(proxyBeanMethods = false)
class DaprConfiguration {

	@Bean
	DaprTopics daprTopics(DaprSettings settings) {
		return new DaprTopics(settings.pubsub(), settings.topics());
	}

}
