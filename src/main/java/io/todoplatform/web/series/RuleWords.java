package io.todoplatform.web.series;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A rule in words for the list of series ("Weekly on Mon, Thu", "Monthly on the last Fri,
 * 3 times"), for the cases the editor's builder makes; any other rule is shown as it is
 * written.
 */
final class RuleWords {

	private static final Map<String, String> DAYS = Map.of("MO", "Mon", "TU", "Tue", "WE", "Wed", "TH", "Thu", "FR",
			"Fri", "SA", "Sat", "SU", "Sun");

	private static final Map<String, String> POSITIONS = Map.of("1", "first", "2", "second", "3", "third", "4",
			"fourth", "-1", "last");

	private static final Map<String, String[]> UNITS = Map.of("DAILY", new String[] { "Daily", "days" }, "WEEKLY",
			new String[] { "Weekly", "weeks" }, "MONTHLY", new String[] { "Monthly", "months" }, "YEARLY",
			new String[] { "Yearly", "years" });

	private RuleWords() {
	}

	/** The rule in words, or null when it is not one of the common cases. */
	static @Nullable String of(String rule) {
		var parts = new HashMap<String, String>();
		for (var part : rule.split(";")) {
			var pair = part.split("=", 2);
			if (pair.length != 2) {
				return null;
			}
			parts.put(pair[0], pair[1]);
		}
		var unit = UNITS.get(parts.remove("FREQ"));
		var interval = parts.remove("INTERVAL");
		if (unit == null || interval != null && !interval.matches("[1-9][0-9]*")) {
			return null;
		}
		var words = new StringBuilder(
				interval == null || interval.equals("1") ? unit[0] : "Every " + interval + " " + unit[1]);
		var on = on(parts.remove("BYDAY"), parts.remove("BYMONTHDAY"));
		if (on == null) {
			return null;
		}
		words.append(on);
		var count = parts.remove("COUNT");
		var until = parts.remove("UNTIL");
		if (count != null) {
			words.append(", ").append(count).append(count.equals("1") ? " time" : " times");
		}
		if (until != null && until.length() >= 8) {
			words.append(", until ")
				.append(until, 0, 4)
				.append('-')
				.append(until, 4, 6)
				.append('-')
				.append(until, 6, 8);
		}
		return parts.isEmpty() ? words.toString() : null;
	}

	private static @Nullable String on(@Nullable String byDay, @Nullable String byMonthDay) {
		if (byDay == null) {
			return byMonthDay == null ? "" : byMonthDay.matches("[0-9]{1,2}") ? " on day " + byMonthDay : null;
		}
		if (byMonthDay != null) {
			return null;
		}
		var days = Arrays.asList(byDay.split(","));
		if (days.equals(List.of("MO", "TU", "WE", "TH", "FR"))) {
			return " on weekdays";
		}
		if (days.stream().allMatch(DAYS::containsKey)) {
			return " on " + days.stream().map(DAYS::get).collect(Collectors.joining(", "));
		}
		var nth = byDay.matches("(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)") ? byDay.length() - 2 : -1;
		return nth < 0 ? null
				: " on the " + POSITIONS.get(byDay.substring(0, nth)) + " " + DAYS.get(byDay.substring(nth));
	}

}
