package io.todoplatform.recurrence.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The user a series belongs to: the subject of the caller's verified token.
 */
@ValueObject
public record Owner(String subject) {

	public Owner {
		if (subject.isBlank() || subject.length() > 255) {
			throw new IllegalArgumentException("An owner is a non-blank subject of at most 255 characters");
		}
	}
}
