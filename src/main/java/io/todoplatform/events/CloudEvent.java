package io.todoplatform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in its structured JSON form: the contract between modules,
 * whatever carries it.
 *
 * @param partitionkey the owning user's id: events of one user keep their order
 * @param traceparent the W3C trace context of the change that caused the event, if it was
 * traced
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
		String datacontenttype, String partitionkey, @Nullable String traceparent, JsonNode data) {

	public static final String SPEC_VERSION = "1.0";

	public static final String JSON = "application/json";

	public CloudEvent {
		if (!SPEC_VERSION.equals(specversion)) {
			throw new IllegalArgumentException(
					"Only CloudEvents " + SPEC_VERSION + " is supported, not " + specversion);
		}
		if (id.isBlank() || source.isBlank() || type.isBlank() || subject.isBlank() || partitionkey.isBlank()) {
			throw new IllegalArgumentException("A CloudEvent needs an id, source, type, subject and partition key");
		}
		if (!JSON.equals(datacontenttype)) {
			throw new IllegalArgumentException("Event data must be " + JSON + ", not " + datacontenttype);
		}
	}

	/** A new event with a fresh id. */
	public static CloudEvent of(String source, String type, String subject, Instant time, String partitionKey,
			@Nullable String traceparent, JsonNode data) {
		return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject, time, JSON,
				partitionKey, traceparent, data);
	}
}
