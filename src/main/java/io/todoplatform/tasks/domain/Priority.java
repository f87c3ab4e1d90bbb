package io.todoplatform.tasks.domain;

/**
 * How much a task matters, most important first.
 */
public enum Priority {

	VERY_IMPORTANT, HIGH, MEDIUM, LOW;

	/** The priority of a task created without one. */
	public static final Priority DEFAULT = MEDIUM;

	/**
	 * A number that grows with importance: sorting by it descending puts the most
	 * important first.
	 */
	public int urgency() {
		return values().length - ordinal();
	}

	public static Priority ofUrgency(int urgency) {
		return values()[values().length - urgency];
	}

}
