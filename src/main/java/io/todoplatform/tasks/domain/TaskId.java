package io.todoplatform.tasks.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record TaskId(UUID id) implements Identifier {

	public static TaskId random() {
		return new TaskId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
