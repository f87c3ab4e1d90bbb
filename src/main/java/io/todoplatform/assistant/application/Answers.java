package io.todoplatform.assistant.application;

import java.util.Map;
import java.util.function.Function;

import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.client.ApiAnswer;

/**
 * Turns the API's answers into tool results: a refusal becomes an error result carrying
 * the problem, so the model sees the API's own words ("title must be 1 to 200
 * characters", "Task not found").
 */
final class Answers {

	private Answers() {
	}

	static ToolResult of(ApiAnswer answer, Function<ApiAnswer, ToolResult> success) {
		return answer.ok() ? success.apply(answer) : refusal(answer);
	}

	/** The API could not be reached, or failed (5xx): nothing the model can correct. */
	static ToolResult unavailable() {
		var detail = "The platform could not complete this call; try again shortly";
		return ToolResult.failure(detail, Map.of("title", "Service Unavailable", "status", 503, "detail", detail));
	}

	static ToolResult refusal(ApiAnswer answer) {
		var problem = answer.object();
		var detail = problem.get("detail") instanceof String text ? text
				: "The API refused the call with status " + answer.status();
		return ToolResult.failure(detail,
				problem.isEmpty() ? Map.of("status", answer.status(), "detail", detail) : problem);
	}

}
