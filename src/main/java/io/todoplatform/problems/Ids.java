package io.todoplatform.problems;

import java.util.UUID;
import java.util.function.Function;

/**
 * Ids as the APIs read them from paths and parameters: a UUID, or what the API answers
 * for one that is not (a malformed id in a path names nothing the caller has: not found).
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * @throws RuntimeException the caller's, for text that is not a UUID
	 */
	public static UUID uuidOr(String text, Function<String, ? extends RuntimeException> notOne) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw notOne.apply(text);
		}
	}

}
