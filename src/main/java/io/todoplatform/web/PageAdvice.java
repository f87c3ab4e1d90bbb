package io.todoplatform.web;

import java.net.URI;

import io.todoplatform.client.ApiUnavailableException;
import io.todoplatform.identity.BrowserPages;
import io.todoplatform.identity.SignedIn;
import io.todoplatform.identity.SignedInUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every page needs: the CSRF token (forms get it as a hidden field, htmx sends it as
 * a header), who is signed in; and what a page shows when the session ended or the API
 * could not answer.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
class PageAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

	private final SignedInUsers users;

	PageAdvice(SignedInUsers users) {
		this.users = users;
	}

	/**
	 * WebFlux keeps the token as a Mono in an exchange attribute; resolved here, and put
	 * where Thymeleaf's {@code th:action} forms find it for their hidden field.
	 */
	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return token == null ? Mono.empty() : token.doOnNext(resolved -> exchange.getAttributes()
			.put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, resolved));
	}

	@ModelAttribute("user")
	Mono<String> user(ServerWebExchange exchange) {
		return users.current(exchange).map(SignedIn::name);
	}

	@ExceptionHandler(SignInAgain.class)
	Mono<Void> signIn(ServerWebExchange exchange) {
		var response = exchange.getResponse();
		if (exchange.getRequest().getHeaders().containsHeader("HX-Request")) {
			response.getHeaders().set("HX-Redirect", BrowserPages.SIGN_IN);
			response.setStatusCode(HttpStatus.UNAUTHORIZED);
		}
		else {
			response.setStatusCode(HttpStatus.SEE_OTHER);
			response.getHeaders().setLocation(URI.create(BrowserPages.SIGN_IN));
		}
		return response.setComplete();
	}

	/** The API is away, slow or failing: say so, and keep the details in the log. */
	@ExceptionHandler(ApiUnavailableException.class)
	String unavailable(ApiUnavailableException failure, ServerWebExchange exchange) {
		log.warn("A page could not be served: {}", failure.toString());
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
		if (Fragments.wanted(exchange)) {
			response.getHeaders().set("HX-Retarget", "#notices");
			response.getHeaders().set("HX-Reswap", "innerHTML");
			return "web/unavailable :: message";
		}
		return "web/unavailable";
	}

}
