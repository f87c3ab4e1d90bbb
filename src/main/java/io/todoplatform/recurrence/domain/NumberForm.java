package io.todoplatform.recurrence.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole numbers in a range. The signed form takes the negated range too, which counts
 * from the end (-1 is the last day of the month).
 */
record NumberForm(int min, int max, boolean signed) implements ValueForm {

	private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,10}");

	static NumberForm from(int min, int max) {
		return new NumberForm(min, max, false);
	}

	static NumberForm fromEitherEnd(int max) {
		return new NumberForm(1, max, true);
	}

	static NumberForm positive() {
		return from(1, Integer.MAX_VALUE);
	}

	@Override
	public Optional<String> normalise(String value) {
		if (!NUMBER.matcher(value).matches() || !signed && !Character.isDigit(value.charAt(0))) {
			return Optional.empty();
		}
		long number = Long.parseLong(value);
		long size = signed ? Math.abs(number) : number;
		return size >= min && size <= max ? Optional.of(Long.toString(number)) : Optional.empty();
	}

	@Override
	public String expected() {
		if (signed) {
			return "a whole number from %d to %d, or from -%d to -1 to count from the end".formatted(min, max, max);
		}
		return max == Integer.MAX_VALUE ? "a whole number of at least " + min
				: "a whole number from %d to %d".formatted(min, max);
	}
}
