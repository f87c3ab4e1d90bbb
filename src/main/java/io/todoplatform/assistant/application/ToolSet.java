package io.todoplatform.assistant.application;

import java.util.List;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.ToolResult;
import reactor.core.publisher.Mono;

/**
 * Tools about one part of the API (tasks, recurring tasks, reminders). Each tool is one
 * or a few API calls made as the caller: the API's use cases decide and validate, so a
 * tool cannot do what the API would refuse.
 */
interface ToolSet {

	List<Entry> entries();

	/** A tool and what runs when it is called. */
	record Entry(Tool tool, Handler handler) {
	}

	@FunctionalInterface
	interface Handler {

		/**
		 * @throws InvalidArgumentsException when an argument cannot be used
		 */
		Mono<ToolResult> handle(Credentials who, Arguments arguments);

	}

}
