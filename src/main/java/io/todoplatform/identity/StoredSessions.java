package io.todoplatform.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.todoplatform.storage.ModuleSchema;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Browser sessions in PostgreSQL, so that every replica serving pages knows every
 * session: one row per session, one per attribute. A session is gone once it has been
 * idle for its timeout, by the database's clock (replicas agree); each replica deletes
 * expired rows now and then ({@link ExpiredSessions}). A save never brings back a session
 * that is gone (signed out, expired, or renamed at sign-in): it only updates the row it
 * read.
 */
final class StoredSessions implements ReactiveSessionRepository<StoredSession> {

	static final ModuleSchema SCHEMA = ModuleSchema.ofThisModule().withoutEvents();

	static final String SESSIONS = SCHEMA.name() + ".browser_session";

	private static final String ATTRIBUTES = SCHEMA.name() + ".browser_session_attribute";

	/**
	 * How often the last use of an otherwise unchanged session is written: a session
	 * expires up to this much earlier than its timeout says.
	 */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final SessionProperties properties;

	private final Clock clock;

	StoredSessions(DatabaseClient database, TransactionalOperator transactions, SessionProperties properties,
			Clock clock) {
		this.database = database;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Mono<StoredSession> createSession() {
		return Mono.fromSupplier(() -> StoredSession.created(properties.timeout()));
	}

	/**
	 * Writes what changed. Most requests change nothing but the session's last use: that
	 * is written at most once a minute ({@link #TOUCH_EVERY}), so such a request costs
	 * one read and no write.
	 */
	@Override
	public Mono<Void> save(StoredSession session) {
		return Mono.defer(() -> {
			if (session.unchangedSince(clock.instant().minus(TOUCH_EVERY))) {
				return Mono.empty();
			}
			var changes = SessionAttributes.serialize(session.changes());
			var stored = session.storedId();
			var write = stored == null ? insert(session) : touch(session, stored);
			if (changes.isEmpty()) {
				return write.doOnSuccess(done -> session.saved()).then();
			}
			return write.filter(found -> found)
				.flatMap(found -> Flux.fromIterable(changes.entrySet())
					.concatMap(change -> change.getValue() == null ? remove(session, change.getKey())
							: put(session, change.getKey(), change.getValue()))
					.then())
				.as(transactions::transactional)
				.doOnSuccess(done -> session.saved());
		});
	}

	private Mono<Boolean> insert(StoredSession session) {
		return database
			.sql("insert into " + SESSIONS
					+ " (id_hash, created_at, last_accessed_at, max_inactive_seconds, expires_at)"
					+ " values (:id, :created, now(), :max, now() + :max * interval '1 second')"
					+ " on conflict (id_hash) do nothing")
			.bind("id", hash(session.getId()))
			.bind("created", OffsetDateTime.ofInstant(session.getCreationTime(), ZoneOffset.UTC))
			.bind("max", (int) session.getMaxInactiveInterval().toSeconds())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/**
	 * Marks it used now, under its new id if it changed; false when the row is gone (or
	 * expired): nothing of it is written then.
	 */
	private Mono<Boolean> touch(StoredSession session, String stored) {
		return database
			.sql("update " + SESSIONS + " set id_hash = :id, last_accessed_at = now(), max_inactive_seconds = :max,"
					+ " expires_at = now() + :max * interval '1 second' where id_hash = :stored and expires_at > now()")
			.bind("id", hash(session.getId()))
			.bind("stored", hash(stored))
			.bind("max", (int) session.getMaxInactiveInterval().toSeconds())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	private Mono<Void> put(StoredSession session, String name, ByteBuffer value) {
		return database
			.sql("insert into " + ATTRIBUTES + " (session_id_hash, name, value) values (:id, :name, :value)"
					+ " on conflict (session_id_hash, name) do update set value = excluded.value")
			.bind("id", hash(session.getId()))
			.bind("name", name)
			.bind("value", value)
			.then();
	}

	private Mono<Void> remove(StoredSession session, String name) {
		return database.sql("delete from " + ATTRIBUTES + " where session_id_hash = :id and name = :name")
			.bind("id", hash(session.getId()))
			.bind("name", name)
			.then();
	}

	@Override
	public Mono<StoredSession> findById(String id) {
		return database
			.sql("select s.created_at, s.last_accessed_at, s.max_inactive_seconds, a.name, a.value from " + SESSIONS
					+ " s left join " + ATTRIBUTES + " a on a.session_id_hash = s.id_hash"
					+ " where s.id_hash = :id and s.expires_at > now()")
			.bind("id", hash(id))
			.map(row -> new Row(row.get("created_at", Instant.class), row.get("last_accessed_at", Instant.class),
					row.get("max_inactive_seconds", Integer.class), row.get("name", String.class),
					row.get("value", ByteBuffer.class)))
			.all()
			.collectList()
			.flatMap(rows -> {
				if (rows.isEmpty()) {
					return Mono.empty();
				}
				var attributes = new HashMap<String, ByteBuffer>();
				rows.forEach(row -> {
					if (row.name() != null && row.value() != null) {
						attributes.put(row.name(), row.value());
					}
				});
				var first = rows.getFirst();
				// Unreadable (written by another version of a class): as good as signed
				// out.
				return Mono.justOrEmpty(SessionAttributes.deserialize(attributes))
					.map(values -> StoredSession.read(id, Objects.requireNonNull(first.created()),
							Objects.requireNonNull(first.lastAccessed()),
							Duration.ofSeconds(Objects.requireNonNull(first.maxInactiveSeconds())), values));
			});
	}

	@Override
	public Mono<Void> deleteById(String id) {
		return database.sql("delete from " + SESSIONS + " where id_hash = :id").bind("id", hash(id)).then();
	}

	/** The session's key in the table: its id is the cookie, and stays in the browser. */
	private static ByteBuffer hash(String id) {
		try {
			return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

	/**
	 * A row of the join: no attribute (name and value null) for a session without any.
	 */
	private record Row(@Nullable Instant created, @Nullable Instant lastAccessed, @Nullable Integer maxInactiveSeconds,
			@Nullable String name, @Nullable ByteBuffer value) {
	}

}
