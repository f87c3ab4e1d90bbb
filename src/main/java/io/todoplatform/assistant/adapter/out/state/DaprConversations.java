package io.todoplatform.assistant.adapter.out.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.assistant.application.port.out.Conversations;
import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.Turn;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Repository;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the sidecar's state store, through Dapr's HTTP state API: one document
 * per conversation, and per owner an index of their conversations for the list. A
 * conversation and its owner's index change in one state transaction, each only over the
 * version (ETag) it was read at, so two turns finishing at once lose neither a turn nor
 * an entry: the one that lost the race reads both again.
 */
@Repository
@ConditionalOnProperty(name = "todo.assistant.conversations.store", havingValue = "dapr")
@EnableConfigurationProperties(StateStoreSettings.class)
class DaprConversations implements Conversations {

	private static final String TOKEN_HEADER = "dapr-api-token";

	// Turns of one conversation written at once: each round one wins, the others read
	// again.
	private static final int ATTEMPTS = 10;

	private final WebClient web;

	private final JsonMapper json;

	private final StateStoreSettings settings;

	DaprConversations(WebClient.Builder web, JsonMapper json, StateStoreSettings settings) {
		this.web = web.baseUrl(settings.daprEndpoint() + "/v1.0/state/" + settings.stateStore())
			.defaultHeaders(headers -> {
				if (settings.daprApiToken() != null && !settings.daprApiToken().isBlank()) {
					headers.set(TOKEN_HEADER, settings.daprApiToken());
				}
			})
			.build();
		this.json = json;
		this.settings = settings;
	}

	@Override
	public Mono<Conversation> find(String owner, UUID id) {
		return read(conversationKey(id), Conversation.class)
			.flatMap(stored -> stored.value().owner().equals(owner) ? Mono.just(stored.value()) : Mono.empty());
	}

	@Override
	public Flux<Conversation.Summary> list(String owner) {
		return index(owner).flatMapIterable(index -> index.value().conversations());
	}

	/**
	 * Appends over what is stored now: the conversation is written over the version
	 * (ETag) read, its owner's index too, in one transaction; whoever loses a race reads
	 * both again. A new conversation is only created, never written over.
	 */
	@Override
	public Mono<Conversation> add(Conversation read, Turn turn) {
		var key = conversationKey(read.id());
		return Mono
			.defer(() -> read(key, Conversation.class).filter(stored -> stored.value().owner().equals(read.owner()))
				.map(stored -> new Stored<>(stored.value().with(turn), stored.etag()))
				.switchIfEmpty(
						Mono.fromSupplier(() -> read.turns().isEmpty() ? new Stored<>(read.with(turn), null) : null))
				.flatMap(
						next -> index(read.owner())
							.flatMap(
									index -> transaction(
											List.of(upsert(key, next.value(), next.etag()),
													upsert(indexKey(read.owner()),
															index.value().with(next.value().summary()), index.etag()))))
							.thenReturn(next.value())))
			.retryWhen(racing());
	}

	@Override
	public Mono<Boolean> delete(String owner, UUID id) {
		return find(owner, id).flatMap(found -> Mono
			.defer(() -> index(owner).flatMap(index -> transaction(
					List.of(Map.of("operation", "delete", "request", Map.of("key", conversationKey(id))),
							upsert(indexKey(owner), index.value().without(id), index.etag())))))
			.retryWhen(racing())
			.thenReturn(true)).defaultIfEmpty(false);
	}

	private Mono<Stored<Index>> index(String owner) {
		return read(indexKey(owner), Index.class).defaultIfEmpty(new Stored<>(new Index(List.of()), null));
	}

	private <T> Mono<Stored<T>> read(String key, Class<T> type) {
		return web.get()
			.uri("/{key}", key)
			.exchangeToMono(response -> response.statusCode().value() == HttpStatus.NO_CONTENT.value()
					? response.releaseBody().then(Mono.<Stored<T>>empty())
					: response.statusCode().is2xxSuccessful()
							? response.bodyToMono(byte[].class)
								.map(body -> new Stored<>(json.readValue(body, type),
										response.headers().asHttpHeaders().getETag()))
							: failure(response, "read " + key))
			.timeout(settings.timeout());
	}

	private Mono<Void> transaction(List<Map<String, Object>> operations) {
		return web.post()
			.uri("/transaction")
			.bodyValue(Map.of("operations", operations))
			.exchangeToMono(response -> response.statusCode().is2xxSuccessful() ? response.releaseBody()
					: failure(response, "change conversations"))
			.timeout(settings.timeout());
	}

	/**
	 * A document written over the version read ({@code first-write}); one never stored
	 * yet is only created, never written over.
	 */
	private static Map<String, Object> upsert(String key, Object value, @Nullable String etag) {
		var request = new LinkedHashMap<String, Object>();
		request.put("key", key);
		request.put("value", value);
		if (etag != null) {
			request.put("etag", etag.replace("\"", ""));
		}
		request.put("options", Map.of("concurrency", "first-write"));
		return Map.of("operation", "upsert", "request", request);
	}

	private static <T> Mono<T> failure(ClientResponse response, String what) {
		return response.bodyToMono(String.class)
			.defaultIfEmpty("")
			.flatMap(body -> Mono.error(new StateStoreException(
					"The state store could not " + what + ": " + response.statusCode().value() + " " + body)));
	}

	/** Another change of the same index won: read it again and retry. */
	private static Retry racing() {
		return Retry.backoff(ATTEMPTS, Duration.ofMillis(20)).filter(StateStoreException.class::isInstance);
	}

	static String conversationKey(UUID id) {
		return "conversation-" + id;
	}

	/** Subjects are any text; the key holds a digest of it. */
	static String indexKey(String owner) {
		try {
			return "conversations-of-" + HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(owner.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Stored<T>(T value, @Nullable String etag) {
	}

	/** An owner's conversations, the most recently updated first. */
	record Index(List<Conversation.Summary> conversations) {

		Index with(Conversation.Summary summary) {
			var kept = new ArrayList<>(without(summary.id()).conversations());
			kept.add(summary);
			kept.sort(Comparator.comparing(Conversation.Summary::updatedAt).reversed());
			return new Index(kept);
		}

		Index without(UUID id) {
			return new Index(conversations.stream().filter(summary -> !summary.id().equals(id)).toList());
		}

	}

	static class StateStoreException extends RuntimeException {

		StateStoreException(String message) {
			super(message);
		}

	}

}
