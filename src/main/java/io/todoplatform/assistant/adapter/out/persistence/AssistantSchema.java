package io.todoplatform.assistant.adapter.out.persistence;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

// Named apart from its bean, which is named after the schema as every module's is.
@Configuration(value = "assistantSchemaConfiguration", proxyBeanMethods = false)
class AssistantSchema {

	static final ModuleSchema SCHEMA = ModuleSchema.ofThisModule();

	static final String NAME = SCHEMA.name();

	@Bean
	ModuleSchema assistantSchema() {
		return SCHEMA;
	}

}
