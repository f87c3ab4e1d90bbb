package io.todoplatform.assistant.application.port.in;

import java.util.Map;

/**
 * A tool as a chatbot sees it: what it does, what it takes and gives (JSON Schemas, draft
 * 2020-12), and how careful to be with it.
 *
 * @param name snake_case, unique
 * @param input the schema of the arguments, an object
 * @param output the schema of a successful result's structured content, an object
 */
public record Tool(String name, String title, String description, Hints hints, Map<String, Object> input,
		Map<String, Object> output) {

	/**
	 * MCP's tool annotations; the assistant's tools act only on this platform (not an
	 * open world).
	 *
	 * @param readOnly changes nothing
	 * @param destructive may delete or overwrite what the user made
	 * @param idempotent calling it again with the same arguments changes nothing more
	 */
	public record Hints(boolean readOnly, boolean destructive, boolean idempotent) {

		public static final Hints READS = new Hints(true, false, true);

		/**
		 * Adds something new: calling it twice adds two (unless an idempotency key is
		 * given).
		 */
		public static final Hints ADDS = new Hints(false, false, false);

		/** Sets a state: calling it twice sets it once. */
		public static final Hints SETS = new Hints(false, false, true);

		/** Overwrites or removes what the user made. */
		public static final Hints REMOVES = new Hints(false, true, true);

	}

}
