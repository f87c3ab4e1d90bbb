package io.todoplatform.identity;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.JsonSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens {@link ApiSecurity} demands of every call under {@code /api/}, and
 * the 401 it answers without one; the other paths (the local token endpoint, the signed
 * snooze page) need no token.
 */
@Component
class ApiSecurityDocumentation implements OpenApiCustomizer {

	static final String SCHEME = "bearer";

	private static final String SECURED = "/api/";

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		openApi.getComponents()
			.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("A JWT from the configured OIDC issuer, or in the local mode from POST /auth/token; its "
						+ "subject owns the data"));
		api.response("Unauthenticated", "The bearer token is missing, malformed, expired or not from a trusted issuer",
				JsonSchemas.ref(ApiDocument.PROBLEM));
		api.response("Unauthenticated")
			.addHeaderObject("WWW-Authenticate", new Header().required(true)
				.description(
						"Bearer, with resource_metadata: the address of this server's OAuth protected resource metadata (RFC 9728), and error=\"invalid_token\" when a token was sent")
				.schema(JsonSchemas.string().pattern("^Bearer")));
		for (var operation : api.operations()) {
			if (operation.path().startsWith(SECURED)) {
				operation.securedBy(SCHEME).answersWith(401, "Unauthenticated");
			}
		}
	}

}
