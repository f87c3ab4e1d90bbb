package io.todoplatform.support.contract;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * One request and the answer to it, as a client saw them on the wire.
 *
 * @param requestBody empty when the request had none
 * @param responseBody empty when the answer had none
 */
public record Exchange(HttpMethod method, URI uri, HttpHeaders requestHeaders, byte[] requestBody, int status,
		HttpHeaders responseHeaders, byte[] responseBody) {

	@Override
	public String toString() {
		return method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> "
				+ status;
	}
}
