package io.todoplatform.events.dapr;

import java.util.Comparator;
import java.util.List;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.SidecarOnlyRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where this app's Dapr sidecar brings the events of the topics its subscriptions need
 * (programmatic subscription). An event is taken into the inbox and acknowledged
 * ({@code SUCCESS}); handling it is the inbox's business, so one user's failing event
 * never holds back the partition it shares with other users. {@code RETRY} (the database
 * is away) makes the sidecar offer it again under its resiliency policy; {@code DROP}
 * (not one of our CloudEvents) moves it to the topic's dead-letter twin. Only the sidecar
 * may call here: {@code identity.ApiSecurity} checks its token on {@code /events/**}.
 */
@RestController
@ConditionalOnProperty(name = "todo.events.transport", havingValue = "dapr")
class DaprSubscriptions implements SmartInitializingSingleton, SidecarOnlyRoute {

	private static final Logger log = LoggerFactory.getLogger(DaprSubscriptions.class);
	static final String ROUTE = "/events/";

	private final Arrivals arrivals;

	private final DaprTopics topics;

	private final ObjectReader cloudEvents;

	DaprSubscriptions(Arrivals arrivals, DaprTopics topics, JsonMapper json) {
		this.arrivals = arrivals;
		this.topics = topics;
		// The sidecar adds fields of its own (topic, pubsubname, traceid, ...): they are
		// not ours to reject.
		this.cloudEvents = json.readerFor(CloudEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	record DaprSubscription(String pubsubname, String topic, String route, String deadLetterTopic) {
	}

	record DeliveryStatus(String status) {

		static final DeliveryStatus SUCCESS = new DeliveryStatus("SUCCESS");
		static final DeliveryStatus RETRY = new DeliveryStatus("RETRY");
		static final DeliveryStatus DROP = new DeliveryStatus("DROP");

	}

	@Override
	public String pathPattern() {
		return ROUTE + "**";
	}

	/**
	 * A subscription to a type that no topic carries would silently never receive
	 * anything: refuse to start.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		arrivals.typesByConsumer()
			.forEach((consumer,
					types) -> types.forEach(type -> topics.topicOf(type)
						.orElseThrow(() -> new IllegalStateException(consumer + " subscribes to " + type
								+ ", which no topic carries: add it to todo.events.dapr.topics"))));
	}

	/**
	 * The topics that carry at least one event type a subscription of this process takes
	 * from the transport.
	 */
	@GetMapping(path = "/dapr/subscribe", produces = MediaType.APPLICATION_JSON_VALUE)
	List<DaprSubscription> subscriptions() {
		return topics.topics()
			.entrySet()
			.stream()
			.filter(topic -> arrivals.typesByConsumer()
				.values()
				.stream()
				.anyMatch(types -> topic.getValue().stream().anyMatch(types::contains)))
			.map(topic -> new DaprSubscription(topics.pubsub(), topic.getKey(), ROUTE + topic.getKey(),
					DaprTopics.deadLetterTopicOf(topic.getKey())))
			.sorted(Comparator.comparing(DaprSubscription::topic))
			.toList();
	}

	@PostMapping(path = ROUTE + "{topic}",
			consumes = { DaprTransport.CLOUD_EVENTS_JSON, MediaType.APPLICATION_JSON_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<DeliveryStatus> receive(@PathVariable String topic, @RequestBody byte[] body) {
		CloudEvent event;
		try {
			event = cloudEvents.readValue(body);
		}
		catch (JacksonException e) {
			log.error("Dropping a message on {} that is not one of our CloudEvents: {}", topic, e.getOriginalMessage());
			return Mono.just(DeliveryStatus.DROP);
		}
		return arrivals.receive(event).thenReturn(DeliveryStatus.SUCCESS).onErrorResume(failure -> {
			log.warn("Event {} of type {} on {} could not be taken in; the sidecar will offer it again: {}", event.id(),
					event.type(), topic, failure.toString());
			return Mono.just(DeliveryStatus.RETRY);
		});
	}

}
