package io.todoplatform;

import java.net.URI;
import java.util.UUID;

import io.todoplatform.problems.UnsafeText;
import io.todoplatform.problems.UnsafeTextException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON input is read as written: a number is not a string, a string is not a number, a
 * boolean is neither. Values that JSON can only write as strings (text, instants, dates,
 * durations, enum constants, ids) must come as strings, not as numbers (an epoch second),
 * arrays ({@code [2026, 12, 1]}) or booleans, and no string may hold {@link UnsafeText}.
 * Together with {@code fail-on-unknown-properties} this makes a typo or a wrong type a
 * 400 instead of a silent surprise, for every body and every field at once.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer strictScalars() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.addModule(new SimpleModule("strict-json").setDeserializerModifier(new StringsOnly()));
	}

	/** Wraps the deserializers of the values that JSON writes as strings. */
	static final class StringsOnly extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			var type = bean.getBeanClass();
			boolean text = type == String.class || type == UUID.class || type == URI.class
					|| type.getPackageName().equals("java.time");
			return text ? new StringOnly(deserializer) : deserializer;
		}

		@Override
		public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
				BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
			return new StringOnly(deserializer);
		}

	}

	/**
	 * Takes a JSON string without unsafe text, and hands it to the deserializer of its
	 * type.
	 */
	static final class StringOnly extends DelegatingDeserializer {

		StringOnly(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new StringOnly(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			if (UnsafeText.in(parser.getString())) {
				throw new UnsafeTextException(parser, handledType());
			}
			return super.deserialize(parser, context);
		}

	}

}
