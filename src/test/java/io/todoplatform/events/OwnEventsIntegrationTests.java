package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Prometheus;
import io.todoplatform.tasks.application.port.in.ManageTasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.events.TaskCreated;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * A module's own events reach its own subscriptions straight from its outbox (ADR 0027):
 * with a transport that takes nothing, a subscription to its own module's type still gets
 * every event, and one that takes the same type from the transport gets none. Meanwhile
 * the outbox's backlog shows in the metrics.
 */
@ApiTest
@Import(OwnEventsIntegrationTests.Away.class)
class OwnEventsIntegrationTests {

	@Autowired
	ManageTasks manage;

	@Autowired
	Away away;

	@Autowired
	WebTestClient web;

	@Test
	void aModulesOwnEventReachesItsOwnSubscriptionWhileTheTransportIsAway() {
		var owner = new Owner("own-" + UUID.randomUUID());
		var task = manage.create(owner, TaskDetails.of("Own", null, null, null, null, null, null, null, ZoneOffset.UTC))
			.block();

		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> away.own.contains(task.id().id()));
		assertThat(away.fromTransport).doesNotContain(task.id().id());
	}

	@Test
	void whileTheTransportIsAwayTheOutboxBacklogAndTheAgeOfItsOldestEventShow() {
		var owner = new Owner("backlog-" + UUID.randomUUID());
		manage.create(owner, TaskDetails.of("Waiting", null, null, null, null, null, null, null, ZoneOffset.UTC))
			.block();

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var metrics = Prometheus.scrape(web);
			assertThat(Prometheus.value(metrics, "todo_events_backlog", "schema", "tasks", "queue", "outbox").orElse(0))
				.isPositive();
			assertThat(Prometheus.value(metrics, "todo_events_oldest_seconds", "schema", "tasks", "queue", "outbox")
				.orElse(0)).isPositive();
		});
	}

	/** A transport that refuses every event, and two subscriptions to tasks' own type. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Away {

		final Set<UUID> own = ConcurrentHashMap.newKeySet();

		final Set<UUID> fromTransport = ConcurrentHashMap.newKeySet();

		// In place of the in-process transport, which the relay would otherwise use.
		@Bean
		@Primary
		EventTransport awayTransport() {
			return event -> Mono.error(new IllegalStateException("The transport is away"));
		}

		@Bean
		Subscription ownTaskEvents(@Qualifier("tasksSchema") ModuleSchema schema) {
			return Subscription.to("test.own-task-events", schema)
				.onOwn(TaskCreated.class, created -> Mono.fromRunnable(() -> own.add(created.task().id())))
				.build();
		}

		@Bean
		Subscription transportedTaskEvents(@Qualifier("tasksSchema") ModuleSchema schema) {
			return Subscription.to("test.transported-task-events", schema)
				.on(TaskCreated.class, created -> Mono.fromRunnable(() -> fromTransport.add(created.task().id())))
				.build();
		}

	}

}
