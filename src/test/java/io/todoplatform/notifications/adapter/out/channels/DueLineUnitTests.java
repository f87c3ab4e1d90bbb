package io.todoplatform.notifications.adapter.out.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DueLineUnitTests {

	@Test
	void theDueTimeIsShownInTheTasksZoneOnBothSidesOfTheClockChange() {
		// 09:00 in Berlin is 07:00 UTC in summer (CEST) and 08:00 UTC in winter (CET).
		assertThat(DueLine.of(Notices.dueAt("Call", Instant.parse("2026-07-14T07:00:00Z"))))
			.contains("Due Tuesday, 14 July 2026, 09:00 (Europe/Berlin)");
		assertThat(DueLine.of(Notices.dueAt("Call", Instant.parse("2026-12-01T08:00:00Z"))))
			.contains("Due Tuesday, 1 December 2026, 09:00 (Europe/Berlin)");
	}

	@Test
	void anAllDayTaskIsDueOnItsDayInItsZoneWithoutATime() {
		// The start of 1 December in Berlin is still 30 November in UTC.
		assertThat(DueLine.of(Notices.dueOn("Pay rent", LocalDate.parse("2026-12-01"))))
			.contains("Due on Tuesday, 1 December 2026");
	}

	@Test
	void aTaskWithoutADueTimeHasNoDueLine() {
		assertThat(DueLine.of(Notices.undated("Someday"))).isEmpty();
	}

}
