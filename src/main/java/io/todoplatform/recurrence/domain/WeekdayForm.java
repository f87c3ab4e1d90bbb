package io.todoplatform.recurrence.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A weekday, SU to SA. The numbered form also takes the weekday's place in the month or
 * year, like 1MO for the first Monday or -1FR for the last Friday.
 */
record WeekdayForm(boolean numbered) implements ValueForm {

	private static final Pattern WEEKDAY = Pattern.compile("([+-]?[0-9]{1,2})?(SU|MO|TU|WE|TH|FR|SA)");

	private static final String WEEKDAYS = "a weekday (MO, TU, WE, TH, FR, SA or SU)";

	@Override
	public Optional<String> normalise(String value) {
		var weekday = WEEKDAY.matcher(value);
		if (!weekday.matches()) {
			return Optional.empty();
		}
		if (weekday.group(1) == null) {
			return Optional.of(weekday.group(2));
		}
		int place = Integer.parseInt(weekday.group(1));
		boolean validPlace = numbered && place != 0 && Math.abs(place) <= 53;
		return validPlace ? Optional.of(place + weekday.group(2)) : Optional.empty();
	}

	@Override
	public String expected() {
		return numbered ? WEEKDAYS + ", optionally numbered from 1 to 53 or -53 to -1, like 1MO or -1FR" : WEEKDAYS;
	}
}
