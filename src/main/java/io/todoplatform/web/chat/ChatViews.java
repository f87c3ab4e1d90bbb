package io.todoplatform.web.chat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The chat API's JSON as the panel shows it.
 */
final class ChatViews {

	private ChatViews() {
	}

	/** A conversation in the list. */
	public record Summary(String id, String title) {

		static Summary of(Map<String, Object> summary) {
			return new Summary((String) summary.get("id"), (String) summary.get("title"));
		}

	}

	/** A conversation with its turns, oldest first. */
	public record Conversation(String id, String title, List<Turn> turns) {

		static Conversation of(Map<String, Object> conversation) {
			return new Conversation((String) conversation.get("id"), (String) conversation.get("title"),
					maps(conversation.get("turns")).stream().map(Turn::of).toList());
		}

	}

	/** The user's message, the tools the model used for it, and its reply. */
	public record Turn(String message, List<ToolCall> toolCalls, String reply) {

		static Turn of(Map<String, Object> turn) {
			return new Turn((String) turn.get("message"),
					maps(turn.get("toolCalls")).stream().map(ToolCall::of).toList(), (String) turn.get("reply"));
		}

	}

	/**
	 * A tool call summarised: which tool, with what, and what it said.
	 *
	 * @param arguments as {@code name: value}, comma-separated
	 */
	public record ToolCall(String name, String arguments, String text, boolean error) {

		static ToolCall of(Map<String, Object> call) {
			var arguments = call.get("arguments") instanceof Map<?, ?> map ? map.entrySet()
				.stream()
				.map(entry -> entry.getKey() + ": " + entry.getValue())
				.collect(Collectors.joining(", ")) : "";
			return new ToolCall((String) call.get("name"), arguments, String.valueOf(call.getOrDefault("text", "")),
					Boolean.TRUE.equals(call.get("error")));
		}

	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(@Nullable Object list) {
		return list instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
	}

}
