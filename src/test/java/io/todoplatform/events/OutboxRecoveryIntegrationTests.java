package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import io.todoplatform.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A change committed but not delivered when the application stopped is delivered when it starts again.
 */
class OutboxRecoveryIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void anUndeliveredEventIsDeliveredAfterARestart() {
		String id;
		try (var first = start()) {
			// Delivery keeps failing in this run: the event stays in the outbox, as if the process died after commit.
			first.getBean(RecordedEvents.class).failNext(Integer.MAX_VALUE);
			var api = Api.of(first);
			id = api.createId(api.newUser(), Map.of("title", "Committed, not yet delivered"));
			assertThat(first.getBean(RecordedEvents.class).about(id)).isEmpty();
		}

		try (var second = start()) {
			var delivered = second.getBean(RecordedEvents.class).awaitAbout(id, list -> !list.isEmpty());

			assertThat(delivered).extracting(CloudEvent::type).containsExactly("task.created");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TodoPlatform.class, RecordedEvents.class)
			.run("--server.port=0", "--todo.storage.data-dir=" + dataDir, "--todo.events.retry.first=50ms");
	}
}
