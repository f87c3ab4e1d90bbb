package io.todoplatform.notifications.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.domain.Reminder;
import reactor.core.publisher.Mono;

/**
 * The reminder events a use case published, in order.
 */
class RecordedReminderEvents implements ReminderEvents {

	/**
	 * One event: its type as on the wire, the reminder as reported, and for
	 * {@code alert.sent} its channels.
	 */
	record Published(String type, Reminder reminder, List<String> channels) {
	}

	private final List<Published> published = new CopyOnWriteArrayList<>();

	List<Published> published() {
		return List.copyOf(published);
	}

	List<String> types() {
		return published.stream().map(Published::type).toList();
	}

	@Override
	public Mono<Void> scheduled(Reminder reminder) {
		return record("alert.scheduled", reminder, List.of());
	}

	@Override
	public Mono<Void> cancelled(Reminder reminder) {
		return record("alert.cancelled", reminder, List.of());
	}

	@Override
	public Mono<Void> sent(Reminder reminder, List<String> channels) {
		return record("alert.sent", reminder, channels);
	}

	@Override
	public Mono<Void> failed(Reminder reminder) {
		return record("alert.failed", reminder, List.of());
	}

	private Mono<Void> record(String type, Reminder reminder, List<String> channels) {
		return Mono.fromRunnable(() -> published.add(new Published(type, reminder, List.copyOf(channels))));
	}

}
