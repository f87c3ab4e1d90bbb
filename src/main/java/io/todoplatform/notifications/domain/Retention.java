package io.todoplatform.notifications.domain;

import java.time.Duration;
import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How long the module keeps what is finished: reminders that were sent, cancelled or
 * failed, and the records of which destinations received a firing. Older ones are pruned.
 * Since a pruned reminder is no longer on record, a task event that still names it must
 * not schedule it afresh: a reminder whose fire time lies before the horizon and that is
 * not on record is taken as finished long ago (a reminder that late is not worth sending
 * either).
 *
 * @param age at least {@link #SHORTEST}, so that a reminder that fell due during an
 * outage is still sent after it; 30 days when not given
 */
@ValueObject
public record Retention(Duration age) {

	public static final Duration SHORTEST = Duration.ofDays(1);

	public static final Duration DEFAULT = Duration.ofDays(30);

	public Retention {
		// Null when the setting is absent: the binder passes what it has.
		age = age == null ? DEFAULT : age;
		if (age.compareTo(SHORTEST) < 0) {
			throw new IllegalArgumentException("todo.notifications.retention.age must be at least " + SHORTEST
					+ ", so that reminders due during an outage are still sent after it, not " + age);
		}
	}

	/** What finished before this instant is pruned. */
	public Instant horizon(Instant now) {
		return now.minus(age);
	}

	/**
	 * Whether a reminder firing at {@code fireAt} that is not on record was pruned, or
	 * would be at once.
	 */
	public boolean forgets(Instant fireAt, Instant now) {
		return fireAt.isBefore(horizon(now));
	}
}
