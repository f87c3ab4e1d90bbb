package io.todoplatform.assistant.adapter.out.persistence;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssistantSchema {

	static final ModuleSchema SCHEMA = ModuleSchema.ofThisModule();

	static final String NAME = SCHEMA.name();

	@Bean
	ModuleSchema assistantModuleSchema() {
		return SCHEMA;
	}

}
