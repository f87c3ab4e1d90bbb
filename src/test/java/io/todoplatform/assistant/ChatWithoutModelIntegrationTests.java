package io.todoplatform.assistant;

import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The chat endpoint where no model is configured (the API tests' application, like a
 * default run): off, and saying how to turn it on.
 */
@ApiTest
class ChatWithoutModelIntegrationTests {

	@Autowired
	WebTestClient web;

	@Test
	void withoutAModelTheChatAnswers503SayingHowToConfigureOne() {
		var api = new Api(web);
		var user = api.newUser();
		for (var accept : new MediaType[] { MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON }) {
			web.post()
				.uri("/api/v1/chat")
				.headers(user)
				.accept(accept)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("message", "What is overdue?"))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
					.contains("TODO_ASSISTANT_CHAT_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"));
		}
		web.get().uri("/api/v1/chat/conversations").headers(user).exchange().expectStatus().isOk();
	}

}
