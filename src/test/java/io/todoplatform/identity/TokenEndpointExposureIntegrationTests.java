package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Whether {@code POST /auth/token} exists, decided from where the server binds, and what
 * the start-up log says about it: the identity module's beans in a context of their own,
 * with the properties an operator would set.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenEndpointExposureIntegrationTests {

	private static final KeyPair KEY = LocalKey.generate();

	private final ApplicationContextRunner identity = new ApplicationContextRunner()
		.withBean(LocalTokens.class, () -> new LocalTokens(KEY, Clock.systemUTC()))
		.withUserConfiguration(TokenEndpoint.class, TokenEndpointNotice.class);

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0", "::", "192.0.2.10" })
	void onANonLoopbackAddressTheTokenEndpointDoesNotExistAndTheStartUpLogSaysWhy(String address, CapturedOutput log) {
		identity.withPropertyValues("server.address=" + address).run(context -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(TokenEndpoint.class);
			assertThat(log).contains("WARN")
				.contains("The local token endpoint POST /auth/token is off: the server binds " + address
						+ ", which is not a loopback address")
				.contains(LocalTokenEndpoint.ALLOW_NON_LOOPBACK);
		});
	}

	@Test
	void withoutAServerAddressTheServerBindsEveryInterfaceSoTheEndpointDoesNotExist(CapturedOutput log) {
		identity.withPropertyValues("server.address=").run(context -> {
			assertThat(context).doesNotHaveBean(TokenEndpoint.class);
			assertThat(log).contains("POST /auth/token is off: the server binds every interface");
		});
	}

	@Test
	void anExplicitPropertyExposesItOnANonLoopbackAddressWithAWarning(CapturedOutput log) {
		identity.withPropertyValues("server.address=0.0.0.0", LocalTokenEndpoint.ALLOW_NON_LOOPBACK + "=true")
			.run(context -> {
				assertThat(context).hasSingleBean(TokenEndpoint.class);
				assertThat(log).contains("WARN")
					.contains("POST /auth/token answers on 0.0.0.0, which is not a loopback " + "address")
					.contains("anyone who reaches it can sign in as any user");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.0.0.2", "::1", "localhost" })
	void onALoopbackAddressItExists(String address, CapturedOutput log) {
		identity.withPropertyValues("server.address=" + address).run(context -> {
			assertThat(context).hasSingleBean(TokenEndpoint.class);
			// Said at INFO, which another test's application may have silenced in this
			// JVM: no warning, at least.
			assertThat(log).doesNotContain("/auth/token is off").doesNotContain("anyone who reaches it");
		});
	}

	@Test
	void withAnOidcIssuerThereIsNeitherEndpointNorNotice(CapturedOutput log) {
		identity.withPropertyValues("server.address=127.0.0.1", LocalIssuer.ISSUER_URI + "=https://login.example.org/")
			.run(context -> {
				assertThat(context).doesNotHaveBean(TokenEndpoint.class).doesNotHaveBean(TokenEndpointNotice.class);
				assertThat(log).doesNotContain("/auth/token");
			});
	}

}
