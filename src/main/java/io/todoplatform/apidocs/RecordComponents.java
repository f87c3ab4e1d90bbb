package io.todoplatform.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Says in the document what the records of the web adapters say in Java, so that the two
 * cannot disagree. Nullness, from JSpecify:
 * <ul>
 * <li>a component not marked {@code @Nullable} is never null, and always in the
 * JSON;</li>
 * <li>a {@code @Nullable} one may be null, or, in a record that omits nulls
 * ({@code @JsonInclude(NON_NULL)}), be absent; in a record written whole
 * ({@code @JsonInclude(ALWAYS)}, the responses) it is always there, maybe null;</li>
 * <li>a {@code @Nullable} request field that the adapter requires itself
 * ({@code @Schema(requiredMode = REQUIRED)}) must be there and not null.</li>
 * </ul>
 * No other property: requests are read strictly, answers written from the components.
 * Instants with the offsets java.time reads. And text the server trims before checking
 * its length ({@link TrimmedLength}).
 */
@Component
class RecordComponents implements ModelConverter {

	private static final String REF_PREFIX = "#/components/schemas/";

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		var record = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
		if (schema == null || record == null || !record.isRecord()) {
			return schema;
		}
		var model = schema.get$ref() == null ? schema
				: context.getDefinedModels().get(schema.get$ref().substring(REF_PREFIX.length()));
		if (model != null && model.getProperties() != null) {
			describe(record, model);
		}
		return schema;
	}

	private static void describe(Class<?> record, Schema<?> model) {
		var include = record.getAnnotation(JsonInclude.class);
		var written = include == null ? JsonInclude.Include.USE_DEFAULTS : include.value();
		var required = model.getRequired() == null ? new ArrayList<String>() : new ArrayList<>(model.getRequired());
		for (var component : record.getRecordComponents()) {
			var name = jsonName(component);
			var property = model.getProperties().get(name);
			if (property == null) {
				continue;
			}
			if (property.get$ref() != null) {
				// A reference stands alone: the generator adds the Java type's own
				// keywords beside it.
				property = new JsonSchema().$ref(property.get$ref()).description(property.getDescription());
				model.getProperties().put(name, property);
			}
			var trimmed = component.getAccessor().getAnnotation(TrimmedLength.class);
			if (trimmed != null) {
				var rule = JsonSchemas.trimmed(trimmed.max());
				property.types(rule.getTypes()).minLength(rule.getMinLength()).pattern(rule.getPattern());
			}
			if ("date-time".equals(property.getFormat()) && property.getPattern() == null) {
				property.pattern(JsonSchemas.INSTANT_OFFSET);
			}
			var nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			var requiredByAdapter = required.contains(name);
			if (!nullable || written == JsonInclude.Include.ALWAYS) {
				required.add(name);
			}
			if (nullable && !requiredByAdapter && written != JsonInclude.Include.NON_NULL) {
				model.getProperties().put(name, JsonSchemas.orNull(property));
			}
		}
		model.setRequired(required.stream().distinct().toList());
		// JSON is read strictly (an unknown field is a 400) and written from the
		// components alone.
		model.setAdditionalProperties(false);
	}

	private static String jsonName(RecordComponent component) {
		var renamed = component.getAccessor().getAnnotation(JsonProperty.class);
		return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
	}

}
