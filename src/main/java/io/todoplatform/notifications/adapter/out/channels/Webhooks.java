package io.todoplatform.notifications.adapter.out.channels;

import io.todoplatform.notifications.configuration.WebhookProperties;
import io.todoplatform.notifications.domain.WebhookRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules every webhook URL and address must pass (when saved and when called), and the
 * resolver that finds a host's addresses.
 */
@Configuration(proxyBeanMethods = false)
class Webhooks {

	private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

	@Bean
	WebhookRules webhookRules(WebhookProperties properties) {
		if (properties.development()) {
			log.warn("Webhooks may use plain http and loopback addresses (todo.notifications.webhook.development=true):"
					+ " for development only");
		}
		return new WebhookRules(properties.development());
	}

	@Bean
	HostResolver hostResolver() {
		return HostResolver.SYSTEM;
	}

}
