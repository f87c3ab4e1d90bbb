package io.todoplatform.storage;

import static org.assertj.core.api.Assertions.assertThatException;

import java.nio.file.Path;
import java.util.Map;

import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With no database configured the application runs its own PostgreSQL, whose data
 * outlives the process.
 */
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void tasksSurviveARestart() {
		String id;
		Api.User alice;
		try (var first = start()) {
			var api = Api.of(first);
			alice = api.newUser();
			id = api.createId(alice, Map.of("title", "Still here after a restart"));
		}

		try (var second = start()) {
			var api = Api.of(second);
			// Tokens are signed by a key that lives only as long as the process: sign in
			// again.
			var aliceAgain = api.signIn(alice.name());
			api.web()
				.get()
				.uri("/api/v1/tasks/{id}", id)
				.headers(aliceAgain)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo("Still here after a restart");
			api.web().get().uri("/api/v1/tasks").headers(alice).exchange().expectStatus().isUnauthorized();
		}
	}

	@Test
	void aSecondApplicationOnTheSameDataFolderIsRefusedWithAClearMessage() {
		try (var first = start()) {
			assertThatException().isThrownBy(this::start)
				.havingRootCause()
				.withMessageContaining("is in use by another running Todo Platform");
			Api.of(first).newUser();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--todo.storage.data-dir=" + dataDir);
	}

}
