package io.todoplatform.recurrence.domain;

/**
 * What the next occurrence follows once one is done.
 */
public enum Anchor {

	/** The rule's own dates, whenever the previous occurrence was completed. */
	SCHEDULE,

	/**
	 * The rule restarted on the day of completion, like "every! 3 days": three days after
	 * it was actually done.
	 */
	COMPLETION

}
