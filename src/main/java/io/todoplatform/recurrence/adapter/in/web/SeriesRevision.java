package io.todoplatform.recurrence.adapter.in.web;

import java.time.ZoneId;
import java.util.function.Function;

import io.todoplatform.mergepatch.JsonMergePatch.Patch;
import io.todoplatform.recurrence.application.port.in.ReviseSeries;
import io.todoplatform.recurrence.application.port.in.ReviseSeries.Change;
import org.jspecify.annotations.Nullable;

/**
 * A merge patch of a series' {@link SeriesRequest} document as the revision it asks for:
 * a change for each field it names.
 */
final class SeriesRevision {

	private SeriesRevision() {
	}

	static ReviseSeries of(Patch<SeriesRequest> patch, ZoneId callersZone) {
		return new ReviseSeries(change(patch, "title", SeriesRequest::title),
				change(patch, "description", SeriesRequest::description),
				change(patch, "priority", SeriesRequest::priority), change(patch, "tags", SeriesRequest::tags),
				change(patch, "rrule", SeriesRequest::rrule), change(patch, "dtstart", SeriesRequest::dtstart),
				change(patch, "timeZone", SeriesRequest::timeZone), change(patch, "anchor", SeriesRequest::anchor),
				change(patch, "exdates", SeriesRequest::exdates), callersZone);
	}

	private static <T> @Nullable Change<T> change(Patch<SeriesRequest> patch, String field,
			Function<SeriesRequest, @Nullable T> value) {
		return patch.names(field) ? new Change<>(value.apply(patch.values())) : null;
	}

}
