package io.todoplatform.notifications.domain;

/**
 * What a trigger of a reminder's delivery achieved, and so whether the scheduler must
 * trigger it again.
 */
public enum DeliveryOutcome {

	/**
	 * Sent, failed for good, or nothing to do (a stale trigger): do not trigger again.
	 */
	DONE,
	/**
	 * Another delivery of it is under way: trigger again later, in case that one dies.
	 */
	BUSY

}
