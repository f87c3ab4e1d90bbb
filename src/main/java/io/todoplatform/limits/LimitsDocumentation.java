package io.todoplatform.limits;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.JsonSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;

/**
 * The 429 that every limited operation may answer ({@link RequestLimits}), with the
 * fields that say when to come again. Which operations are limited follows the configured
 * paths, as the limits themselves do.
 */
@Component
class LimitsDocumentation implements OpenApiCustomizer {

	private static final String TOO_MANY = "TooManyRequests";

	private final Limits limits;

	LimitsDocumentation(Limits limits) {
		this.limits = limits;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (!limits.enabled()) {
			return;
		}
		var api = ApiDocument.of(openApi);
		api.response(TOO_MANY, "More requests than the caller's limit allows in its window; nothing was done. "
				+ "violated-policies names the limit", JsonSchemas.ref(ApiDocument.PROBLEM));
		var answer = api.response(TOO_MANY);
		answer.addHeaderObject("Retry-After",
				new Header().required(true)
					.description("Seconds until the caller's next window")
					.schema(JsonSchemas.string().pattern("^[0-9]+$")));
		answer.addHeaderObject(Limit.STATE_HEADER,
				new Header().required(true)
					.description(
							"The limit's state (draft-ietf-httpapi-ratelimit-headers): \"per-user\";r=0;t=<seconds>")
					.schema(JsonSchemas.string()));
		answer.addHeaderObject(Limit.POLICY_HEADER,
				new Header().required(true)
					.description("The limit's quota and window: \"per-user\";q=100;w=60")
					.schema(JsonSchemas.string()));
		for (var operation : api.operations()) {
			var path = PathContainer.parsePath(operation.path());
			if (limits.perUser().covers(path) || limits.perAddress().covers(path)) {
				operation.answersWith(429, TOO_MANY);
			}
		}
	}

}
