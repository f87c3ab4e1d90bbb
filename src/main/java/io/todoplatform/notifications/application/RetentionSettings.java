package io.todoplatform.notifications.application;

import io.todoplatform.notifications.domain.Retention;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds {@code todo.notifications.retention.age} here rather than with {@code @ConfigurationProperties}: the
 * properties scan does not apply the module profiles' filter, and the other modules' processes have no use for it.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSettings {

	@Bean
	Retention retention(Environment environment) {
		return Binder.get(environment).bindOrCreate("todo.notifications.retention", Retention.class);
	}
}
