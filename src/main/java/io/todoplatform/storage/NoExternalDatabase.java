package io.todoplatform.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external database is configured, i.e. {@code spring.r2dbc.url} is unset
 * or empty.
 */
class NoExternalDatabase implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var url = context.getEnvironment().getProperty("spring.r2dbc.url");
		return url == null || url.isBlank();
	}

}
