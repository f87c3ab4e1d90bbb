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
 * conversation and its owner's index change in one state transaction, the index only over
 * the version (ETag) it was read at, so two turns finishing at once never lose an entry:
 * the one that lost the race reads the index again.
 */
@Repository
@ConditionalOnProperty(name = "todo.assistant.conversations.store", havingValue = "dapr")
@EnableConfigurationProperties(StateStoreSettings.class)
class DaprConversations implements Conversations {

	private static final String TOKEN_HEADER = "dapr-api-token";

	private static final int ATTEMPTS = 5;

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

	@Override
	public Mono<Conversation> save(Conversation conversation) {
		return Mono
			.defer(() -> index(conversation.owner()).flatMap(index -> transaction(List.of(
					Map.of("operation", "upsert", "request",
							Map.of("key", conversationKey(conversation.id()), "value", conversation)),
					indexUpsert(conversation.owner(), index.value().with(conversation.summary()), index.etag())))))
			.retryWhen(racing())
			.thenReturn(conversation);
	}

	@Override
	public Mono<Boolean> delete(String owner, UUID id) {
		return find(owner, id).flatMap(found -> Mono
			.defer(() -> index(owner).flatMap(index -> transaction(
					List.of(Map.of("operation", "delete", "request", Map.of("key", conversationKey(id))),
							indexUpsert(owner, index.value().without(id), index.etag())))))
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
	 * An owner's index, written over the version read ({@code first-write}); one never
	 * stored yet is only created, never overwritten. (A conversation itself is written
	 * last-write-wins: two turns of one conversation at once keep the later.)
	 */
	private static Map<String, Object> indexUpsert(String owner, Index value, @Nullable String etag) {
		var request = new LinkedHashMap<String, Object>();
		request.put("key", indexKey(owner));
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
