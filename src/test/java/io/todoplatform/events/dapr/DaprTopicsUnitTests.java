package io.todoplatform.events.dapr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DaprTopicsUnitTests {

	@Test
	void everyTypeIsOnItsTopicAndEveryTopicHasADeadLetterTwin() {
		var topics = new DaprTopics("events", Map.of("task-operations", List.of("task.created", "task.completed"),
				"task-modifications", List.of("task.updated")));

		assertThat(topics.topicOf("task.completed")).contains("task-operations");
		assertThat(topics.topicOf("task.updated")).contains("task-modifications");
		assertThat(topics.topicOf("task.archived")).isEmpty();
		assertThat(DaprTopics.deadLetterTopicOf("task-operations")).isEqualTo("task-operations-dlq");
	}

	@Test
	void aTypeOnTwoTopicsIsRefusedBecauseItsOrderWouldBeLost() {
		assertThatThrownBy(
				() -> new DaprTopics("events", Map.of("a", List.of("task.created"), "b", List.of("task.created"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("task.created is on two topics");
	}

	@Test
	void topicNamesAreCheckedAndDeadLetterNamesAreReserved() {
		assertThatThrownBy(() -> new DaprTopics("events", Map.of("Task Operations", List.of("task.created"))))
			.hasMessageContaining("is not a topic name");
		assertThatThrownBy(() -> new DaprTopics("events", Map.of("tasks-dlq", List.of("task.created"))))
			.hasMessageContaining("is not a topic name");
	}

	@Test
	void aDeadLetterTwinOfAListedTopicMayCarryEventsOfItsOwn() {
		var topics = new DaprTopics("events",
				Map.of("alerts", List.of("alert.sent"), "alerts-dlq", List.of("alert.failed")));

		assertThat(topics.topicOf("alert.failed")).contains("alerts-dlq");
	}

	@Test
	void thePubSubComponentDefaultsToEvents() {
		assertThat(new DaprTopics(null, null).pubsub()).isEqualTo("events");
	}

}
