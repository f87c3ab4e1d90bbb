package io.todoplatform.assistant;

/**
 * Who a tool acts for (shared by the tool ports and the adapters): the subject of their
 * verified bearer token, and the token itself, which every API call the tool makes
 * carries.
 */
public record Credentials(String subject, String token) {

	@Override
	public String toString() {
		return "Credentials[subject=" + subject + "]";
	}

}
