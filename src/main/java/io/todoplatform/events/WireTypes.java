package io.todoplatform.events;

import org.jmolecules.architecture.cqrs.Command;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The CloudEvent type of a payload record, as its module declares it:
 * {@code namespace.name} of its jMolecules {@link DomainEvent @DomainEvent} (or
 * {@link Command @Command}, for a request a module accepts), e.g. {@code task.completed}.
 * One declaration serves the wire, the subscriptions and Spring Modulith's documentation.
 */
final class WireTypes {

	private WireTypes() {
	}

	static String of(Class<?> payload) {
		var event = payload.getAnnotation(DomainEvent.class);
		if (event != null) {
			return named(payload, event.namespace(), event.name());
		}
		var command = payload.getAnnotation(Command.class);
		if (command != null) {
			return named(payload, command.namespace(), command.name());
		}
		throw new IllegalArgumentException(payload.getName() + " is no event payload: annotate it with "
				+ "@DomainEvent(namespace = ..., name = ...) (or @Command for a request)");
	}

	private static String named(Class<?> payload, String namespace, String name) {
		if (namespace.isBlank() || name.isBlank()) {
			throw new IllegalArgumentException(payload.getName() + " needs a namespace and a name: they make its type");
		}
		return namespace + "." + name;
	}

}
