package io.todoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.notifications.application.port.in.KeepRemindersInStep;
import io.todoplatform.notifications.application.port.in.KeepRemindersInStep.WantedReminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.RuleForm;
import io.todoplatform.notifications.domain.TaskSnapshot;
import io.todoplatform.support.ModuleTest;
import io.todoplatform.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The notifications module on its own, with what it depends on: what it publishes as a
 * task's reminder falls due.
 */
@ModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class NotificationsModuleIntegrationTests {

	private final KeepRemindersInStep follow;

	private final RecordedEvents events;

	private final Clock clock;

	NotificationsModuleIntegrationTests(KeepRemindersInStep follow, RecordedEvents events, Clock clock) {
		this.follow = follow;
		this.events = events;
		this.clock = clock;
	}

	@Test
	void aReminderDueNowIsScheduledArmedFromItsOwnEventAndReportedSent() {
		var taskId = UUID.randomUUID();
		var owner = "module-" + UUID.randomUUID();
		var now = clock.instant();
		var rule = new RuleForm.Before(Duration.ofMinutes(15));
		var task = new TaskSnapshot(taskId, owner, "Call the plumber", true, now.plus(Duration.ofMinutes(15)), false,
				ZoneOffset.UTC, 0, false);

		follow.taskChanged(task, List.of(new WantedReminder(rule, now))).block();

		var reminder = ReminderId.of(taskId, rule).toString();
		var published = events.awaitAbout(reminder, received -> received.size() == 2);
		assertThat(published).extracting(CloudEvent::type).containsExactly("alert.scheduled", "alert.sent");
		assertThat(published).allSatisfy(event -> {
			assertThat(event.partitionkey()).isEqualTo(owner);
			assertThat(event.data().get("taskId").asString()).isEqualTo(taskId.toString());
		});
		assertThat(published.get(1).data().get("status").asString()).isEqualTo("SENT");
		assertThat(published.get(1).data().get("channels")).isEmpty();
	}

}
