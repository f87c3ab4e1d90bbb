package io.todoplatform.web.tasks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFormUnitTests {

	@Test
	void aDateAndATimeAreDueAtThatTimeInTheChosenZone() {
		var patch = TaskForm
			.read("id",
					form(Map.of("title", "Call", "version", "3", "dueDate", "2026-12-24", "dueTime", "09:30",
							"timeZone", "America/New_York")))
			.patch();

		assertThat(patch.errors()).isEmpty();
		assertThat(patch.body()).containsEntry("dueAt", "2026-12-24T14:30:00Z").containsEntry("dueDate", null);
	}

	@Test
	void aDateAloneIsDueAllDayAndATimeAloneIsRefusedAtTheDate() {
		var allDay = TaskForm.read("id", form(Map.of("dueDate", "2026-12-24", "timeZone", "UTC"))).patch();
		var timeAlone = TaskForm.read("id", form(Map.of("dueTime", "09:30", "timeZone", "UTC"))).patch();

		assertThat(allDay.body()).containsEntry("dueDate", "2026-12-24").containsEntry("dueAt", null);
		assertThat(timeAlone.errors()).containsKey("dueDate");
	}

	@Test
	void theApisReminderIndexesNameTheFormsRows() {
		var patch = TaskForm.read("id",
				form(Map.of("timeZone", "Europe/Paris", "reminders[0].kind", "", "reminders[1].kind", "at",
						"reminders[1].at", "2026-12-24T09:00", "reminders[2].kind", "before", "reminders[2].amount",
						"2", "reminders[2].unit", "hours")))
			.patch();

		assertThat(patch.body()).containsEntry("reminders",
				List.of(Map.of("at", "2026-12-24T08:00:00Z"), Map.of("before", "PT2H")));
		assertThat(patch.placed(Map.of("reminders[1]", "counts from the due time", "title", "is required")))
			.containsEntry("reminders[2]", "counts from the due time")
			.containsEntry("title", "is required");
	}

	@Test
	void aReminderTheFormCannotReadIsReportedAtItsRow() {
		var patch = TaskForm
			.read("id", form(Map.of("timeZone", "UTC", "reminders[0].kind", "daysBefore", "reminders[0].days", "one",
					"reminders[0].time", "18:00")))
			.patch();

		assertThat(patch.errors()).containsEntry("reminders[0]", "the days must be a whole number");
	}

	@Test
	void aTaskReadsBackInItsZoneWithASpareReminderRow() {
		var form = TaskForm.of(Map.of("id", "id", "version", 4, "title", "Call", "description", "", "priority", "HIGH",
				"tags", List.of("home", "work"), "dueAt", "2027-01-15T08:00:00Z", "timeZone", "Asia/Tokyo", "reminders",
				List.of(Map.of("before", "P1D"), Map.of("at", "2027-01-10T03:00:00Z"))));

		assertThat(form.dueDate()).isEqualTo("2027-01-15");
		assertThat(form.dueTime()).isEqualTo("17:00");
		assertThat(form.tags()).isEqualTo("home work");
		assertThat(form.reminders()).extracting(ReminderRow::kind).containsExactly("before", "at", "");
		assertThat(form.reminders().get(0)).extracting(ReminderRow::amount, ReminderRow::unit)
			.containsExactly("1", "days");
		assertThat(form.reminders().get(1).at()).isEqualTo("2027-01-10T12:00");
	}

	private static MultiValueMap<String, String> form(Map<String, String> fields) {
		var form = new LinkedMultiValueMap<String, String>();
		fields.forEach(form::add);
		return form;
	}

}
