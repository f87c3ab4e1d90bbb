package io.todoplatform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * The page for something that is not there for this user: a bad id, someone else's, or
 * deleted. The API answers 404 alike for all three, and so does the page.
 */
public final class NotFound {

	public static final String VIEW = "web/not-found";

	private NotFound() {
	}

	public static String page(ServerWebExchange exchange) {
		exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
		return VIEW;
	}

}
