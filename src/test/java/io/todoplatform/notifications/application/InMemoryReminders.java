package io.todoplatform.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reminders table in memory, with the promises of the real one (owner-scoped lookups,
 * saves that write only over the version they were read at, claims that count an attempt
 * and a version and keep other deliveries off until their lease ends or the reminder is
 * saved), and another writer whose change can get in just before our next save.
 */
class InMemoryReminders implements Reminders {

	private final Map<ReminderId, Reminder> stored = new ConcurrentHashMap<>();

	private final Map<ReminderId, Instant> claimedUntil = new ConcurrentHashMap<>();

	private int interleaved;

	private UnaryOperator<Reminder> theirChange = UnaryOperator.identity();

	/** Stores a reminder as it is, as if an earlier change had. */
	Reminder given(Reminder reminder) {
		stored.put(reminder.id(), reminder);
		return reminder;
	}

	/**
	 * Another writer makes {@code change} to the reminder just before our next save of
	 * it.
	 */
	void interleave(UnaryOperator<Reminder> change) {
		interleave(1, change);
	}

	/**
	 * The next {@code saves} saves find the reminder changed by someone else meanwhile.
	 */
	void loseRaces(int saves) {
		interleave(saves, reminder -> counted(reminder, reminder.attempts()));
	}

	/**
	 * The reminder as a change of the row that the domain does not make (a claim, say)
	 * leaves it.
	 */
	private static Reminder counted(Reminder reminder, int attempts) {
		return new Reminder(reminder.id(), reminder.owner(), reminder.taskId(), reminder.rule(), reminder.ruleFireAt(),
				reminder.fireAt(), reminder.status(), attempts, reminder.sentAt(), reminder.lastError(),
				reminder.updatedAt(), reminder.version() + 1);
	}

	private synchronized void interleave(int saves, UnaryOperator<Reminder> change) {
		interleaved = saves;
		theirChange = change;
	}

	Optional<Reminder> stored(ReminderId id) {
		return Optional.ofNullable(stored.get(id));
	}

	@Override
	public Mono<Reminder> find(ReminderId id) {
		return Mono.fromSupplier(() -> stored.get(id));
	}

	@Override
	public Mono<Reminder> find(String owner, ReminderId id) {
		return find(id).filter(reminder -> reminder.owner().equals(owner));
	}

	@Override
	public Flux<Reminder> ofTask(UUID taskId) {
		return all().filter(reminder -> reminder.taskId().equals(taskId));
	}

	@Override
	public Flux<Reminder> list(String owner, @Nullable UUID taskId, int limit) {
		return all().filter(reminder -> reminder.owner().equals(owner))
			.filter(reminder -> taskId == null || reminder.taskId().equals(taskId))
			.sort(Comparator.comparing(Reminder::fireAt))
			.take(limit);
	}

	@Override
	public Flux<Reminder> scheduled() {
		return all().filter(reminder -> reminder.status() == ReminderStatus.SCHEDULED);
	}

	@Override
	public Flux<Reminder> overdue(Instant now) {
		return scheduled().filter(reminder -> !reminder.fireAt().isAfter(now));
	}

	@Override
	public Mono<Reminder> save(Reminder reminder) {
		return Mono.fromSupplier(() -> {
			synchronized (this) {
				var current = stored.get(reminder.id());
				if (current != null && interleaved > 0) {
					interleaved--;
					current = given(theirChange.apply(current));
				}
				if (current == null ? reminder.version() != 0 : current.version() != reminder.version() - 1) {
					return null;
				}
				claimedUntil.remove(reminder.id());
				return given(reminder);
			}
		});
	}

	@Override
	public Mono<Reminder> claim(ReminderId id, Instant fireAt, Instant now, Duration lease) {
		return Mono.fromSupplier(() -> {
			synchronized (this) {
				var reminder = stored.get(id);
				var claimed = claimedUntil.get(id);
				if (reminder == null || !reminder.isDueFor(fireAt) || claimed != null && claimed.isAfter(now)) {
					return null;
				}
				claimedUntil.put(id, now.plus(lease));
				return given(counted(reminder, reminder.attempts() + 1));
			}
		});
	}

	private Flux<Reminder> all() {
		return Flux.defer(() -> Flux.fromIterable(stored.values()));
	}

}
