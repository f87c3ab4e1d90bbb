package io.todoplatform.assistant.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
	 * Inserts, or replaces the owner's row; a row of the same id owned by someone else
	 * (which a random UUID never meets) is left alone.
	 */
	@Override
	public Mono<Conversation> save(Conversation conversation) {
		return database
			.sql("insert into " + TABLE + " (id, owner, title, turns, updated_at) "
					+ "values (:id, :owner, :title, :turns, :updated_at) on conflict (id) do update set "
					+ "turns = excluded.turns, updated_at = excluded.updated_at where " + TABLE
					+ ".owner = excluded.owner")
			.bind("id", conversation.id())
			.bind("owner", conversation.owner())
			.bind("title", conversation.title())
			.bind("turns", Json.of(json.writeValueAsString(conversation.turns())))
			.bind("updated_at", conversation.updatedAt().atOffset(ZoneOffset.UTC))
			.then()
			.thenReturn(conversation);
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
