package io.todoplatform.limits;

import io.todoplatform.storage.InfrastructureSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LimitsSchema {

	@Bean
	InfrastructureSchema requestCountsSchema() {
		return new InfrastructureSchema("limits");
	}
}
