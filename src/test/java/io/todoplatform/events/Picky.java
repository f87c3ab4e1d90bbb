package io.todoplatform.events;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/**
 * A consumer of {@value #TYPE} events for tests of failure: it fails transiently on the
 * events it is told to fail on, rejects those it is told to reject as unprocessable, and
 * remembers the others in the order it handled them.
 */
@TestConfiguration(proxyBeanMethods = false)
class Picky {

	static final String TYPE = "test.picky";
	static final String CONSUMER = "test.picky";

	final List<CloudEvent> handled = new CopyOnWriteArrayList<>();

	final Set<String> failing = ConcurrentHashMap.newKeySet();

	final Set<String> rejected = ConcurrentHashMap.newKeySet();

	@Bean
	Subscription pickySubscription(@Qualifier("tasksSchema") ModuleSchema schema) {
		return new Subscription(Set.of(TYPE), CONSUMER, schema, this::handle);
	}

	private Mono<Void> handle(CloudEvent event) {
		if (rejected.contains(event.id())) {
			return Mono.error(new UnprocessableEventException("test rejects " + event.id()));
		}
		if (failing.contains(event.id())) {
			return Mono.error(new IllegalStateException("test fails " + event.id() + " for now"));
		}
		handled.add(event);
		return Mono.empty();
	}

	List<Integer> numbersOf(String user) {
		return handled.stream()
			.filter(event -> event.partitionkey().equals(user))
			.map(event -> event.data().get("n").asInt())
			.toList();
	}

}
