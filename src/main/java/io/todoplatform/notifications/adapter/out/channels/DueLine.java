package io.todoplatform.notifications.adapter.out.channels;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import io.todoplatform.notifications.domain.Notice;

/**
 * When the task is due, in words and in the task's own zone, not the server's: the line a
 * person reads in an email or a push notification.
 */
final class DueLine {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private DueLine() {
	}

	/**
	 * "Due Tuesday, 1 December 2026, 09:00 (Europe/Berlin)", "Due on Tuesday, 1 December
	 * 2026", or nothing.
	 */
	static Optional<String> of(Notice notice) {
		var due = notice.due();
		if (due == null) {
			return Optional.empty();
		}
		var local = due.atZone(notice.zone());
		return Optional.of(notice.allDay() ? "Due on " + DAY.format(local)
				: "Due " + DAY.format(local) + ", " + TIME.format(local) + " (" + notice.zone().getId() + ")");
	}

}
