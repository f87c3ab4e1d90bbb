package io.todoplatform.assistant.application.port.out;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import reactor.core.publisher.Mono;

/**
 * The platform's public API, called with the user's own token: the assistant never calls
 * another module's beans or reads its tables, so a tool can do exactly what the API lets
 * this user do, and no more.
 */
public interface PlatformApi {

	/**
	 * Sends one call. A refusal (4xx) is an answer, not an error; the Mono fails only
	 * when the API could not be reached or answered 5xx.
	 */
	Mono<ApiAnswer> send(Credentials who, ApiCall call);

}
