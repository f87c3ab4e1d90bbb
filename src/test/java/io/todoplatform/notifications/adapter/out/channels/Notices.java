package io.todoplatform.notifications.adapter.out.channels;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.todoplatform.notifications.domain.Notice;
import org.jspecify.annotations.Nullable;

/**
 * Notices for the channel tests: one reminder on one task in Berlin, whose snooze link
 * has a query string.
 */
final class Notices {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final UUID REMINDER = UUID.fromString("7d6f1c2a-4b7e-4f53-9a8e-2f0c1d3b5a61");
	static final UUID TASK = UUID.fromString("0b9e4f1d-8c2a-4d6e-b7f3-5a1c9e2d4f80");
	static final Instant FIRE_AT = Instant.parse("2026-12-01T07:45:00Z");
	static final URI TASK_LINK = URI.create("https://todo.example/tasks/" + TASK);
	static final URI SNOOZE_LINK = URI
		.create("https://todo.example/reminders/" + REMINDER + "/snooze?for=PT1H&sig=c2ln");

	private Notices() {
	}

	static Notice dueAt(String title, Instant due) {
		return notice(title, due, false);
	}

	static Notice dueOn(String title, LocalDate day) {
		return notice(title, day.atStartOfDay(BERLIN).toInstant(), true);
	}

	static Notice undated(String title) {
		return notice(title, null, false);
	}

	private static Notice notice(String title, @Nullable Instant due, boolean allDay) {
		return new Notice(REMINDER, FIRE_AT, TASK, title, due, allDay, BERLIN, TASK_LINK, SNOOZE_LINK);
	}

}
