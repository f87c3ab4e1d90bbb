package io.todoplatform.web;

import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.client.PublicApi;
import io.todoplatform.identity.SignedInUsers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public API, called for the user this page's session belongs to, with their own
 * token. Fails with {@link SignInAgain} when the session no longer yields a token, and as
 * {@link PublicApi} does when the API is away or fails (the page then says so).
 */
@Component
public class Api {

	private final PublicApi api;

	private final SignedInUsers users;

	Api(PublicApi api, SignedInUsers users) {
		this.api = api;
		this.users = users;
	}

	public Mono<ApiAnswer> send(ServerWebExchange exchange, ApiCall call) {
		return users.current(exchange)
			.switchIfEmpty(Mono.error(SignInAgain::new))
			.flatMap(user -> api.send(user.token(), call))
			.flatMap(answer -> answer.status() == 401 ? Mono.error(new SignInAgain()) : Mono.just(answer));
	}

}
