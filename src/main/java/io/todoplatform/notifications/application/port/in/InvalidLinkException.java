package io.todoplatform.notifications.application.port.in;

public class InvalidLinkException extends RuntimeException {

	public InvalidLinkException(String message) {
		super(message);
	}

}
