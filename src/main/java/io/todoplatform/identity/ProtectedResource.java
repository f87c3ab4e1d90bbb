package io.todoplatform.identity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728), as the MCP authorization spec asks of
 * an MCP server: it names the authorization server whose tokens this server takes (the
 * OIDC issuer, or the local issuer in the local mode), so that a client can find where to
 * get one. A 401 points at it ({@code WWW-Authenticate: Bearer resource_metadata="..."}).
 * Spring Security has this for servlets only, hence written here.
 * <p>
 * Two documents: {@code /.well-known/oauth-protected-resource/mcp} for the MCP endpoint
 * (the path-suffixed form MCP clients ask first), and
 * {@code /.well-known/oauth-protected-resource} for the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class ProtectedResource {

	static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

	static final String MCP = "/mcp";

	private final String issuer;

	private final @Nullable URI publicUrl;

	ProtectedResource(@Value("${" + LocalIssuer.ISSUER_URI + ":}") String configuredIssuer,
			IdentityProperties properties) {
		this.issuer = configuredIssuer.isBlank() ? LocalTokens.ISSUER : configuredIssuer;
		this.publicUrl = properties.publicUrl();
	}

	@Bean
	RouterFunction<ServerResponse> protectedResourceMetadata() {
		return RouterFunctions.route()
			.GET(WELL_KNOWN + MCP,
					request -> ServerResponse.ok().bodyValue(metadata(request.exchange().getRequest(), MCP)))
			.GET(WELL_KNOWN, request -> ServerResponse.ok().bodyValue(metadata(request.exchange().getRequest(), "")))
			.build();
	}

	private Map<String, Object> metadata(ServerHttpRequest request, String resourcePath) {
		var metadata = new LinkedHashMap<String, Object>();
		var origin = origin(request);
		metadata.put("resource", origin + resourcePath);
		metadata.put("authorization_servers", List.of(issuer));
		metadata.put("bearer_methods_supported", List.of("header"));
		metadata.put("resource_name", "Todo Platform");
		metadata.put("resource_documentation", origin + "/swagger-ui.html");
		return metadata;
	}

	/**
	 * The {@code WWW-Authenticate} value of a 401: the metadata of the MCP endpoint for
	 * calls to it, of the API otherwise.
	 */
	String challenge(ServerHttpRequest request, boolean invalidToken) {
		var path = request.getPath().value();
		var document = path.equals(MCP) || path.startsWith(MCP + "/") ? WELL_KNOWN + MCP : WELL_KNOWN;
		return "Bearer resource_metadata=\"" + origin(request) + document + "\""
				+ (invalidToken ? ", error=\"invalid_token\"" : "");
	}

	/**
	 * Scheme, host and port: of the public URL when one is configured (behind an Ingress
	 * that ends TLS, the request's own say http), else as the client sent them.
	 */
	private String origin(ServerHttpRequest request) {
		var uri = publicUrl == null ? request.getURI() : publicUrl;
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
