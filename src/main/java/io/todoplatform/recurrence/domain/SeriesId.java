package io.todoplatform.recurrence.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record SeriesId(UUID id) implements Identifier {

	public static SeriesId random() {
		return new SeriesId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
