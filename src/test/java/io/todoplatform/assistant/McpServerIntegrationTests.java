package io.todoplatform.assistant;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.McpClients;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.todoplatform.support.McpClients.call;
import static io.todoplatform.support.McpClients.success;
import static io.todoplatform.support.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MCP server as a chatbot meets it: a real MCP client over Streamable HTTP, acting as
 * a user with their own token.
 */
@ApiTest
class McpServerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(web);
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void everyToolSaysWhatItTakesGivesAndHowCarefulToBe() {
		var user = api.newUser();
		try (var client = McpClients.of(base(), user.token())) {
			var tools = client.listTools().tools();
			assertThat(tools).extracting(Tool::name).contains("add_task", "get_task", "list_tasks");
			for (var tool : tools) {
				assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object");
				assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object");
				assertThat(tool.annotations().openWorldHint()).as(tool.name()).isFalse();
				assertThat(tool.description()).as(tool.name()).isNotBlank();
			}
			var get = tools.stream().filter(tool -> tool.name().equals("get_task")).findFirst().orElseThrow();
			assertThat(get.annotations().readOnlyHint()).isTrue();
			assertThat(get.annotations().destructiveHint()).isFalse();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTaskAddedByAToolIsTheUsersOwnThroughTheApi() {
		var user = api.newUser();
		try (var client = McpClients.of(base(), user.token())) {
			var added = success(client, "add_task", Map.of("title", "Pay rent", "priority", "HIGH", "tags",
					List.of("home"), "dueAt", "2026-12-31T09:00:00+01:00", "timeZone", "Europe/Paris"));
			var task = (Map<String, Object>) added.get("task");
			assertThat(task).containsEntry("title", "Pay rent")
				.containsEntry("dueLocal", "2026-12-31T09:00+01:00[Europe/Paris]");
			var id = (String) task.get("id");

			assertThat(api.titles(user, "")).containsExactly("Pay rent");
			var got = success(client, "get_task", Map.of("taskId", id));
			assertThat((Map<String, Object>) got.get("task")).containsEntry("priority", "HIGH");
			var listed = call(client, "list_tasks", Map.of("priority", List.of("HIGH"), "tags", List.of("home")));
			assertThat(text(listed)).contains("Pay rent").contains("Europe/Paris");
		}
	}

	@Test
	void badArgumentsAndOtherUsersTasksAreErrorResultsNotProtocolErrors() {
		var owner = api.newUser();
		var id = api.createId(owner, Map.of("title", "Secret"));
		var stranger = api.newUser();
		try (var client = McpClients.of(base(), stranger.token())) {
			var notFound = call(client, "get_task", Map.of("taskId", id));
			assertThat(notFound.isError()).isTrue();
			assertThat(text(notFound)).contains("You have no task").doesNotContain("Secret");
			assertThat(notFound.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("status", 404);

			var untitled = call(client, "add_task", Map.of("title", " "));
			assertThat(untitled.isError()).isTrue();
			assertThat(text(untitled)).contains("title");

			var unknown = call(client, "add_task", Map.of("title", "x", "colour", "red"));
			assertThat(unknown.isError()).isTrue();
			assertThat(text(unknown)).contains("colour");

			var notAnId = call(client, "get_task", Map.of("taskId", "../tasks"));
			assertThat(notAnId.isError()).isTrue();
			assertThat(text(notAnId)).contains("taskId");
		}
		assertThat(api.titles(stranger, "")).isEmpty();
	}

	@Test
	void withoutAValidTokenTheServerAnswers401PointingAtItsMetadata() {
		// Not the API tests' client: /mcp and the metadata are not in the API document.
		var web = Api.at(base()).web();
		web.post()
			.uri("/mcp")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("jsonrpc", "2.0", "id", 1, "method", "tools/list"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer resource_metadata=\"http://127\\.0\\.0\\.1:\\d+/\\.well-known/oauth-protected-resource/mcp\"");
		web.post()
			.uri("/mcp")
			.headers(headers -> headers.setBearerAuth("not.a.token"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("jsonrpc", "2.0", "id", 1, "method", "tools/list"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*resource_metadata=.*error=\"invalid_token\"");
		assertThatThrownBy(() -> McpClients.of(base(), "garbage")).hasStackTraceContaining("Authorization");

		web.get()
			.uri("/.well-known/oauth-protected-resource/mcp")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.resource")
			.isEqualTo(base() + "/mcp")
			.jsonPath("$.authorization_servers[0]")
			.isEqualTo("http://localhost/todo-platform/local-issuer")
			.jsonPath("$.bearer_methods_supported[0]")
			.isEqualTo("header");
	}

}
