package io.todoplatform.web.series;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.todoplatform.web.Choice;
import org.jspecify.annotations.Nullable;

/**
 * A recurring task as its pages show it, read from the API's JSON.
 *
 * @param current the latest occurrence made (the open one while the series is active)
 * @param upcoming the ones after it, as the schedule stands
 */
public record SeriesView(String id, String title, String rrule, String timeZone, boolean active, String priority,
		List<String> tags, String anchor, @Nullable Moment current, List<Moment> upcoming) {

	static SeriesView of(Map<String, Object> series) {
		var zone = ZoneId.of((String) series.get("timeZone"));
		return new SeriesView((String) series.get("id"), (String) series.get("title"), (String) series.get("rrule"),
				zone.getId(), Boolean.TRUE.equals(series.get("active")), (String) series.get("priority"),
				strings(series.get("tags")), (String) series.get("anchor"),
				series.get("currentOccurrence") instanceof String current ? Moment.of(current, zone) : null,
				strings(series.get("upcoming")).stream().map(each -> Moment.of(each, zone)).toList());
	}

	/** The rule in words, for the common cases; null for any other. */
	public @Nullable String ruleWords() {
		return RuleWords.of(rrule);
	}

	/** The priority as a word, as the task list says it. */
	public String priorityLabel() {
		return Choice.label(Choice.PRIORITIES, priority);
	}

	static List<String> strings(@Nullable Object list) {
		return list instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
	}

}
