package io.todoplatform.assistant.application.port.in;

/** The caller has no such conversation (another user's is not theirs either). */
public class ConversationNotFoundException extends RuntimeException {

	public ConversationNotFoundException() {
		super("You have no such conversation");
	}

}
