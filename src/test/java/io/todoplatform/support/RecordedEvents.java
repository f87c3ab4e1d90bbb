package io.todoplatform.support;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.Subscription;
import io.todoplatform.storage.ModuleSchema;
import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/**
 * A subscriber to every event between modules that remembers what it received, for tests;
 * it can be told to fail a number of times to exercise redelivery.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedEvents {

	public static final List<String> TYPES = List.of("task.created", "task.updated", "task.completed", "task.reopened",
			"task.deleted", "recurrence.instance-due", "recurrence.instance-skipped", "recurrence.series-stopped",
			"alert.scheduled", "alert.cancelled", "alert.sent", "alert.failed");

	private final List<CloudEvent> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresToInject = new AtomicInteger();

	/**
	 * Any module schema has an inbox to record through: the tasks one when tasks runs
	 * here, else the one of the module a module test runs.
	 */
	@Bean
	Subscription recordingSubscription(List<ModuleSchema> schemas) {
		var schema = schemas.stream()
			.filter(candidate -> candidate.name().equals("tasks"))
			.findFirst()
			.orElseGet(schemas::getFirst);
		return new Subscription(Set.copyOf(TYPES), "test.recorder", schema, this::receive);
	}

	private Mono<Void> receive(CloudEvent event) {
		if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			return Mono.error(new IllegalStateException("injected failure"));
		}
		received.add(event);
		return Mono.empty();
	}

	public void failNext(int times) {
		failuresToInject.set(times);
	}

	public List<CloudEvent> about(String subject) {
		return received.stream().filter(event -> event.subject().equals(subject)).toList();
	}

	/**
	 * Waits until the events about a subject satisfy the expectation, and returns them.
	 */
	public List<CloudEvent> awaitAbout(String subject, Predicate<List<CloudEvent>> expectation) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> about(subject), expectation);
	}

}
