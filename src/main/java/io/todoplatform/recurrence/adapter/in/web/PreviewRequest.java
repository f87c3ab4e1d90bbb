package io.todoplatform.recurrence.adapter.in.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /recurrence/preview}: the occurrences a rule would produce, before saving anything.
 *
 * @param after only occurrences strictly after this instant
 * @param limit how many, 1 to 1000 (default 20)
 */
record PreviewRequest(@Nullable String rrule, @Nullable String dtstart, @Nullable String timeZone,
		@Nullable List<String> exdates, @Nullable Instant after, @Nullable Integer limit) {

	static final int DEFAULT_LIMIT = 20;
	static final int MAX_LIMIT = 1000;
}
