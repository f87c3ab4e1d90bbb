package io.todoplatform.notifications.application;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.notifications.application.port.out.ReminderScheduler;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import reactor.core.publisher.Mono;

/**
 * A scheduler that only remembers what is armed, and when it would fire; it never
 * triggers.
 */
class RecordedScheduler implements ReminderScheduler {

	private final Map<ReminderId, Instant> armed = new ConcurrentHashMap<>();

	private final boolean forgetsOnRestart;

	RecordedScheduler(boolean forgetsOnRestart) {
		this.forgetsOnRestart = forgetsOnRestart;
	}

	Map<ReminderId, Instant> armed() {
		return Map.copyOf(armed);
	}

	@Override
	public Mono<Void> schedule(Reminder reminder) {
		return Mono.fromRunnable(() -> armed.put(reminder.id(), reminder.fireAt()));
	}

	@Override
	public Mono<Void> cancel(Reminder reminder) {
		return Mono.fromRunnable(() -> armed.remove(reminder.id()));
	}

	@Override
	public boolean forgetsOnRestart() {
		return forgetsOnRestart;
	}

}
