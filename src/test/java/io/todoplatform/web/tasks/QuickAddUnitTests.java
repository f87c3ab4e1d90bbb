package io.todoplatform.web.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickAddUnitTests {

	@Test
	void aTitleAloneIsATaskWithTheApisDefaults() {
		assertThat(new QuickAdd("Water the plants", "", "", "", " ").body("Europe/Paris"))
			.containsExactly(Map.entry("title", "Water the plants"));
	}

	@Test
	void aDayAndATimeAreAnInstantInTheBrowsersZoneWhichIsTheTasksZone() {
		var body = new QuickAdd("Report", "HIGH", "2026-12-02", "09:00", "work, q4  home").body("Europe/Paris");
		assertThat(body).containsEntry("priority", "HIGH")
			.containsEntry("tags", List.of("work", "q4", "home"))
			.containsEntry("timeZone", "Europe/Paris")
			.containsEntry("dueAt", Instant.parse("2026-12-02T08:00:00Z"))
			.doesNotContainKey("dueDate");
	}

	@Test
	void aDayAloneIsAllDayAndAnUnknownZoneIsUtc() {
		assertThat(new QuickAdd("Report", "", "2026-12-02", "", "").body("Mars/Olympus"))
			.containsEntry("dueDate", "2026-12-02")
			.containsEntry("timeZone", "UTC");
	}

	@Test
	void aTimeWithoutADayOrAnUnreadableDayIsRefusedBeforeTheApi() {
		assertThat(new QuickAdd("Report", "", "", "09:00", "").problems()).containsOnlyKeys("due");
		assertThat(new QuickAdd("Report", "", "tomorrow", "", "").problems()).containsOnlyKeys("due");
		assertThat(new QuickAdd("Report", "", "2026-12-02", "09:00", "").problems()).isEmpty();
	}

	@Test
	void theApisDueFieldsShareOnePlaceNextToTheForm() {
		assertThat(QuickAdd.fields(Map.of("dueAt", "too far", "tags", "'X' is not a tag", "", "refused")))
			.containsEntry("due", "too far")
			.containsEntry("tags", "'X' is not a tag")
			.containsEntry("", "refused");
	}

}
