package io.todoplatform.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a task is due, as reminders need it: the instant it falls due (for an all-day task, the start of its day) and
 * the local day it falls due on, both in the task's time zone. Notifications learns it from task events.
 */
@ValueObject
public record TaskDue(Instant start, LocalDate day, ZoneId zone) {

	public static TaskDue at(Instant instant, ZoneId zone) {
		return new TaskDue(instant, instant.atZone(zone).toLocalDate(), zone);
	}

	public static TaskDue on(LocalDate day, ZoneId zone) {
		return new TaskDue(day.atStartOfDay(zone).toInstant(), day, zone);
	}
}
