package io.todoplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.contract.ApiContract;
import io.todoplatform.support.contract.ContractFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API document ({@code /v3/api-docs}) as a whole: what every operation must say, and
 * that the check every API test makes against it ({@link ContractFilter}) fails when the
 * document is wrong.
 */
@ApiTest
class ApiDocumentIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	JsonNode document;

	@BeforeEach
	void readDocument() {
		document = JSON.readTree(new Api(web).document());
	}

	@Test
	void everyOperationHasAnIdASuccessAndProblemDetailsForItsErrors() {
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			var name = operation.getKey() + " " + path.getKey();
			var responses = operation.getValue().path("responses");
			assertThat(operation.getValue().path("operationId").asString("")).as(name).isNotEmpty();
			assertThat(responses.propertyNames()).as(name)
				.anyMatch(status -> status.startsWith("2"))
				.contains("400", "406", "414", "431")
				// Only the chat says when its model is missing (503) or failed (502).
				.noneMatch(status -> status.startsWith("5") && !name.equals("post /api/v1/chat"));
			responses.properties().stream().filter(status -> status.getKey().startsWith("4")).forEach(status -> {
				var content = resolve(status.getValue()).path("content");
				assertThat(content.has("application/problem+json") || content.has("text/html"))
					.as(name + " " + status.getKey())
					.isTrue();
			});
		}));
	}

	@Test
	void everyApiOperationNeedsABearerTokenAndSaysWhatHappensWithout() {
		assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asString()).isEqualTo("JWT");
		document.path("paths")
			.properties()
			.stream()
			.filter(path -> path.getKey().startsWith("/api/"))
			.forEach(path -> path.getValue().properties().forEach(operation -> {
				assertThat(operation.getValue().at("/security/0").has("bearer")).as(path.getKey()).isTrue();
				assertThat(operation.getValue().at("/responses/401/$ref").asString()).as(path.getKey())
					.isEqualTo("#/components/responses/Unauthenticated");
			}));
		assertThat(document.at("/paths/~1auth~1token/post/security").isMissingNode()).isTrue();
	}

	@Test
	void theDocumentDescribesTheUsersApiOnly() {
		assertThat(document.path("paths").propertyNames())
			.noneMatch(path -> path.startsWith("/events") || path.startsWith("/job") || path.startsWith("/dapr"))
			.contains("/api/v1/tasks", "/api/v1/recurring-tasks", "/api/v1/reminders", "/notifications/snooze",
					"/auth/token");
	}

	@Test
	void aDocumentThatDescribesAnAnswerWronglyFailsTheTestThatGetsIt() {
		var wrong = (ObjectNode) document.deepCopy();
		((ObjectNode) wrong.at("/components/schemas/Task/properties/title")).put("maxLength", 3);
		var client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.filter(new ContractFilter(ApiContract.of(wrong.toString())))
			.build();
		var user = new Api(web).newUser();

		assertThatThrownBy(() -> client.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.bodyValue(Map.of("title", "Water the plants"))
			.exchange()).hasMessageContaining("breaks the API document")
			.hasMessageContaining("POST /api/v1/tasks -> 201")
			.hasMessageContaining("title");
		new Api(web).create(user, Map.of("title", "Water the plants"));
	}

	@Test
	void aDocumentThatForbidsWhatTheServerAcceptsFailsTheTestThatSendsIt() {
		var wrong = (ObjectNode) document.deepCopy();
		((ObjectNode) wrong.at("/components/schemas/TaskRequest/properties/description")).put("maxLength", 3);
		var client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.filter(new ContractFilter(ApiContract.of(wrong.toString())))
			.build();
		var user = new Api(web).newUser();

		assertThatThrownBy(() -> client.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.bodyValue(Map.of("title", "Water the plants", "description", "Twice a week"))
			.exchange()).hasMessageContaining("the accepted body breaks its schema")
			.hasMessageContaining("description");
	}

	private JsonNode resolve(JsonNode response) {
		return response.has("$ref") ? document.at(response.get("$ref").asString().substring(1)) : response;
	}

}
