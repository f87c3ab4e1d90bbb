package io.todoplatform.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tag tool against the real API while someone else changes the task between the tool's
 * read and its write: their change is kept, not overwritten.
 */
@ApiTest
class TaskRevisionsIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	PlatformApi realApi;

	Api api;

	Api.User user;

	String taskId;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
		taskId = api.createId(user, Map.of("title", "Dentist", "tags", List.of("personal")));
	}

	@Test
	void aChangeMadeBetweenTheReadAndTheWriteIsKept() {
		var result = addTag(racing(1), "health");

		assertThat(result.error()).as(result.text()).isFalse();
		assertThat(tags()).containsExactly("health", "personal", "rival-1");
	}

	@Test
	void aTaskThatKeepsChangingGivesAnErrorResultAfterAFewAttempts() {
		var result = addTag(racing(TaskRevisions.ATTEMPTS), "health");

		assertThat(result.error()).isTrue();
		assertThat(result.structured()).containsEntry("status", 412);
		assertThat(tags()).doesNotContain("health").contains("rival-" + TaskRevisions.ATTEMPTS);
	}

	/**
	 * The real API, but before each of the tool's first {@code times} patches another
	 * client adds a tag of its own through the API.
	 */
	private PlatformApi racing(int times) {
		var patches = new AtomicInteger();
		return (who, call) -> {
			if (call.method() != HttpMethod.PATCH || patches.incrementAndGet() > times) {
				return realApi.send(who, call);
			}
			var rival = "rival-" + patches.get();
			return Mono.fromRunnable(() -> {
				var tags = new ArrayList<>(tags());
				tags.add(rival);
				api.patch(user, taskId, Map.of("tags", tags));
			}).subscribeOn(Schedulers.boundedElastic()).then(Mono.defer(() -> realApi.send(who, call)));
		};
	}

	private ToolResult addTag(PlatformApi platform, String tag) {
		var addTag = new TaskTagTools(platform).entries()
			.stream()
			.filter(entry -> entry.tool().name().equals("add_tag"))
			.findFirst()
			.orElseThrow();
		var arguments = Arguments.of(Map.of("taskId", taskId, "tag", tag), addTag.tool().input());
		return addTag.handler().handle(new Credentials(user.name(), user.token()), arguments).block();
	}

	@SuppressWarnings("unchecked")
	private List<String> tags() {
		return (List<String>) web.get()
			.uri("/api/v1/tasks/{id}", taskId)
			.headers(user)
			.exchange()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody()
			.get("tags");
	}

}
