package io.todoplatform.tasks.domain;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record Title(String value) {

	public static final int MAX_LENGTH = 200;

	/** Titles are stored trimmed: surrounding white space is never meaningful. */
	public Title {
		value = value.strip();
		if (value.isEmpty() || value.codePointCount(0, value.length()) > MAX_LENGTH) {
			throw new InvalidTaskException("title", "must be 1 to " + MAX_LENGTH + " characters after trimming");
		}
	}
}
