package io.todoplatform.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.notifications.application.port.in.ManageReminders;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.Deliveries;
import io.todoplatform.notifications.application.port.out.Links;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.application.port.out.SettingsStore;
import io.todoplatform.notifications.application.port.out.TaskSnapshots;
import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Interleaving;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * The race of
 * {@link DeliveringRemindersUnitTests#aSnoozeCommittedWhileTheOutcomeIsRecordedIsKept}
 * against the real database: the owner's snooze commits, in a transaction of its own,
 * after the delivery read the reminder to record its outcome and before it saves it.
 */
@ApiTest
class DeliveringRemindersRaceIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	Reminders reminders;

	@Autowired
	TaskSnapshots snapshots;

	@Autowired
	SettingsStore settings;

	@Autowired
	Deliveries deliveries;

	@Autowired
	List<Channel> channels;

	@Autowired
	Links links;

	@Autowired
	ReminderEvents events;

	@Autowired
	ReactiveTransactionManager transactions;

	@Autowired
	NotificationProperties.Delivery delivery;

	@Autowired
	ManageReminders manage;

	@Test
	void aSnoozeCommittedWhileTheOutcomeIsRecordedIsKept() {
		var api = new Api(web);
		var user = api.newUser();
		// A day ahead: its own timer does not fire during the test; the delivery is
		// triggered here.
		var fireAt = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		var taskId = api.createId(user,
				Map.of("title", "Call Anna", "reminders", List.of(Map.of("at", fireAt.toString()))));
		var id = new ReminderId(UUID.fromString((String) Awaitility.await()
			.until(() -> api.reminders(user, taskId), found -> !found.isEmpty())
			.getFirst()
			.get("id")));
		var snoozedFirst = Interleaving.before(Reminders.class, reminders, "save",
				() -> manage.snooze(user.name(), id, Duration.ofMinutes(10)));
		var delivering = new DeliveringReminders(snoozedFirst, snapshots, settings, deliveries, channels, links, events,
				transactions, Clock.systemUTC(), delivery, new RecordedStatistics());

		delivering.deliver(id, fireAt).block();

		var reminder = reminders.find(id).block();
		assertThat(reminder.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(reminder.fireAt()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
	}

}
