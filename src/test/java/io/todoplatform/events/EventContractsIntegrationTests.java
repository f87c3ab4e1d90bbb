package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.todoplatform.notifications.events.ReminderCancelled;
import io.todoplatform.notifications.events.ReminderData;
import io.todoplatform.notifications.events.ReminderFailed;
import io.todoplatform.notifications.events.ReminderScheduled;
import io.todoplatform.notifications.events.ReminderSent;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.EventSchemas;
import io.todoplatform.tasks.events.TaskCompleted;
import io.todoplatform.tasks.events.TaskCreated;
import io.todoplatform.tasks.events.TaskData;
import io.todoplatform.tasks.events.TaskDeleted;
import io.todoplatform.tasks.events.TaskReopened;
import io.todoplatform.tasks.events.TaskUpdated;
import io.todoplatform.tasks.requests.OccurrenceDue;
import io.todoplatform.tasks.requests.OccurrenceSkipped;
import io.todoplatform.tasks.requests.SeriesStopped;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payload records are the contract between modules, and the JSON they make is the one
 * the producers made before they were records: byte for byte the golden files in
 * {@code src/test/resources/events/golden} (captured from the maps and data classes the
 * records replaced), and valid by the schemas in {@code docs/events}. Consumers read that
 * JSON back as the record, ignore fields a newer producer adds, and refuse data that
 * lacks a field.
 */
@ApiTest
class EventContractsIntegrationTests {

	static final Path GOLDEN = Path.of("src/test/resources/events/golden");
	static final UUID TASK = UUID.fromString("0b9d3a52-6f1e-4c1a-9a51-6d0c2f0e8a11");
	static final UUID SERIES = UUID.fromString("5f0c8e1e-3b7a-4f43-9d4b-0a4f2b2e7c55");
	static final Instant CREATED = Instant.parse("2026-11-23T10:15:30Z");

	@Autowired
	Payloads payloads;

	@Autowired
	JsonMapper json;

	/**
	 * A payload, the golden file of its data, the source of its module, and whether any
	 * consumer reads it.
	 */
	record Golden(String file, Record payload, String source, boolean read) {

		@Override
		public String toString() {
			return file;
		}
	}

	static Stream<Golden> goldens() {
		var tasks = "/todo-platform/tasks";
		var recurrence = "/todo-platform/recurrence";
		var notifications = "/todo-platform/notifications";
		return Stream.of(new Golden("task.created-due-at", new TaskCreated(dueAt()), tasks, true),
				new Golden("task.updated-due-date", new TaskUpdated(dueDate()), tasks, true),
				new Golden("task.completed-occurrence",
						new TaskCompleted(task("COMPLETED", Instant.parse("2026-12-01T09:30:00Z"),
								Instant.parse("2026-12-01T09:30:00Z"), 2, SERIES, "2026-12-01T09:00:00+01:00")),
						tasks, true),
				new Golden("task.reopened",
						new TaskReopened(task("OPEN", Instant.parse("2026-11-25T00:00:00Z"), null, 3, null, null)),
						tasks, true),
				new Golden("task.deleted-skipped",
						new TaskDeleted(
								task("SKIPPED", Instant.parse("2026-11-25T00:00:00Z"), null, 4, SERIES, "2026-12-01")),
						tasks, true),
				new Golden("recurrence.instance-due-timed",
						new OccurrenceDue(SERIES, "alice", UUID.fromString("25456d05-f58f-350c-ac06-c2abe5cd50dd"),
								"2026-12-01T09:00:00+01:00", "Stand-up", "Daily, ten minutes", "VERY_IMPORTANT",
								List.of("team", "work"), "Europe/Berlin", Instant.parse("2026-12-01T08:00:00Z"), null,
								null, null),
						recurrence, true),
				// Since issue 14 a request says what made the occurrence due, and when;
				// without them (above) it still writes the bytes older producers wrote.
				new Golden("recurrence.instance-due-after-completion",
						new OccurrenceDue(SERIES, "alice", UUID.fromString("25456d05-f58f-350c-ac06-c2abe5cd50dd"),
								"2026-12-01T09:00:00+01:00", "Stand-up", "Daily, ten minutes", "VERY_IMPORTANT",
								List.of("team", "work"), "Europe/Berlin", Instant.parse("2026-12-01T08:00:00Z"), null,
								"completed", Instant.parse("2026-11-30T08:05:12.345Z")),
						recurrence, true),
				new Golden("recurrence.instance-due-all-day",
						new OccurrenceDue(SERIES, "alice", UUID.fromString("adcb11d1-99bd-36d7-8b02-8c7a4e2b6c17"),
								"2026-12-03", "Bins out", "", "MEDIUM", List.of(), "Europe/Berlin", null,
								LocalDate.parse("2026-12-03"), null, null),
						recurrence, true),
				new Golden("recurrence.instance-skipped",
						new OccurrenceSkipped(SERIES, "alice", UUID.fromString("25456d05-f58f-350c-ac06-c2abe5cd50dd"),
								"2026-12-01T09:00:00+01:00"),
						recurrence, true),
				new Golden("recurrence.series-stopped-delete",
						new SeriesStopped(SERIES, "alice", UUID.fromString("25456d05-f58f-350c-ac06-c2abe5cd50dd"),
								true),
						recurrence, true),
				new Golden("recurrence.series-stopped-none", new SeriesStopped(SERIES, "alice", null, false),
						recurrence, true),
				new Golden("alert.scheduled",
						new ReminderScheduled(reminder("43cd7222-e6a2-3ac8-b67e-180e962f0adb", before(),
								"2026-12-01T07:45:00Z", "SCHEDULED", 0)),
						notifications, true),
				new Golden("alert.cancelled",
						new ReminderCancelled(reminder("59677816-2050-3c5c-9469-280d77bb9a4c",
								new ReminderData.Rule(null, 1, "18:00", null), "2026-11-30T17:10:00Z", "CANCELLED", 0)),
						notifications, true),
				new Golden("alert.sent",
						new ReminderSent(sent(), Instant.parse("2026-11-30T08:00:01.250Z"),
								List.of("email", "webhook")),
						notifications, false),
				new Golden("alert.sent-no-channels",
						new ReminderSent(sent(), Instant.parse("2026-11-30T08:00:01.250Z"), List.of()), notifications,
						false),
				new Golden("alert.failed",
						new ReminderFailed(reminder("43cd7222-e6a2-3ac8-b67e-180e962f0adb", before(),
								"2026-12-01T07:45:00Z", "FAILED", 4),
								"webhook https://example.org/hook: 500 Internal Server Error"),
						notifications, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldens")
	void aPayloadWritesTheBytesItsProducerWroteBefore(Golden golden) throws IOException {
		assertThat(json.writeValueAsString(payloads.write(golden.payload()))).isEqualTo(golden(golden));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldens")
	void aPayloadInItsCloudEventIsValidByItsSchema(Golden golden) {
		var type = WireTypes.of(golden.payload().getClass());
		var event = CloudEvent.of(golden.source(), type, UUID.randomUUID().toString(), CREATED, "alice", null,
				payloads.write(golden.payload()));

		assertThat(golden.file()).startsWith(type);
		assertThat(EventSchemas.violations(type, json.valueToTree(event))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldens")
	void consumersReadThePayloadBackAndIgnoreFieldsTheyDoNotKnow(Golden golden) throws IOException {
		if (!golden.read()) {
			return;
		}
		var data = (ObjectNode) json.readTree(golden(golden));
		data.put("addedByANewerProducer", "ignored");

		assertThat(payloads.read(data, golden.payload().getClass())).isEqualTo(golden.payload());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldens")
	void dataLackingAFieldThePayloadNeedsIsRefused(Golden golden) throws IOException {
		if (!golden.read()) {
			return;
		}
		var data = (ObjectNode) json.readTree(golden(golden));
		data.remove("owner");

		assertThatIllegalArgumentException().isThrownBy(() -> payloads.read(data, golden.payload().getClass()))
			.withMessageStartingWith("the data lacks ")
			.withMessageEndingWith("owner");
	}

	private static String golden(Golden golden) throws IOException {
		return Files.readString(GOLDEN.resolve(golden.file() + ".json"));
	}

	private static TaskData dueAt() {
		var at = Instant.parse("2026-11-23T10:15:30.123456789Z");
		return new TaskData(TASK, "alice", "Water the plants", "The ferns \"first\", then the rest", "OPEN", "HIGH",
				List.of("garden", "home"), Instant.parse("2026-12-01T08:00:00Z"), null, "Europe/Berlin",
				List.of(new TaskData.Reminder(Duration.ofMinutes(15), null, null, null,
						Instant.parse("2026-12-01T07:45:00Z")),
						new TaskData.Reminder(null, 1, "18:00", null, Instant.parse("2026-11-30T17:00:00Z")),
						new TaskData.Reminder(null, null, null, Instant.parse("2026-11-30T08:00:00Z"),
								Instant.parse("2026-11-30T08:00:00Z"))),
				at, at, null, 0, null, null);
	}

	private static TaskData dueDate() {
		return new TaskData(TASK, "alice", "Call the bank", "", "OPEN", "MEDIUM", List.of(), null,
				LocalDate.parse("2026-12-02"), "Europe/Berlin",
				List.of(new TaskData.Reminder(Duration.ofHours(36), null, null, null,
						Instant.parse("2026-11-30T11:00:00Z")),
						new TaskData.Reminder(null, 0, "07:30:15", null, Instant.parse("2026-12-02T06:30:15Z"))),
				CREATED, Instant.parse("2026-11-24T07:00:00.500Z"), null, 1, null, null);
	}

	private static TaskData task(String status, Instant updatedAt, Instant completedAt, long version, UUID series,
			String occurrence) {
		return new TaskData(TASK, "alice", "Read", "", status, "MEDIUM", List.of(), null, null, "UTC", List.of(),
				CREATED, updatedAt, completedAt, version, series, occurrence);
	}

	private static ReminderData.Rule before() {
		return new ReminderData.Rule(Duration.ofMinutes(15), null, null, null);
	}

	private static ReminderData sent() {
		return reminder("46d7b408-bd85-3778-ad04-f1f2c09120ba",
				new ReminderData.Rule(null, null, null, Instant.parse("2026-11-30T08:00:00Z")), "2026-11-30T08:00:00Z",
				"SENT", 1);
	}

	private static ReminderData reminder(String id, ReminderData.Rule rule, String fireAt, String status,
			int attempts) {
		return new ReminderData(UUID.fromString(id), "alice", TASK, rule, Instant.parse(fireAt), status, attempts);
	}

}
