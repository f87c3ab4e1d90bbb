package io.todoplatform.assistant.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import io.todoplatform.assistant.application.port.out.Conversations;
import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.Turn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the assistant's schema, one row each with its (bounded) turns as JSON.
 * Every statement names the owner: another user's id finds nothing.
 */
@Repository
@ConditionalOnProperty(name = "todo.assistant.conversations.store", havingValue = "postgresql", matchIfMissing = true)
class StoredConversations implements Conversations {

	private static final String TABLE = AssistantSchema.NAME + ".conversation";

	/** Turns of one conversation written at once: each loser reads again. */
	private static final int ATTEMPTS = 10;

	private static final TypeReference<List<Turn>> TURNS = new TypeReference<>() {
	};

	private final DatabaseClient database;

	private final JsonMapper json;

	StoredConversations(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	@Override
	public Mono<Conversation> find(String owner, UUID id) {
		return database
			.sql("select id, owner, title, turns, updated_at from " + TABLE + " where id = :id and owner = :owner")
			.bind("id", id)
			.bind("owner", owner)
			.map(this::read)
			.one();
	}

	@Override
	public Flux<Conversation.Summary> list(String owner) {
		return database
			.sql("select id, title, updated_at from " + TABLE + " where owner = :owner order by updated_at desc, id")
			.bind("owner", owner)
			.map(row -> new Conversation.Summary(row.get("id", UUID.class), row.get("title", String.class),
					instant(row)))
			.all();
	}

	/**
	 * Appends over what is stored now: the row is changed only if it is still the version
	 * read ({@code updated_at}), else read again; a new conversation is only inserted.
	 */
	@Override
	public Mono<Conversation> add(Conversation read, Turn turn) {
		return Mono
			.defer(() -> find(read.owner(), read.id()).map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(stored -> stored.isPresent() ? replace(stored.get(), stored.get().with(turn))
						: read.turns().isEmpty() ? insert(read.with(turn)) : Mono.empty()))
			.retryWhen(Retry.max(ATTEMPTS).filter(RaceLostException.class::isInstance));
	}

	private Mono<Conversation> insert(Conversation conversation) {
		return written(database
			.sql("insert into " + TABLE + " (id, owner, title, turns, updated_at) "
					+ "values (:id, :owner, :title, :turns, :updated_at) on conflict (id) do nothing")
			.bind("id", conversation.id())
			.bind("owner", conversation.owner())
			.bind("title", conversation.title()), conversation);
	}

	private Mono<Conversation> replace(Conversation stored, Conversation conversation) {
		return written(database
			.sql("update " + TABLE + " set turns = :turns, updated_at = :updated_at "
					+ "where id = :id and owner = :owner and updated_at = :read_at")
			.bind("id", conversation.id())
			.bind("owner", conversation.owner())
			.bind("read_at", stored.updatedAt().atOffset(ZoneOffset.UTC)), conversation);
	}

	/**
	 * Runs the statement with the conversation's turns; no row changed: another won the
	 * race.
	 */
	private Mono<Conversation> written(DatabaseClient.GenericExecuteSpec statement, Conversation conversation) {
		return statement.bind("turns", Json.of(json.writeValueAsString(conversation.turns())))
			.bind("updated_at", conversation.updatedAt().atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.flatMap(rows -> rows == 1 ? Mono.just(conversation) : Mono.error(new RaceLostException()));
	}

	/** Another turn of the same conversation was stored first. */
	private static final class RaceLostException extends RuntimeException {

		RaceLostException() {
			super(null, null, false, false);
		}

	}

	@Override
	public Mono<Boolean> delete(String owner, UUID id) {
		return database.sql("delete from " + TABLE + " where id = :id and owner = :owner")
			.bind("id", id)
			.bind("owner", owner)
			.fetch()
			.rowsUpdated()
			.map(deleted -> deleted > 0);
	}

	private Conversation read(Readable row) {
		return new Conversation(row.get("id", UUID.class), row.get("owner", String.class),
				row.get("title", String.class), json.readValue(row.get("turns", Json.class).asString(), TURNS),
				instant(row));
	}

	private static Instant instant(Readable row) {
		return row.get("updated_at", OffsetDateTime.class).toInstant();
	}

}
