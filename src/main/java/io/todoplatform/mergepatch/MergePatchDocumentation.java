package io.todoplatform.mergepatch;

import java.util.Set;

import io.swagger.v3.oas.models.media.JsonSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * A merge patch arrives as a {@link JsonNode}, which is no bean to describe: it stands
 * for any JSON object here, and each module describes its patches with
 * {@link MergePatchSchema}.
 */
@Configuration(proxyBeanMethods = false)
class MergePatchDocumentation {

	MergePatchDocumentation() {
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new JsonSchema().types(Set.of("object")));
	}

}
