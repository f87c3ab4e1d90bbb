package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Filters, sort keys and pages of {@code GET /tasks}, over one user's small, known set of
 * tasks.
 */
@ApiTest
class TaskListIntegrationTests {

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	@BeforeEach
	void createTasks() {
		api = new Api(web);
		user = api.newUser();
		api.create(user, Map.of("title", "alpha", "priority", "LOW", "tags", List.of("work", "home"), "dueAt",
				"2036-12-03T10:00:00Z"));
		api.create(user, Map.of("title", "Bravo", "priority", "VERY_IMPORTANT", "tags", List.of("work"), "dueAt",
				"2036-12-01T10:00:00Z"));
		api.create(user, Map.of("title", "charlie", "priority", "HIGH"));
		api.create(user,
				Map.of("title", "delta", "priority", "HIGH", "tags", List.of("home"), "dueAt", "2020-01-01T00:00:00Z"));
		var echo = api.createId(user, Map.of("title", "echo", "priority", "MEDIUM", "tags", List.of("work"), "dueDate",
				"2036-12-02", "timeZone", "Europe/Berlin"));
		web.post().uri("/api/v1/tasks/{id}/complete", echo).headers(user).exchange().expectStatus().isOk();
	}

	@Test
	void defaultOrderIsPriorityThenDueWithUndatedLastThenCreation() {
		assertThat(api.titles(user, "")).containsExactly("Bravo", "delta", "charlie", "echo", "alpha");
	}

	@Test
	void eachFilterNarrowsTheList() {
		assertThat(api.titles(user, "status=COMPLETED")).containsExactly("echo");
		assertThat(api.titles(user, "status=OPEN")).containsExactly("Bravo", "delta", "charlie", "alpha");
		assertThat(api.titles(user, "priority=HIGH")).containsExactly("delta", "charlie");
		assertThat(api.titles(user, "priority=HIGH&priority=LOW")).containsExactly("delta", "charlie", "alpha");
		assertThat(api.titles(user, "tag=work")).containsExactly("Bravo", "echo", "alpha");
		assertThat(api.titles(user, "tag=work&tag=home")).containsExactly("alpha");
		assertThat(api.titles(user, "overdue=true")).containsExactly("delta");
		assertThat(api.titles(user, "overdue=false")).hasSize(5);
	}

	@Test
	void dueRangesAreInclusiveAndAllDayTasksCountFromTheStartOfTheirDay() {
		assertThat(api.titles(user, "dueFrom=2036-12-01T10:00:00Z&dueTo=2036-12-03T10:00:00Z")).containsExactly("Bravo",
				"echo", "alpha");
		assertThat(api.titles(user, "dueFrom=2036-12-01T23:00:00Z&dueTo=2036-12-01T23:00:00Z"))
			.as("echo is due on 2036-12-02 in Berlin, which starts 2036-12-01T23:00Z")
			.containsExactly("echo");
		assertThat(api.titles(user, "dueTo=2025-01-01T00:00:00Z")).containsExactly("delta");
	}

	@Test
	void filtersCombine() {
		assertThat(api.titles(user, "status=OPEN&tag=work&priority=LOW&priority=VERY_IMPORTANT"))
			.containsExactly("Bravo", "alpha");
		assertThat(api.titles(user, "status=OPEN&tag=home&dueFrom=2036-01-01T00:00:00Z")).containsExactly("alpha");
		assertThat(api.titles(user, "overdue=true&priority=LOW")).isEmpty();
	}

	@Test
	void eachSortKeyInBothDirections() {
		assertThat(api.titles(user, "sort=title")).containsExactly("alpha", "Bravo", "charlie", "delta", "echo");
		assertThat(api.titles(user, "sort=title,desc")).containsExactly("echo", "delta", "charlie", "Bravo", "alpha");
		assertThat(api.titles(user, "sort=createdAt,asc")).containsExactly("alpha", "Bravo", "charlie", "delta",
				"echo");
		assertThat(api.titles(user, "sort=createdAt,desc")).containsExactly("echo", "delta", "charlie", "Bravo",
				"alpha");
		assertThat(api.titles(user, "sort=updatedAt,desc").getFirst()).isEqualTo("echo");
		assertThat(api.titles(user, "sort=priority,desc&sort=title,asc")).containsExactly("Bravo", "charlie", "delta",
				"echo", "alpha");
		assertThat(api.titles(user, "sort=priority,asc&sort=title,asc")).containsExactly("alpha", "echo", "charlie",
				"delta", "Bravo");
	}

	@Test
	void undatedTasksSortLastInBothDirections() {
		assertThat(api.titles(user, "sort=dueAt,asc")).containsExactly("delta", "Bravo", "echo", "alpha", "charlie");
		assertThat(api.titles(user, "sort=dueAt,desc")).containsExactly("alpha", "echo", "Bravo", "delta", "charlie");
	}

	@Test
	void pagesSplitTheListWithoutGapsOrRepeats() {
		var first = api.page(user, "size=2&page=0");
		assertThat(first).containsEntry("page", 0)
			.containsEntry("size", 2)
			.containsEntry("totalItems", 5)
			.containsEntry("totalPages", 3);
		assertThat(api.titles(user, "size=2&page=0")).containsExactly("Bravo", "delta");
		assertThat(api.titles(user, "size=2&page=1")).containsExactly("charlie", "echo");
		assertThat(api.titles(user, "size=2&page=2")).containsExactly("alpha");

		var beyond = api.page(user, "size=2&page=3");
		assertThat(beyond).containsEntry("items", List.of()).containsEntry("totalItems", 5);
		assertThat(api.page(user, "size=100")).containsEntry("size", 100).containsEntry("totalPages", 1);
		assertThat(api.page(user, "")).containsEntry("size", 20);
	}

	@Test
	void anEmptyResultHasNoPages() {
		assertThat(api.page(user, "tag=nothing-here")).containsEntry("totalItems", 0)
			.containsEntry("totalPages", 0)
			.containsEntry("items", List.of());
	}

}
