package io.todoplatform.recurrence.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of UNTIL: a date, or a date-time in UTC or in the series' own time zone.
 */
final class UntilForm implements ValueForm {

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final Pattern VALUE = Pattern
		.compile("([0-9]{4})([0-9]{2})([0-9]{2})(T([0-9]{2})([0-9]{2})([0-9]{2})(Z?))?");

	static Optional<Until> read(String text) {
		var value = VALUE.matcher(text);
		if (!value.matches()) {
			return Optional.empty();
		}
		try {
			var date = LocalDate.of(number(value.group(1)), number(value.group(2)), number(value.group(3)));
			if (date.getYear() < 1) {
				return Optional.empty();
			}
			if (value.group(4) == null) {
				return Optional.of(new Until.OnDate(date));
			}
			var dateTime = date.atTime(number(value.group(5)), number(value.group(6)), number(value.group(7)));
			return Optional.of(value.group(8).isEmpty() ? new Until.AtLocalTime(dateTime)
					: new Until.AtInstant(dateTime.toInstant(ZoneOffset.UTC)));
		}
		catch (DateTimeException notOnTheCalendar) {
			return Optional.empty();
		}
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	@Override
	public Optional<String> normalise(String value) {
		return read(value).map(Until::text);
	}

	@Override
	public String expected() {
		return "a date like 19971224, or a date-time like 19971224T000000Z (UTC) "
				+ "or 19971224T000000 (the series' time zone), in the years 0001 to 9999";
	}

}
