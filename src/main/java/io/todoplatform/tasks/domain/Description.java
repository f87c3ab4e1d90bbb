package io.todoplatform.tasks.domain;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record Description(String value) {

	public static final int MAX_LENGTH = 10_000;

	public static final Description NONE = new Description("");

	public Description {
		if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
			throw new InvalidTaskException("description", "must be at most " + MAX_LENGTH + " characters");
		}
	}
}
