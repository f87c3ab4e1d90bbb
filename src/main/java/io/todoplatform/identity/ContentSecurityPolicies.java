package io.todoplatform.identity;

import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The {@code Content-Security-Policy} of every response: nothing may load, run, frame the
 * page or be posted anywhere but back here. Our own pages (the snooze page, error pages)
 * need nothing else; JSON needs no policy but loses nothing by one. Only the API browser
 * (Swagger UI) loads its own scripts, styles and images and fetches the API document, all
 * from this origin.
 */
final class ContentSecurityPolicies implements ServerHttpHeadersWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String PAGES = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Pages that run scripts and styles, all from this origin: the API browser and the
	 * web UI. No inline script or style, no eval.
	 */
	static final String SCRIPTED_PAGES = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * {@link #SCRIPTED_PAGES} whose forms may also lead to this origin: a form's answer
	 * that redirects elsewhere is blocked by {@code form-action 'self'} (signing out at
	 * an OIDC issuer is one).
	 */
	static String scriptedPagesPostingTo(String origin) {
		return SCRIPTED_PAGES.replace("form-action 'self'", "form-action 'self' " + origin);
	}

	private static final PathPattern SWAGGER_UI = PathPatternParser.defaultInstance.parse("/webjars/swagger-ui/**");

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		var path = exchange.getRequest().getPath().pathWithinApplication();
		exchange.getResponse().getHeaders().set(HEADER, SWAGGER_UI.matches(path) ? SCRIPTED_PAGES : PAGES);
		return Mono.empty();
	}

}
