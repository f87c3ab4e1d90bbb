package io.todoplatform.limits;

import io.todoplatform.storage.InfrastructureSchema;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The counts' schema, only where they are kept in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "todo.limits.store", havingValue = "postgresql")
class LimitsSchema {

	@Bean
	InfrastructureSchema requestCountsSchema() {
		return new InfrastructureSchema("limits");
	}

}
