package io.todoplatform.assistant;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.McpClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The MCP resources through a real MCP client: JSON documents read as the caller.
 */
@ApiTest
class McpResourcesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(web);
	}

	McpSyncClient client(Api.User user) {
		return McpClients.of("http://127.0.0.1:" + port, user.token());
	}

	@Test
	void theOpenTasksAndTheRecurringTaskTemplateAreListed() {
		try (var client = client(api.newUser())) {
			assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
				.containsExactly("tasks://open");
			assertThat(client.listResourceTemplates().resourceTemplates())
				.extracting(McpSchema.ResourceTemplate::uriTemplate)
				.containsExactly("series://{id}");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void openTasksComeMostUrgentFirst() {
		var user = api.newUser();
		api.create(user, Map.of("title", "Low soon", "priority", "LOW", "dueAt", "2026-12-02T09:00:00Z"));
		api.create(user, Map.of("title", "High later", "priority", "HIGH", "dueAt", "2026-12-20T09:00:00Z"));
		api.create(user, Map.of("title", "Very important undated", "priority", "VERY_IMPORTANT"));
		api.create(user, Map.of("title", "High sooner", "priority", "HIGH", "dueAt", "2026-12-10T09:00:00+01:00",
				"timeZone", "Europe/Paris"));
		api.complete(user, api.createId(user, Map.of("title", "Done", "priority", "VERY_IMPORTANT")));
		try (var client = client(user)) {
			var open = read(client, "tasks://open");

			assertThat((List<Map<String, Object>>) open.get("items")).extracting(task -> task.get("title"))
				.containsExactly("Very important undated", "High sooner", "High later", "Low soon");
			assertThat((List<Map<String, Object>>) open.get("items")).element(1)
				.satisfies(task -> assertThat(task).containsEntry("dueLocal", "2026-12-10T09:00+01:00[Europe/Paris]"));
			assertThat(open).containsEntry("totalItems", 4);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRecurringTaskComesWithItsUpcomingDatesInItsZone() {
		var user = api.newUser();
		var started = api.startSeries(user, Map.of("title", "Gym", "rrule", "FREQ=WEEKLY;BYDAY=MO", "dtstart",
				"2026-12-07T18:00:00", "timeZone", "Europe/Paris"));
		var seriesId = ((Map<String, Object>) started.get("series")).get("id");
		try (var client = client(user)) {
			var series = read(client, "series://" + seriesId);

			assertThat(series).containsEntry("id", seriesId)
				.containsEntry("title", "Gym")
				.containsEntry("currentLocal", "2026-12-07T18:00+01:00[Europe/Paris]");
			assertThat((List<String>) series.get("upcomingLocal")).hasSize(5)
				.startsWith("2026-12-14T18:00+01:00[Europe/Paris]");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void anotherUsersRecurringTaskIsNotFound() {
		var owner = api.newUser();
		var started = api.startSeries(owner,
				Map.of("title", "Secret", "rrule", "FREQ=DAILY", "dtstart", "2026-12-07T18:00:00"));
		var seriesId = ((Map<String, Object>) started.get("series")).get("id");
		try (var client = client(api.newUser())) {
			for (var uri : List.of("series://" + seriesId, "series://not-an-id", "tasks://done")) {
				var error = catchThrowableOfType(McpError.class,
						() -> client.readResource(new ReadResourceRequest(uri)));
				assertThat(error).as(uri).isNotNull();
				assertThat(error.getJsonRpcError().code()).as(uri).isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
				assertThat(error.getMessage()).doesNotContain("Secret");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(McpSyncClient client, String uri) {
		var contents = client.readResource(new ReadResourceRequest(uri)).contents();
		assertThat(contents).singleElement().isInstanceOf(TextResourceContents.class);
		var text = (TextResourceContents) contents.getFirst();
		assertThat(text.mimeType()).isEqualTo("application/json");
		assertThat(text.uri()).isEqualTo(uri);
		return JSON.readValue(text.text(), Map.class);
	}

}
