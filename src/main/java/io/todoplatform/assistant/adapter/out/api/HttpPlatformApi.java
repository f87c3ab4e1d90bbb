package io.todoplatform.assistant.adapter.out.api;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.client.PublicApi;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The public API over HTTP, as any client calls it, with the caller's bearer token
 * ({@link PublicApi}).
 */
@Component
class HttpPlatformApi implements PlatformApi {

	private final PublicApi api;

	HttpPlatformApi(PublicApi api) {
		this.api = api;
	}

	@Override
	public Mono<ApiAnswer> send(Credentials who, ApiCall call) {
		return api.send(who.token(), call);
	}

}
