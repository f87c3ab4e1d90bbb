package io.todoplatform.tasks.domain;

import java.util.List;

/**
 * One key of a task list's order.
 */
public record TaskSort(Key key, boolean ascending) {

	public enum Key {

		PRIORITY, DUE_AT, CREATED_AT, UPDATED_AT, TITLE

	}

	/** Most important first, then the soonest due (undated last), then the oldest. */
	public static final List<TaskSort> DEFAULT = List.of(new TaskSort(Key.PRIORITY, false),
			new TaskSort(Key.DUE_AT, true), new TaskSort(Key.CREATED_AT, true));

}
