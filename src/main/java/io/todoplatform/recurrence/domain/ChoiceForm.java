package io.todoplatform.recurrence.domain;

import java.util.List;
import java.util.Optional;

/**
 * One of a few names.
 */
record ChoiceForm(List<String> names) implements ValueForm {

	ChoiceForm {
		names = List.copyOf(names);
	}

	@Override
	public Optional<String> normalise(String value) {
		return names.contains(value) ? Optional.of(value) : Optional.empty();
	}

	@Override
	public String expected() {
		return "one of " + String.join(", ", names);
	}
}
