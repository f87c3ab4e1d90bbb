package io.todoplatform.notifications.adapter.out.persistence;

import java.time.Instant;

import io.todoplatform.notifications.application.port.out.History;
import io.todoplatform.notifications.domain.PrunedHistory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Prunes in one transaction that first takes a PostgreSQL advisory lock: every replica's
 * daily job fires at about the same time, one of them prunes, and the others find the
 * lock taken and leave it to that one. The lock ends with the transaction, also when its
 * process dies.
 */
@Repository
class StoredHistory implements History {

	private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('todo-platform." + ReminderSchema.NAME
			+ ".retention'))";

	/**
	 * A delivery record of a firing that still waits to finish keeps a restarted delivery
	 * from sending it again.
	 */
	private static final String DELIVERIES = "delete from " + ReminderSchema.NAME + ".delivery d "
			+ "where d.delivered_at < :horizon and not exists (select 1 from " + ReminderSchema.NAME + ".reminder r "
			+ "where r.id = d.reminder_id and r.status = 'SCHEDULED' and r.fire_at = d.fire_at)";

	/**
	 * A finished reminder's last change is when it finished; its own delivery records go
	 * with it (cascade).
	 */
	private static final String REMINDERS = "delete from " + ReminderSchema.NAME + ".reminder "
			+ "where status <> 'SCHEDULED' and updated_at < :horizon";

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	StoredHistory(DatabaseClient database, ReactiveTransactionManager transactions) {
		this.database = database;
		this.transactions = TransactionalOperator.create(transactions);
	}

	@Override
	public Mono<PrunedHistory> pruneBefore(Instant horizon) {
		return database.sql(LOCK)
			.map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
			.one()
			.filter(locked -> locked)
			.flatMap(locked -> delete(DELIVERIES, horizon))
			.flatMap(
					deliveries -> delete(REMINDERS, horizon).map(reminders -> new PrunedHistory(reminders, deliveries)))
			.as(transactions::transactional);
	}

	private Mono<Long> delete(String statement, Instant horizon) {
		return database.sql(statement).bind("horizon", StoredReminders.utc(horizon)).fetch().rowsUpdated();
	}

}
