package io.todoplatform.assistant.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.LanguageModel;
import io.todoplatform.assistant.application.port.out.LanguageModel.Call;
import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.ToolUse;
import io.todoplatform.assistant.domain.Turn;

/**
 * One turn of a chat as it happens: what the model is sent (instructions, the
 * conversation so far, the new message, then each round's calls and results) and the
 * tools used. Its steps follow one another, never at once, so it needs no locking.
 */
final class Exchange {

	private final Credentials who;

	private final Conversation conversation;

	private final String message;

	private final List<LanguageModel.Message> messages = new ArrayList<>();

	private final List<ToolUse> uses = new ArrayList<>();

	Exchange(Credentials who, Conversation conversation, String message, Instant now, String instructions) {
		this.who = who;
		this.conversation = conversation;
		this.message = message;
		messages.add(new LanguageModel.Instructions(
				instructions + "\nIt is now " + now.atZone(who.zone()) + " in the user's time zone, " + who.zone()
						+ ". Tool results are JSON: text, isError, and the structured result."));
		for (var turn : conversation.turns()) {
			messages.add(new LanguageModel.FromUser(turn.message()));
			if (!turn.tools().isEmpty()) {
				messages.add(new LanguageModel.FromModel("",
						turn.tools().stream().map(use -> new Call(use.id(), use.name(), use.arguments())).toList()));
				turn.tools()
					.forEach(use -> messages
						.add(new LanguageModel.FromTool(use.id(), use.name(), use.text(), use.result(), use.error())));
			}
			messages.add(new LanguageModel.FromModel(turn.reply(), List.of()));
		}
		messages.add(new LanguageModel.FromUser(message));
	}

	Credentials who() {
		return who;
	}

	Conversation conversation() {
		return conversation;
	}

	List<LanguageModel.Message> messages() {
		return List.copyOf(messages);
	}

	void asked(String text, List<Call> calls) {
		messages.add(new LanguageModel.FromModel(text, List.copyOf(calls)));
	}

	ToolUse answered(Call call, ToolResult result) {
		var arguments = call.arguments() == null ? Map.<String, Object>of() : call.arguments();
		var use = new ToolUse(call.id(), call.name(), arguments, result.text(), result.structured(), result.error());
		uses.add(use);
		messages.add(
				new LanguageModel.FromTool(call.id(), call.name(), result.text(), result.structured(), result.error()));
		return use;
	}

	Turn turn(String reply, Instant at) {
		return new Turn(message, uses, reply, at);
	}

}
