package io.todoplatform.identity;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.todoplatform.apidocs.ApiDocument;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * {@link TokenEndpoint}, which exists only in the local mode, as is its description.
 */
@Component
@Conditional(LocalIssuer.class)
class TokenEndpointDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		ApiDocument.of(openApi)
			.operation(HttpMethod.POST, "/auth/token")
			.is("issueToken", "local token", "A token for a local user (the local mode only: no password)")
			.bodyExample(Map.of("username", "alice"))
			.succeeds(200, "A bearer token, valid for an hour")
			.problem(400, "The username is missing or not 1 to 64 characters of A-Z, a-z, 0-9 and ._@-");
	}

}
