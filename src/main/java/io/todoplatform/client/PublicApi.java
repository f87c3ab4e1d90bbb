package io.todoplatform.client;

import java.net.URI;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import io.todoplatform.events.DaprAppToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API over HTTP, as any client calls it, with the caller's bearer token. The
 * tasks API is this process's own (over loopback); in the distributed mode the recurrence
 * and notifications APIs are reached through the Dapr sidecar's service invocation, which
 * carries the call to the owning app-id over mTLS with its headers, the token included.
 */
@Component
@EnableConfigurationProperties(ClientSettings.class)
public class PublicApi implements ApplicationListener<WebServerInitializedEvent> {

	private static final String DAPR_TOKEN_HEADER = DaprAppToken.HEADER;

	private final WebClient web;

	private final ClientSettings settings;

	private final JsonMapper json;

	private final String host;

	private volatile int port;

	PublicApi(WebClient.Builder web, ClientSettings settings, JsonMapper json,
			@Value("${server.address:}") String address) {
		this.web = web.build();
		this.settings = settings;
		this.json = json;
		// A process bound to every address is reached on loopback; one bound to a single
		// address only there.
		this.host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1"
				: address.contains(":") ? "[" + address + "]" : address;
	}

	/**
	 * This process's API port, known once its server started (tests choose a random one).
	 */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
			port = event.getWebServer().getPort();
		}
	}

	/**
	 * Sends one call with this bearer token. A refusal (4xx) is an answer, not an error;
	 * the Mono fails only when the API could not be reached or answered 5xx.
	 */
	public Mono<ApiAnswer> send(String token, ApiCall call) {
		var viaDapr = settings.dapr() && call.service() != ApiCall.Service.TASKS;
		var request = web.method(call.method()).uri(URI.create(base(call, viaDapr) + call.path())).headers(headers -> {
			headers.setBearerAuth(token);
			headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
			var ifMatch = call.ifMatch();
			if (ifMatch != null) {
				headers.setIfMatch(ifMatch);
			}
			if (viaDapr && settings.daprApiToken() != null) {
				headers.set(DAPR_TOKEN_HEADER, settings.daprApiToken());
			}
		});
		var sent = call.body() == null ? request
				: request.contentType(MediaType.parseMediaType(call.contentType())).bodyValue(call.body());
		return sent.exchangeToMono(this::answer)
			.timeout(settings.timeout(),
					Mono.error(() -> new ApiUnavailableException(
							"The " + call.service().appId() + " API did not answer within " + settings.timeout())))
			.onErrorMap(WebClientRequestException.class,
					failure -> new ApiUnavailableException(
							"The " + call.service().appId() + " API could not be reached: " + failure.getMessage(),
							failure));
	}

	private String base(ApiCall call, boolean viaDapr) {
		return viaDapr ? settings.daprEndpoint() + "/v1.0/invoke/" + call.service().appId() + "/method"
				: "http://" + host + ":" + port;
	}

	private Mono<ApiAnswer> answer(ClientResponse response) {
		var status = response.statusCode().value();
		return response.bodyToMono(byte[].class)
			.map(bytes -> json.readValue(bytes, Object.class))
			.<ApiAnswer>map(body -> new ApiAnswer(status, body))
			.defaultIfEmpty(new ApiAnswer(status, null))
			.flatMap(answer -> status >= 500
					? Mono.error(new ApiUnavailableException(
							"The API answered " + status + ": " + answer.object().getOrDefault("detail", "no detail")))
					: Mono.just(answer));
	}

}
