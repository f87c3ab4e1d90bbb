package io.todoplatform.assistant.application.port.in;

import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import reactor.core.publisher.Mono;

/**
 * What a chatbot can read without calling a tool: the user's open tasks and a recurring
 * task with its upcoming dates, as JSON documents read as the caller.
 */
public interface ReadResources {

	/** Fixed resources and templates (a URI with {@code {variables}}). */
	List<Resource> resources();

	/**
	 * The document at {@code uri}, read through the API as the caller.
	 * @throws ResourceNotFoundException (as an error signal) when the URI names nothing
	 * of the caller's
	 */
	Mono<Map<String, Object>> read(Credentials who, String uri);

	/**
	 * @param uri a URI, or a URI template such as {@code series://{id}}
	 */
	record Resource(String uri, String name, String title, String description) {

		public boolean template() {
			return uri.contains("{");
		}

	}

}
