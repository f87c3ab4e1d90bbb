package io.todoplatform.notifications.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The properties as Boot binds them from {@code todo.notifications.fcm.*}. */
class FcmPropertiesUnitTests {

	@Test
	void byDefaultPushGoesToGoogleButIsOffUntilAProjectAndAKeyAreSet() {
		var fcm = bind(Map.of());

		assertThat(fcm.endpoint()).isEqualTo(URI.create("https://fcm.googleapis.com"));
		assertThat(fcm.configured()).isFalse();
	}

	@Test
	void messagesAreSentToTheProjectsEndpoint(@TempDir Path dir) throws IOException {
		var key = Files.writeString(dir.resolve("key.json"), "{}");

		var fcm = bind(Map.of("project-id", "todo-platform-test", "credentials-file", key.toString()));

		assertThat(fcm.configured()).isTrue();
		assertThat(fcm.messages())
			.isEqualTo(URI.create("https://fcm.googleapis.com/v1/projects/todo-platform-test/messages:send"));
		var proxied = bind(Map.of("endpoint", "http://127.0.0.1:8085/fcm/", "project-id", "todo-platform-test"));
		assertThat(proxied.messages())
			.isEqualTo(URI.create("http://127.0.0.1:8085/fcm/v1/projects/todo-platform-test/messages:send"));
	}

	@Test
	void blankValuesAsFromEmptyEnvironmentVariablesLeavePushOff() {
		var fcm = bind(Map.of("project-id", " ", "credentials-file", ""));

		assertThat(fcm.projectId()).isNull();
		assertThat(fcm.credentialsFile()).isNull();
		assertThat(fcm.configured()).isFalse();
	}

	@Test
	void anEndpointThatIsNotAnAbsoluteHttpUriStopsTheStart() {
		for (var endpoint : List.of("fcm.googleapis.com", "/fcm", "ftp://fcm.example", "https://fcm.example?x=1")) {
			assertThatThrownBy(() -> bind(Map.of("endpoint", endpoint))).isInstanceOf(BindException.class)
				.rootCause()
				.hasMessage("todo.notifications.fcm.endpoint must be an absolute http(s) URI without a query, not "
						+ endpoint);
		}
	}

	@Test
	void aProjectIdThatIsNotOneOrAKeyFileThatIsNotThereStopsTheStart() {
		assertThatThrownBy(() -> bind(Map.of("project-id", "todo/../other"))).rootCause()
			.hasMessageContaining("todo.notifications.fcm.project-id is not a Firebase project id");
		assertThatThrownBy(() -> bind(Map.of("credentials-file", "/nowhere/key.json"))).rootCause()
			.hasMessageContaining("todo.notifications.fcm.credentials-file: cannot read /nowhere/key.json");
	}

	private static FcmProperties bind(Map<String, String> properties) {
		var source = new MapConfigurationPropertySource();
		properties.forEach((name, value) -> source.put("todo.notifications.fcm." + name, value));
		return new Binder(source).bindOrCreate("todo.notifications.fcm", FcmProperties.class);
	}

}
