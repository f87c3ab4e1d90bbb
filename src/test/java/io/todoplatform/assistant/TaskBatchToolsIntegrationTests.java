package io.todoplatform.assistant;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.modelcontextprotocol.client.McpSyncClient;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.McpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.todoplatform.support.McpClients.call;
import static io.todoplatform.support.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * add_tasks and complete_tasks called by a real MCP client: each item succeeds or fails
 * on its own, and only a bad batch fails as a whole.
 */
@ApiTest
class TaskBatchToolsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	McpSyncClient client;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
		client = McpClients.of("http://127.0.0.1:" + port, user.token());
	}

	@AfterEach
	void tearDown() {
		client.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void addTasksAddsEachGoodItemAndReportsTheBadOne() {
		var result = call(client, "add_tasks", Map.of("tasks", List.of(Map.of("title", "Milk"), Map.of("title", " "),
				Map.of("title", "Eggs", "tags", List.of("shopping")))));

		assertThat(result.isError()).isFalse();
		assertThat(text(result)).startsWith("2 added, 1 failed: item 1: title");
		var items = (List<Map<String, Object>>) ((Map<String, Object>) result.structuredContent()).get("items");
		assertThat(items).extracting(item -> item.get("index"), item -> item.get("ok"))
			.containsExactly(tuple(0, true), tuple(1, false), tuple(2, true));
		assertThat((Map<String, Object>) items.get(1).get("problem")).containsEntry("status", 400);
		assertThat(api.titles(user, "sort=title")).containsExactly("Eggs", "Milk");
	}

	@Test
	void aBatchThatIsEmptyTooLongOrNotAListIsAnErrorAsAWhole() {
		var tooMany = IntStream.range(0, 51).mapToObj(i -> (Object) Map.of("title", "Task " + i)).toList();

		for (var tasks : List.of(List.of(), tooMany, "Milk")) {
			var result = call(client, "add_tasks", Map.of("tasks", tasks));
			assertThat(result.isError()).as(text(result)).isTrue();
		}
		assertThat(api.count(user)).isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void completeTasksCompletesTheUsersOwnAndFindsNoOtherUsersTask() {
		var mine = api.createId(user, Map.of("title", "Mine"));
		var other = api.newUser();
		var theirs = api.createId(other, Map.of("title", "Theirs"));
		var alsoMine = api.createId(user, Map.of("title", "Also mine"));

		var result = call(client, "complete_tasks", Map.of("taskIds", List.of(mine, theirs, alsoMine)));

		assertThat(text(result)).startsWith("2 completed, 1 failed: item 1: You have no task");
		var items = (List<Map<String, Object>>) ((Map<String, Object>) result.structuredContent()).get("items");
		assertThat((Map<String, Object>) items.get(1).get("problem")).containsEntry("status", 404);
		assertThat(api.titles(user, "status=COMPLETED&sort=title")).containsExactly("Also mine", "Mine");
		assertThat(api.titles(other, "status=OPEN")).containsExactly("Theirs");
	}

}
