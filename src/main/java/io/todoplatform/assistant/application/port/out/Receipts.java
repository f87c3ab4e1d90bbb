package io.todoplatform.assistant.application.port.out;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The results of tool calls made with an idempotency key, per user and key, until they
 * expire. An expired receipt is as good as none: it is never given, and it is deleted.
 */
public interface Receipts {

	/**
	 * Holds the key for a call that is about to run, unless a receipt that has not
	 * expired at {@code now} holds it already.
	 * @param until when the hold ends if the call never finishes (a crash, a cancel)
	 * @return the receipt that holds the key already; empty when the key is now held for
	 * this call
	 */
	Mono<Receipt> hold(Key key, Call call, Instant now, Instant until);

	/** The receipt under the key, if any has not expired at {@code now}. */
	Mono<Receipt> find(Key key, Instant now);

	/**
	 * Stores the result of the call that holds the key (held at {@code heldAt}), kept
	 * until {@code until}.
	 */
	Mono<Void> complete(Key key, Instant heldAt, Result result, Instant until);

	/** Frees the key held at {@code heldAt} by a call that failed without a result. */
	Mono<Void> release(Key key, Instant heldAt);

	/** Keys are the user's own: another user's same key is another key. */
	record Key(String subject, String idempotencyKey) {
	}

	/**
	 * @param argumentsDigest a digest of the call's arguments (without the key)
	 */
	record Call(String tool, String argumentsDigest) {
	}

	/** A tool result, as stored. */
	record Result(String text, Map<String, Object> structured, boolean error) {
	}

	/**
	 * @param result null while the call that holds the key runs
	 */
	record Receipt(Call call, @Nullable Result result, Instant heldAt) {
	}

}
