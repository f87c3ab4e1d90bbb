package io.todoplatform.recurrence.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The parts an RFC 5545 rule may have (section 3.3.10), in the order the normal form
 * writes them, each with the form of its values.
 */
enum RulePart {

	FREQ(false, new ChoiceForm(Arrays.stream(Frequency.values()).map(Frequency::name).toList())),
	UNTIL(false, new UntilForm()), COUNT(false, NumberForm.positive()), INTERVAL(false, NumberForm.positive()),
	// 60 is the RFC's leap second: valid, and like any time that does not exist it
	// produces no occurrence.
	BYSECOND(true, NumberForm.from(0, 60)), BYMINUTE(true, NumberForm.from(0, 59)),
	BYHOUR(true, NumberForm.from(0, 23)), BYDAY(true, new WeekdayForm(true)),
	BYMONTHDAY(true, NumberForm.fromEitherEnd(31)), BYYEARDAY(true, NumberForm.fromEitherEnd(366)),
	BYWEEKNO(true, NumberForm.fromEitherEnd(53)), BYMONTH(true, NumberForm.from(1, 12)),
	BYSETPOS(true, NumberForm.fromEitherEnd(366)), WKST(false, new WeekdayForm(false));

	private final boolean list;

	private final ValueForm form;

	RulePart(boolean list, ValueForm form) {
		this.list = list;
		this.form = form;
	}

	static Optional<RulePart> named(String name) {
		return Arrays.stream(values()).filter(part -> part.name().equals(name)).findFirst();
	}

	/**
	 * The value in its normal form; a list part checks each of its comma-separated
	 * entries.
	 */
	String normalise(String value) {
		var normal = new StringJoiner(",");
		for (var entry : list ? value.split(",", -1) : new String[] { value }) {
			normal.add(form.normalise(entry)
				.orElseThrow(() -> InvalidRecurrenceException
					.inRule("Invalid %s value \"%s\": must be %s".formatted(name(), entry, form.expected()))));
		}
		return normal.toString();
	}

}
