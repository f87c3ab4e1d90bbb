package io.todoplatform.notifications.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.RuleForm;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReminderJobUnitTests {

	static final Instant FIRE = Instant.parse("2026-11-23T12:00:00Z");

	final Reminder reminder = Reminder.scheduled("alice", UUID.randomUUID(),
			new RuleForm.Before(Duration.ofMinutes(15)), FIRE, FIRE.minusSeconds(3600));

	@Test
	void aReminderNamesItsJobAndTheNameNamesTheReminder() {
		var name = ReminderJob.nameOf(reminder.id());

		assertThat(name).isEqualTo("reminder-" + reminder.id().id());
		assertThat(ReminderJob.reminderNamed(name)).isEqualTo(reminder.id());
		assertThatThrownBy(() -> ReminderJob.reminderNamed("cleanup")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aJobCarriesTheReminderAndItsFiringAndNothingElse() {
		var json = JsonMapper.builder().build();

		var data = json.writeValueAsString(new ReminderJob(reminder.id().id(), FIRE));

		assertThat(data)
			.isEqualTo("{\"reminderId\":\"" + reminder.id().id() + "\",\"fireAt\":\"2026-11-23T12:00:00Z\"}");
		assertThat(json.readValue(data, ReminderJob.class)).isEqualTo(new ReminderJob(reminder.id().id(), FIRE));
	}

}
