package io.todoplatform.events.dapr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Kafka topic carries which event types between app-ids, and the Dapr pub/sub
 * component that reaches them. Every event type is on exactly one topic, so one user's
 * events of a topic stay in order. Every topic has a dead-letter twin,
 * {@code <topic>-dlq}. The table is in {@code application.yaml} and
 * {@code docs/events.md}.
 *
 * @param pubsub the name of the Dapr pub/sub component
 * @param topics event types by topic
 */
public record DaprTopics(String pubsub, Map<String, List<String>> topics) {

	private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]*");
	static final String DEAD_LETTER_SUFFIX = "-dlq";

	public DaprTopics {
		pubsub = pubsub == null || pubsub.isBlank() ? "events" : pubsub;
		topics = topics == null ? Map.of() : Map.copyOf(topics);
		var seen = new HashMap<String, String>();
		var all = topics;
		topics.forEach((topic, types) -> {
			if (!TOPIC.matcher(topic).matches() || isDeadLetterOfNone(topic, all)) {
				throw new IllegalArgumentException("todo.events.dapr.topics: '" + topic
						+ "' is not a topic name (lower-case letters, digits, '-'; ending in -dlq only as the "
						+ "dead-letter twin of a listed topic)");
			}
			types.forEach(type -> {
				var other = seen.put(type, topic);
				if (other != null) {
					throw new IllegalArgumentException("todo.events.dapr.topics: event type " + type
							+ " is on two topics, " + other + " and " + topic + "; its order would be lost");
				}
			});
		});
	}

	/**
	 * A module may publish straight to a dead-letter topic (a delivery that failed for
	 * good), but only to the twin of a topic of the table: a lone {@code -dlq} topic is a
	 * mistake.
	 */
	private static boolean isDeadLetterOfNone(String topic, Map<String, List<String>> topics) {
		return topic.endsWith(DEAD_LETTER_SUFFIX)
				&& !topics.containsKey(topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length()));
	}

	/** The topic that carries the type, if any. */
	public Optional<String> topicOf(String eventType) {
		return topics.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(eventType))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	static String deadLetterTopicOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}
}
