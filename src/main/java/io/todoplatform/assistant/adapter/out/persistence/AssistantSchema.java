package io.todoplatform.assistant.adapter.out.persistence;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

// Named apart from its bean: the module schema is "assistantSchema", as every module's is "<module>Schema".
@Configuration(value = "assistantSchemaConfiguration", proxyBeanMethods = false)
class AssistantSchema {

	static final ModuleSchema SCHEMA = ModuleSchema.ofThisModule().withoutEvents();

	static final String NAME = SCHEMA.name();

	@Bean
	ModuleSchema assistantSchema() {
		return SCHEMA;
	}

}
