package io.todoplatform.recurrence.domain;

/**
 * How often a rule's basic interval comes round: the FREQ part.
 */
public enum Frequency {

	SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY;

	/**
	 * Whether the interval is shorter than a day, so that the rule needs a time of day to
	 * work on.
	 */
	public boolean withinADay() {
		return compareTo(DAILY) < 0;
	}

}
