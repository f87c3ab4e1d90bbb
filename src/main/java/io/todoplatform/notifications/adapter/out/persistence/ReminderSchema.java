package io.todoplatform.notifications.adapter.out.persistence;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReminderSchema {

	static final String NAME = "notifications";

	@Bean
	ModuleSchema notificationsSchema() {
		return new ModuleSchema(NAME);
	}
}
