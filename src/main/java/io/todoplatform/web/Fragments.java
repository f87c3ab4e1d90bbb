package io.todoplatform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whether a request wants a fragment of a page (htmx updating part of it) or the whole
 * page (a first visit, a reload, a shared link, or htmx restoring history on the back
 * button). Both come from one URL, so the answer varies on {@code HX-Request}.
 */
public final class Fragments {

	private Fragments() {
	}

	public static boolean wanted(ServerWebExchange exchange) {
		var headers = exchange.getRequest().getHeaders();
		exchange.getResponse().getHeaders().add(HttpHeaders.VARY, "HX-Request");
		return headers.containsHeader("HX-Request") && !headers.containsHeader("HX-History-Restore-Request");
	}

}
