package io.todoplatform.notifications.application;

import static io.todoplatform.notifications.application.ReminderFixture.ALICE;
import static io.todoplatform.notifications.application.ReminderFixture.CLOCK;
import static io.todoplatform.notifications.application.ReminderFixture.DUE;
import static io.todoplatform.notifications.application.ReminderFixture.NOW;
import static io.todoplatform.notifications.application.ReminderFixture.QUARTER_BEFORE;
import static io.todoplatform.notifications.application.ReminderFixture.TASK;
import static io.todoplatform.notifications.application.ReminderFixture.reminder;
import static io.todoplatform.notifications.application.ReminderFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.NotificationSettings;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.support.RecordedTransactions;
import org.junit.jupiter.api.Test;

/**
 * Delivering a due reminder to every destination of its owner once per firing: retried
 * when a channel fails, dead lettered when it keeps failing, its outcome recorded with
 * its event in one transaction.
 */
class DeliveringRemindersUnitTests {

	static final Destination EMAIL = new Destination.Email("alice@example.org");
	static final Destination WEBHOOK = new Destination.Webhook(URI.create("https://hooks.example.org/alice"), "s3cret");
	static final Destination PHONE = new Destination.Fcm("phone-token");

	final InMemoryReminders reminders = new InMemoryReminders();

	final InMemoryTaskSnapshots snapshots = new InMemoryTaskSnapshots();

	final InMemorySettings settings = new InMemorySettings();

	final InMemoryDeliveries deliveries = new InMemoryDeliveries();

	final ScriptedChannel email = new ScriptedChannel("email");

	final ScriptedChannel webhook = new ScriptedChannel("webhook");

	final RecordedReminderEvents events = new RecordedReminderEvents();

	final RecordedTransactions transactions = new RecordedTransactions();

	final RecordedStatistics statistics = new RecordedStatistics();

	final DeliveringReminders delivering = new DeliveringReminders(reminders, snapshots, settings, deliveries,
			List.of(email, webhook), new ReadableLinks(), events, transactions, CLOCK,
			new NotificationProperties.Delivery(Duration.ofMillis(1)), statistics);

	final Reminder due = reminders.given(reminder(NOW));

	DeliveringRemindersUnitTests() {
		snapshots.given(task(1, DUE));
	}

	@Test
	void aDueReminderGoesToEveryDestinationAndIsReportedSent() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of(WEBHOOK)));

		assertThat(delivering.deliver(due.id(), NOW).block()).isEqualTo(DeliveryOutcome.DONE);

		assertThat(email.delivered()).singleElement().satisfies(notice -> {
			assertThat(notice.title()).isEqualTo("Call the plumber");
			assertThat(notice.due()).isEqualTo(DUE);
			assertThat(notice.taskLink()).hasToString("https://todo.example/tasks/" + TASK);
			assertThat(notice.snoozeLink().getQuery()).contains("sig=" + ReadableLinks.signature(due.id(), NOW));
		});
		assertThat(webhook.delivered()).hasSize(1);
		assertThat(deliveries.recorded()).extracting(InMemoryDeliveries.Delivery::destination)
			.containsExactlyInAnyOrder(EMAIL.key(), WEBHOOK.key());
		assertThat(reminders.stored(due.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SENT);
		assertThat(events.published()).singleElement().satisfies(sent -> {
			assertThat(sent.type()).isEqualTo("alert.sent");
			assertThat(sent.reminder().sentAt()).isEqualTo(NOW);
			assertThat(sent.channels()).containsExactly("email", "webhook");
		});
		assertThat(transactions.commits()).isEqualTo(1);
	}

	@Test
	void aReminderOfSomeoneWithoutDestinationsIsSentToNobody() {
		delivering.deliver(due.id(), NOW).block();

		assertThat(reminders.stored(due.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SENT);
		assertThat(events.published()).singleElement().satisfies(sent -> assertThat(sent.channels()).isEmpty());
	}

	@Test
	void aChannelThatFailsForAWhileIsRetriedUntilItDelivers() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of()));
		email.failing(DeliveringReminders.RETRIES);

		delivering.deliver(due.id(), NOW).block();

		assertThat(email.attempts()).isEqualTo(DeliveringReminders.RETRIES + 1);
		assertThat(events.types()).containsExactly("alert.sent");
		assertThat(statistics.reported()).containsExactly("email retried", "email retried", "email retried",
				"email sent");
		assertThat(statistics.lateness()).containsExactly(Duration.ZERO);
	}

	@Test
	void aReminderThatFailsEveryChannelIsRetriedThenDeadLettered() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of(WEBHOOK)));
		email.failing(Integer.MAX_VALUE);
		webhook.failing(Integer.MAX_VALUE);

		assertThat(delivering.deliver(due.id(), NOW).block()).isEqualTo(DeliveryOutcome.DONE);

		assertThat(email.attempts()).isEqualTo(DeliveringReminders.RETRIES + 1);
		assertThat(webhook.attempts()).isEqualTo(DeliveringReminders.RETRIES + 1);
		var failed = reminders.stored(due.id()).orElseThrow();
		assertThat(failed.status()).isEqualTo(ReminderStatus.FAILED);
		assertThat(failed.lastError()).contains("email: timed out").contains("webhook: timed out");
		assertThat(events.types()).containsExactly("alert.failed");
		assertThat(deliveries.recorded()).isEmpty();
		assertThat(statistics.reported()).filteredOn(line -> !line.endsWith("retried"))
			.containsExactlyInAnyOrder("email failed", "webhook failed");
		assertThat(statistics.reported()).filteredOn(line -> line.endsWith("retried"))
			.hasSize(2 * DeliveringReminders.RETRIES);
	}

	@Test
	void aDestinationThatRefusesForGoodIsNotTriedAgain() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of(WEBHOOK)));
		email.refusing();

		delivering.deliver(due.id(), NOW).block();

		assertThat(email.attempts()).isEqualTo(1);
		assertThat(webhook.delivered()).hasSize(1);
		assertThat(reminders.stored(due.id()).orElseThrow().lastError())
			.isEqualTo("email: " + EMAIL.key() + " refused it");
		assertThat(events.types()).containsExactly("alert.failed");
	}

	@Test
	void aDeliveryStartedAgainSkipsTheDestinationsThatAlreadyReceivedTheFiring() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of(WEBHOOK)));
		deliveries.record(due.id(), NOW, EMAIL, "email", NOW).block();

		delivering.deliver(due.id(), NOW).block();

		assertThat(email.attempts()).isZero();
		assertThat(webhook.delivered()).hasSize(1);
		assertThat(events.published()).singleElement()
			.satisfies(sent -> assertThat(sent.channels()).containsExactly("email", "webhook"));
	}

	@Test
	void aDestinationNoChannelHereServesIsLeftOutWithoutFailingTheReminder() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of(PHONE)));

		delivering.deliver(due.id(), NOW).block();

		assertThat(events.published()).singleElement().satisfies(sent -> {
			assertThat(sent.type()).isEqualTo("alert.sent");
			assertThat(sent.channels()).containsExactly("email");
		});
	}

	@Test
	void aTriggerForAnotherFireTimeFindsNothingToDo() {
		assertThat(delivering.deliver(due.id(), NOW.minus(Duration.ofHours(1))).block())
			.isEqualTo(DeliveryOutcome.DONE);

		assertThat(reminders.stored(due.id())).contains(due);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aTriggerWhileAnotherDeliveryIsUnderWayIsBusy() {
		reminders.claim(due.id(), NOW, NOW, DeliveringReminders.LEASE).block();

		assertThat(delivering.deliver(due.id(), NOW).block()).isEqualTo(DeliveryOutcome.BUSY);

		assertThat(events.published()).isEmpty();
	}

	@Test
	void aReminderSnoozedWhileItIsBeingSentStaysSnoozed() {
		settings.given(new NotificationSettings(ALICE, (Destination.Email) EMAIL, List.of()));
		email.whileSending(
				() -> reminders.save(reminders.stored(due.id()).orElseThrow().snoozed(Duration.ofMinutes(10), NOW))
					.block());

		delivering.deliver(due.id(), NOW).block();

		var snoozed = reminders.stored(due.id()).orElseThrow();
		assertThat(snoozed.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(snoozed.fireAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(events.published()).isEmpty();
	}

	/**
	 * Recording the outcome reads the reminder, checks it still fires at the claimed
	 * time, and saves it {@code SENT}. A snooze (or a task event moving the reminder)
	 * committed between that read and the save makes the save lose, and the check on the
	 * newer state leaves the snoozed reminder waiting for its new time.
	 */
	@Test
	void aSnoozeCommittedWhileTheOutcomeIsRecordedIsKept() {
		reminders.interleave(theirs -> theirs.snoozed(Duration.ofMinutes(10), NOW));

		delivering.deliver(due.id(), NOW).block();

		var snoozed = reminders.stored(due.id()).orElseThrow();
		assertThat(snoozed.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(snoozed.fireAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
	}

	@Test
	void aReminderOfATaskNoEventReportedYetFailsToBeTriggeredAgain() {
		var orphan = reminders.given(Reminder.scheduled(ALICE, UUID.randomUUID(), QUARTER_BEFORE, NOW, NOW));

		assertThatIllegalStateException().isThrownBy(() -> delivering.deliver(orphan.id(), NOW).block());
		assertThat(events.published()).isEmpty();
	}

}
