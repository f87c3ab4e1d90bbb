package io.todoplatform.tasks.application;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Interleaving;
import io.todoplatform.tasks.application.port.in.ManageTasks;
import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.TaskId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The race of
 * {@link FollowingSeriesUnitTests#anOccurrenceCompletedWhileItIsBeingDeletedIsKept}
 * against the real database: the owner's completion commits, in a transaction of its own,
 * after the series' open check of the occurrence and before its delete.
 */
@ApiTest
class FollowingSeriesRaceIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	Tasks tasks;

	@Autowired
	TaskEvents events;

	@Autowired
	ManageTasks manage;

	@Autowired
	ReactiveTransactionManager transactions;

	@Test
	void anOccurrenceCompletedWhileItIsBeingDeletedIsKept() {
		var api = new Api(web);
		var user = api.newUser();
		var owner = new Owner(user.name());
		var id = new TaskId(UUID.fromString(api.createId(user, Map.of("title", "Water plants"))));
		var completedFirst = Interleaving.before(Tasks.class, tasks, "delete", () -> manage.complete(owner, id));
		var follow = new FollowingSeries(completedFirst, events, Clock.systemUTC());

		follow.deleteOpenOccurrence(owner, id).as(TransactionalOperator.create(transactions)::transactional).block();

		web.get()
			.uri("/api/v1/tasks/{id}", id.id())
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED");
	}

}
