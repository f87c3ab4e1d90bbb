package io.todoplatform.recurrence.adapter.in.web;

import static io.todoplatform.apidocs.JsonSchemas.properties;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The rule between a schedule's fields that JSON Schema can state (the domain's
 * {@code SeriesConsistency} checks it): an all-day series, whose dtstart is a date,
 * cannot follow a rule that sets times of day. It holds in a patch too, when the patch
 * gives both.
 */
final class ScheduleRules {

	private ScheduleRules() {
	}

	static void describe(Schema<?> schedule) {
		schedule
			._if(new JsonSchema().required(List.of("dtstart"))
				.properties(new LinkedHashMap<>(properties("dtstart", string().pattern(RecurrenceTexts.ALL_DAY)))))
			.then(new JsonSchema().properties(new LinkedHashMap<>(
					properties("rrule", new JsonSchema().not(string().pattern(RecurrenceTexts.TIME_OF_DAY_PART))))));
	}

}
