package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import reactor.test.StepVerifier;

/**
 * A controller that takes a {@link Caller} gets the one of the request's verified token,
 * and nothing else.
 */
class CallerArgumentsUnitTests {

	final CallerArguments.CallerResolver resolver = new CallerArguments.CallerResolver();

	final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/tasks"));

	@SuppressWarnings("unused")
	void handler(Caller caller, String other) {
	}

	@Test
	void aCallerArgumentIsTheTokensSubjectInItsZone() throws Exception {
		var parameter = parameter(0);
		var token = new JwtAuthenticationToken(CallerUnitTests.token("Europe/Berlin"));

		var resolved = resolver.resolveArgument(parameter, new BindingContext(), exchange)
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(token));

		assertThat(resolver.supportsParameter(parameter)).isTrue();
		StepVerifier.create(resolved).expectNext(new Caller("alice", ZoneId.of("Europe/Berlin"))).verifyComplete();
	}

	@Test
	void otherArgumentsAreNotTheCallers() throws Exception {
		assertThat(resolver.supportsParameter(parameter(1))).isFalse();
	}

	@Test
	void withoutATokenThereIsNoCaller() throws Exception {
		var withoutToken = resolver.resolveArgument(parameter(0), new BindingContext(), exchange);
		var withSomethingElse = resolver.resolveArgument(parameter(0), new BindingContext(), exchange)
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(new TestingAuthenticationToken("bob", "")));

		StepVerifier.create(withoutToken).verifyError(IllegalStateException.class);
		StepVerifier.create(withSomethingElse).verifyError(IllegalStateException.class);
	}

	private MethodParameter parameter(int index) throws NoSuchMethodException {
		return new MethodParameter(getClass().getDeclaredMethod("handler", Caller.class, String.class), index);
	}

}
