package io.todoplatform.notifications.configuration;

import io.todoplatform.notifications.domain.Retention;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the module's settings here, in the module, rather than through the application's
 * properties scan: so a process whose profile chooses another module leaves them out with
 * the module's other beans (and does not fail on them). The use cases get only their part
 * (the retention, the delivery's backoff), as the channels get theirs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfiguration {

	@Bean
	Retention retention(NotificationProperties properties) {
		return properties.retention();
	}

	@Bean
	NotificationProperties.Delivery delivery(NotificationProperties properties) {
		return properties.delivery();
	}

	@Bean
	FcmProperties fcmProperties(NotificationProperties properties) {
		return properties.fcm();
	}

	@Bean
	WebhookProperties webhookProperties(NotificationProperties properties) {
		return properties.webhook();
	}

}
