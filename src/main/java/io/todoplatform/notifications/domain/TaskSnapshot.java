package io.todoplatform.notifications.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What notifications knows of a task, from the latest task event it applied: enough to
 * word a notice and to ignore events that arrive after newer ones (task events travel on
 * two topics, so their order across types is not given).
 *
 * @param due when the task falls due (the start of the day for an all-day task), or null
 * @param version the task's version in that event; a deleted task stays deleted whatever
 * comes later
 */
@ValueObject
public record TaskSnapshot(UUID taskId, String owner, String title, boolean open, @Nullable Instant due, boolean allDay,
		ZoneId zone, long version, boolean deleted) {

	/**
	 * Whether the task as a later event reports it replaces what is known: a newer
	 * version, or its deletion (which does not count a version). Nothing replaces a
	 * deleted task.
	 */
	public boolean isReplacedBy(TaskSnapshot reported) {
		return !deleted && (reported.version > version || reported.deleted);
	}

	public boolean wantsReminders() {
		return open && !deleted;
	}
}
