package io.todoplatform.events;

import io.todoplatform.storage.ModuleSchema;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * What the leader of a schema does while it leads: relays the outbox, hands the inbox to
 * its consumers, prunes what is kept of handled events, and counts what waits
 * ({@link QueueDepths}).
 */
final class SchemaDuties {

	private final Drain outbox;

	private final Drain inbox;

	private final Disposable retention;

	private final Disposable depths;

	SchemaDuties(Drain outbox, Drain inbox, Disposable retention, Disposable depths) {
		this.outbox = outbox;
		this.inbox = inbox;
		this.retention = retention;
		this.depths = depths;
	}

	/** The channel a schema's triggers notify on (migration V3 of the events tables). */
	static String channel(ModuleSchema schema) {
		return "todo_events_" + schema.name();
	}

	/** Something new in a table: {@code outbox} or {@code inbox}. */
	void wake(@Nullable String table) {
		if ("outbox".equals(table)) {
			outbox.wake();
		}
		else if ("inbox".equals(table)) {
			inbox.wake();
		}
		else {
			wakeAll();
		}
	}

	/**
	 * On taking the lead: whatever the tables hold was left by a previous leader, or
	 * arrived meanwhile.
	 */
	void wakeAll() {
		outbox.wake();
		inbox.wake();
	}

	void stop() {
		outbox.stop();
		inbox.stop();
		retention.dispose();
		depths.dispose();
	}

}
