package io.todoplatform.assistant.adapter.out.persistence;

import java.time.Instant;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import io.todoplatform.assistant.application.port.out.Receipts;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receipts in {@code assistant.receipt}. The primary key on (subject, key) decides which
 * of several concurrent calls holds a key. Expired receipts are deleted, by whichever
 * replica, before a key is held: the table keeps about a day of keyed calls without a
 * scheduled job, and a key whose receipt expired can be held again.
 */
@Repository
class StoredReceipts implements Receipts {

	private static final String TABLE = AssistantSchema.NAME + ".receipt";

	private static final String WHERE_KEY = " where subject = :subject and idempotency_key = :key";

	private static final String WHERE_HELD = WHERE_KEY + " and created_at = :held_at and result_error is null";

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final DatabaseClient database;

	private final JsonMapper json;

	StoredReceipts(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	@Override
	public Mono<Receipt> hold(Key key, Call call, Instant now, Instant until) {
		var insert = bind(database.sql("insert into " + TABLE + " (subject, idempotency_key, tool, arguments_digest, "
				+ "created_at, expires_at) values (:subject, :key, :tool, :digest, :now, :until) on conflict do nothing"),
				key)
			.bind("tool", call.tool())
			.bind("digest", call.argumentsDigest())
			.bind("now", now)
			.bind("until", until);
		// Lost to another call: its receipt, unless it was released in between (then try
		// again).
		return prune(now).then(insert.fetch().rowsUpdated())
			.flatMap(inserted -> inserted == 1 ? Mono.empty()
					: find(key, now).switchIfEmpty(Mono.defer(() -> hold(key, call, now, until))));
	}

	private Mono<Long> prune(Instant now) {
		return database.sql("delete from " + TABLE + " where expires_at <= :now")
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	@Override
	public Mono<Receipt> find(Key key, Instant now) {
		return bind(database.sql("select tool, arguments_digest, result_text, result_structured, result_error, "
				+ "created_at from " + TABLE + WHERE_KEY + " and expires_at > :now"), key)
			.bind("now", now)
			.map(this::read)
			.one();
	}

	@Override
	public Mono<Void> complete(Key key, Instant heldAt, Result result, Instant until) {
		return bind(database.sql("update " + TABLE + " set result_text = :text, result_structured = :structured, "
				+ "result_error = :error, expires_at = :until" + WHERE_HELD), key)
			.bind("held_at", heldAt)
			.bind("text", result.text())
			.bind("structured", Json.of(json.writeValueAsString(result.structured())))
			.bind("error", result.error())
			.bind("until", until)
			.then();
	}

	@Override
	public Mono<Void> release(Key key, Instant heldAt) {
		return bind(database.sql("delete from " + TABLE + WHERE_HELD), key).bind("held_at", heldAt).then();
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, Key key) {
		return spec.bind("subject", key.subject()).bind("key", key.idempotencyKey());
	}

	private Receipt read(Readable row) {
		var call = new Call(row.get("tool", String.class), row.get("arguments_digest", String.class));
		var error = row.get("result_error", Boolean.class);
		var result = error == null ? null : new Result(row.get("result_text", String.class),
				json.readValue(row.get("result_structured", Json.class).asString(), OBJECT), error);
		return new Receipt(call, result, row.get("created_at", Instant.class));
	}

}
