package io.todoplatform.assistant.application.port.in;

/**
 * A resource URI that names nothing of the caller's: no such resource, a malformed id, or
 * another user's series (which the API does not tell apart from none).
 */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String uri) {
		super("No resource " + uri);
	}

}
