package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.todoplatform.support.Api;
import io.todoplatform.support.ModuleProcess;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A module process of the distributed mode has routes only its sidecar may call: it does
 * not start unless a token proves the sidecar, or loopback development is asked for
 * explicitly on a loopback address.
 */
class SidecarTokenIntegrationTests {

	@Test
	void aModuleProcessWithoutATokenRefusesToStartAndSaysWhatToSet() {
		assertThatThrownBy(() -> ModuleProcess.start("recurrence")).rootCause()
			.hasMessageContaining("TODO_EVENTS_DAPR_APP_API_TOKEN")
			.hasMessageContaining("todo.events.dapr.allow-unauthenticated-sidecar=true");
	}

	@Test
	void loopbackDevelopmentWithoutATokenIsRefusedWhenTheServerBindsEveryAddress() {
		assertThatThrownBy(() -> ModuleProcess.start("recurrence",
				"todo.events.dapr.allow-unauthenticated-sidecar=true", "server.address=0.0.0.0"))
			.rootCause()
			.hasMessageContaining("loopback development only")
			.hasMessageContaining("0.0.0.0");
	}

	@Test
	void loopbackDevelopmentWithoutATokenIsAllowedWhenAskedForOnLoopback() {
		try (var context = ModuleProcess.start("recurrence", "todo.events.dapr.allow-unauthenticated-sidecar=true",
				"server.address=127.0.0.1")) {

			deliverNonsense(Api.of(context).web(), null).expectStatus().isOk();
		}
	}

	@Test
	void theTokenTheDaprInjectorSetsAsAppApiTokenIsUsedWhenNoOtherIsGiven() {
		try (var context = ModuleProcess.start("recurrence", "APP_API_TOKEN=from-the-injector")) {
			var web = Api.of(context).web();

			deliverNonsense(web, null).expectStatus().isUnauthorized();
			deliverNonsense(web, ModuleProcess.TOKEN).expectStatus().isUnauthorized();
			deliverNonsense(web, "from-the-injector").expectStatus().isOk();
		}
	}

	/**
	 * Not a CloudEvent: once past the token, the app answers 200 and asks the sidecar to
	 * drop it.
	 */
	private static WebTestClient.ResponseSpec deliverNonsense(WebTestClient web, String token) {
		return web.post()
			.uri("/events/task-operations")
			.contentType(MediaType.parseMediaType("application/cloudevents+json"))
			.headers(headers -> {
				if (token != null) {
					headers.set(DaprAppToken.HEADER, token);
				}
			})
			.bodyValue("{\"not\":\"an event\"}")
			.exchange();
	}

}
