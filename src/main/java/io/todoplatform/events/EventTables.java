package io.todoplatform.events;

import io.todoplatform.storage.SchemaExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every module schema gets an outbox and a record of the events it has handled. */
@Configuration(proxyBeanMethods = false)
class EventTables {

	@Bean
	SchemaExtension outboxAndProcessedEvents() {
		return new SchemaExtension("events", "classpath:db/migration/events");
	}
}
