package io.todoplatform.identity;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectedResourceUnitTests {

	private static final IdentityProperties.TokenEndpoint LOOPBACK = new IdentityProperties.TokenEndpoint(false);

	@Test
	void behindAnIngressThe401NamesThePublicAddressNotTheOneTheRequestCameTo() {
		var resource = new ProtectedResource("https://login.example.com/tenant/v2.0",
				new IdentityProperties(false, null, LOOPBACK, URI.create("https://todo.example.com")));
		var request = MockServerHttpRequest.post("http://10.0.0.7:8080/mcp").build();

		assertThat(resource.challenge(request, true)).isEqualTo(
				"Bearer resource_metadata=\"https://todo.example.com/.well-known/oauth-protected-resource/mcp\", "
						+ "error=\"invalid_token\"");
	}

	@Test
	void withoutAPublicAddressTheRequestsOwnIsUsedAndTheApiHasItsOwnDocument() {
		var resource = new ProtectedResource("", new IdentityProperties(true, null, LOOPBACK, null));
		var request = MockServerHttpRequest.get("http://127.0.0.1:8080/api/v1/tasks").build();

		assertThat(resource.challenge(request, false))
			.isEqualTo("Bearer resource_metadata=\"http://127.0.0.1:8080/.well-known/oauth-protected-resource\"");
	}

}
