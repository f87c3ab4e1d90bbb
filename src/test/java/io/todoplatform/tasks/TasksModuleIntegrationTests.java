package io.todoplatform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.support.ModuleTest;
import io.todoplatform.support.RecordedEvents;
import io.todoplatform.tasks.application.port.in.ManageTasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.TaskDetails;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The tasks module on its own, with what it depends on: what its use cases publish to the
 * other modules.
 */
@ModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class TasksModuleIntegrationTests {

	private final ManageTasks manage;

	private final RecordedEvents events;

	TasksModuleIntegrationTests(ManageTasks manage, RecordedEvents events) {
		this.manage = manage;
		this.events = events;
	}

	@Test
	void completingATaskPublishesTaskCompletedAfterTaskCreated() {
		var owner = new Owner("module-" + UUID.randomUUID());
		var task = manage
			.create(owner, TaskDetails.of("Buy milk", null, null, null, null, null, null, null, ZoneOffset.UTC))
			.block();

		manage.complete(owner, task.id()).block();

		var published = events.awaitAbout(task.id().toString(), received -> received.size() == 2);
		assertThat(published).extracting(CloudEvent::type).containsExactly("task.created", "task.completed");
		assertThat(published).allSatisfy(event -> assertThat(event.partitionkey()).isEqualTo(owner.subject()));
		assertThat(published.get(1).data().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(published.get(1).data().get("version").asLong()).isEqualTo(1);
	}

}
