package io.todoplatform.events;

import java.util.function.Function;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where event payloads become JSON and JSON becomes payloads. Writing is
 * the application's JSON as is. Reading is tolerant of what a newer producer may add
 * (unknown fields are ignored) and strict about the rest: data that does not read as the
 * payload, or lacks a field the payload needs, can never be handled, so it is
 * {@link UnprocessableEventException unprocessable} and set aside instead of retried.
 */
@Component
class Payloads {

	private final JsonMapper json;

	Payloads(JsonMapper json) {
		this.json = json;
	}

	JsonNode write(Object payload) {
		return json.valueToTree(payload);
	}

	/**
	 * Reads the event's data as the payload and hands it to the handler. The handler
	 * turns the payload into its own domain's values before it returns its work: whatever
	 * it throws then (a value its domain refuses) is the data's fault too. Only the
	 * returned work may fail for reasons a retry can cure.
	 */
	<T> Mono<Void> handle(CloudEvent event, Class<T> type, Function<? super T, Mono<Void>> handler) {
		return Mono.defer(() -> {
			try {
				return handler.apply(read(event.data(), type));
			}
			catch (RuntimeException e) {
				return Mono.error(new UnprocessableEventException(
						"Malformed " + event.type() + " " + event.id() + ": " + e.getMessage(), e));
			}
		});
	}

	<T> T read(JsonNode data, Class<T> type) {
		T payload = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
		if (payload == null) {
			throw new IllegalArgumentException("the data is null");
		}
		RequiredFields.check(payload);
		return payload;
	}

}
