package io.todoplatform.events.dapr;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import io.dapr.client.DaprClient;
import io.dapr.client.DaprClientBuilder;
import io.dapr.client.domain.PublishEventRequest;
import io.dapr.serializer.DaprObjectSerializer;
import io.dapr.utils.TypeRef;
import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.EventTransport;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distributed mode's transport: publishes each event through this app's Dapr sidecar
 * (gRPC, the Dapr Java SDK) to the Kafka topic of its type, keyed by the owning user so
 * that one user's events stay in order. The event travels as our own CloudEvent
 * ({@code application/cloudevents+json}): Dapr keeps its id, type, source and subject.
 * While the sidecar is away publishing fails, the event stays in the outbox, and the
 * relay offers it again.
 */
@Component
@ConditionalOnProperty(name = "todo.events.transport", havingValue = "dapr")
class DaprTransport implements EventTransport, DisposableBean {

	static final String CLOUD_EVENTS_JSON = "application/cloudevents+json";

	/**
	 * The key under which the SDK looks for a W3C trace context in the Reactor context.
	 */
	private static final String TRACEPARENT = "traceparent";

	private final DaprClient dapr;

	private final DaprTopics topics;

	private final JsonMapper json;

	private final Duration timeout;

	DaprTransport(DaprTopics topics, JsonMapper json, DaprSettings settings) {
		this.dapr = new DaprClientBuilder().withObjectSerializer(new AsIs()).build();
		this.topics = topics;
		this.json = json;
		this.timeout = settings.publishTimeout();
	}

	@Override
	public Mono<Void> publish(CloudEvent event) {
		return Mono.defer(() -> {
			var topic = topics.topicOf(event.type())
				.orElseThrow(() -> new IllegalStateException(
						"No topic for event type " + event.type() + ": add it to todo.events.dapr.topics"));
			var request = new PublishEventRequest(topics.pubsub(), topic, json.writeValueAsBytes(event))
				.setContentType(CLOUD_EVENTS_JSON)
				.setMetadata(Map.of("partitionKey", event.partitionkey()));
			// The SDK passes a traceparent from the Reactor context on to the sidecar.
			var trace = event.traceparent() == null ? Context.empty() : Context.of(TRACEPARENT, event.traceparent());
			return dapr.publishEvent(request).contextWrite(trace).timeout(timeout);
		});
	}

	@Override
	public void destroy() throws Exception {
		dapr.close();
	}

	/**
	 * The event is serialised already, as our CloudEvent JSON: hand its bytes over
	 * unchanged.
	 */
	private static final class AsIs implements DaprObjectSerializer {

		@Override
		public byte[] serialize(Object data) throws IOException {
			if (data instanceof byte[] bytes) {
				return bytes;
			}
			throw new IOException("Only serialised events are published, not " + data.getClass().getName());
		}

		@Override
		public <T> T deserialize(byte[] data, TypeRef<T> type) throws IOException {
			throw new IOException("This client only publishes");
		}

		@Override
		public String getContentType() {
			return CLOUD_EVENTS_JSON;
		}

	}

}
