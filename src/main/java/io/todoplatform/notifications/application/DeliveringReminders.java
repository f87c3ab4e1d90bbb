package io.todoplatform.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.todoplatform.notifications.application.port.in.DeliverReminders;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.Deliveries;
import io.todoplatform.notifications.application.port.out.DeliveryStatistics;
import io.todoplatform.notifications.application.port.out.Links;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.application.port.out.SettingsStore;
import io.todoplatform.notifications.application.port.out.TaskSnapshots;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import io.todoplatform.notifications.domain.NotificationSettings;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.TaskSnapshot;
import io.todoplatform.storage.OptimisticLocking;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Sends a due reminder to every destination of its owner, each once: destinations that
 * already received this firing are skipped, each channel is tried {@value #RETRIES} more
 * times with exponential backoff, and the outcome ({@code SENT}, or {@code FAILED} with a
 * dead-letter event) is recorded with its event in one transaction. Each attempt, and how
 * late each destination got the reminder, goes to the {@link DeliveryStatistics}.
 */
@Service
class DeliveringReminders implements DeliverReminders {

	private static final Logger log = LoggerFactory.getLogger(DeliveringReminders.class);
	static final int RETRIES = 3;

	/**
	 * How long a started delivery keeps others off: longer than the retries and timeouts
	 * of one delivery take, so a live delivery is never doubled; a crashed one is picked
	 * up by the next trigger after it.
	 */
	static final Duration LEASE = Duration.ofMinutes(2);

	/**
	 * Recording the outcome that lost the race against another change is decided again
	 * this often.
	 */
	private static final int CONFLICT_RETRIES = 3;

	private final Reminders reminders;

	private final TaskSnapshots snapshots;

	private final SettingsStore settings;

	private final Deliveries deliveries;

	private final List<Channel> channels;

	private final Links links;

	private final ReminderEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final Duration firstBackoff;

	private final DeliveryStatistics statistics;

	DeliveringReminders(Reminders reminders, TaskSnapshots snapshots, SettingsStore settings, Deliveries deliveries,
			List<Channel> channels, Links links, ReminderEvents events, ReactiveTransactionManager transactions,
			Clock clock, NotificationProperties.Delivery delivery, DeliveryStatistics statistics) {
		this.reminders = reminders;
		this.snapshots = snapshots;
		this.settings = settings;
		this.deliveries = deliveries;
		this.channels = List.copyOf(channels);
		this.links = links;
		this.events = events;
		this.transactions = TransactionalOperator.create(transactions);
		this.clock = clock;
		this.firstBackoff = delivery.firstBackoff();
		this.statistics = statistics;
	}

	/** What became of one destination. */
	private record Attempt(Destination destination, boolean delivered, @Nullable String failure) {
	}

	@Override
	public Mono<DeliveryOutcome> deliver(ReminderId id, Instant fireAt) {
		return reminders.claim(id, fireAt, clock.instant(), LEASE)
			.flatMap(reminder -> send(reminder).thenReturn(DeliveryOutcome.DONE))
			.switchIfEmpty(Mono.defer(() -> reminders.find(id)
				.map(reminder -> reminder.isDueFor(fireAt) ? DeliveryOutcome.BUSY : DeliveryOutcome.DONE)
				.defaultIfEmpty(DeliveryOutcome.DONE)));
	}

	private Mono<Void> send(Reminder reminder) {
		var firing = reminder.fireAt();
		return Mono
			.zip(settings.find(reminder.owner()).defaultIfEmpty(NotificationSettings.none(reminder.owner())),
					snapshots.find(reminder.taskId())
						.switchIfEmpty(Mono.error(() -> new IllegalStateException("Reminder " + reminder.id()
								+ " belongs to task " + reminder.taskId() + ", of which no event arrived"))),
					deliveries.delivered(reminder.id(), firing).collect(Collectors.toSet()))
			.flatMap(known -> {
				var notice = notice(reminder, known.getT2());
				var pending = known.getT1()
					.destinations()
					.stream()
					.filter(destination -> !known.getT3().contains(destination.key()))
					.toList();
				return Flux.fromIterable(pending)
					.flatMap(destination -> attempt(notice, destination))
					.collectList()
					.flatMap(attempts -> finish(reminder, attempts, known.getT1(), known.getT3()));
			});
	}

	private Notice notice(Reminder reminder, TaskSnapshot task) {
		return new Notice(reminder.id().id(), reminder.fireAt(), task.taskId(), task.title(), task.due(), task.allDay(),
				task.zone(), links.task(task.taskId()), links.snooze(reminder.id(), reminder.fireAt()));
	}

	private Mono<Attempt> attempt(Notice notice, Destination destination) {
		var channel = channels.stream().filter(candidate -> candidate.delivers(destination)).findFirst();
		if (channel.isEmpty()) {
			log.warn("Reminder {}: no {} channel is configured here; skipping {}", notice.reminderId(),
					destination.kind(), destination);
			return Mono.just(new Attempt(destination, false, null));
		}
		var reminderId = new ReminderId(notice.reminderId());
		var name = channel.get().name();
		return channel.get()
			.send(notice, destination)
			.retryWhen(Retry.backoff(RETRIES, firstBackoff)
				.jitter(0.25)
				.filter(failure -> !(failure instanceof UndeliverableException))
				.doBeforeRetry(signal -> statistics.retried(name))
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.then(Mono.fromSupplier(() -> {
				statistics.sent(name, Duration.between(notice.fireAt(), clock.instant()));
				return new Attempt(destination, true, null);
			}))
			.onErrorResume(failure -> {
				log.warn("Reminder {} could not reach {}: {}", notice.reminderId(), destination, failure.toString());
				statistics.failed(name);
				return Mono.just(new Attempt(destination, false, destination.kind() + ": " + failure.getMessage()));
			})
			.flatMap(attempt -> !attempt.delivered() ? Mono.just(attempt)
					: deliveries.record(reminderId, notice.fireAt(), destination, name, clock.instant())
						.thenReturn(attempt));
	}

	/**
	 * Records the outcome, unless the reminder changed meanwhile (snoozed, moved,
	 * cancelled): then it stays as is. A change committed between the read and the write
	 * makes the write lose (it names the version it read); the outcome is then decided
	 * again on the newer state, which gives it up when that state no longer waits for
	 * this firing.
	 */
	private Mono<Void> finish(Reminder claimed, List<Attempt> attempts, NotificationSettings to, Set<String> before) {
		var failures = attempts.stream().map(Attempt::failure).filter(failure -> failure != null).toList();
		var channelsUsed = to.destinations()
			.stream()
			.filter(destination -> before.contains(destination.key()) || attempts.stream()
				.anyMatch(attempt -> attempt.destination().equals(destination) && attempt.delivered()))
			.map(Destination::kind)
			.distinct()
			.toList();
		var now = clock.instant();
		var record = reminders.find(claimed.id())
			.filter(current -> current.isDueFor(claimed.fireAt()))
			.flatMap(current -> failures.isEmpty()
					? OptimisticLocking.won(reminders.save(current.sent(now)))
						.flatMap(sent -> events.sent(sent, channelsUsed))
					: OptimisticLocking.won(reminders.save(current.failed(String.join("; ", failures), now)))
						.flatMap(events::failed))
			.as(transactions::transactional);
		return OptimisticLocking.retried(record, CONFLICT_RETRIES, () -> new IllegalStateException(
				"Reminder " + claimed.id() + " kept changing while the outcome of its delivery was recorded"));
	}

}
