package io.todoplatform.recurrence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What every occurrence of a series looks like. Checked with the same limits as a task,
 * so that the tasks module never receives an occurrence it must refuse.
 */
@ValueObject
public record SeriesTemplate(String title, String description, TemplatePriority priority, SortedSet<String> tags) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 10_000;

	public static final int MAX_TAGS = 20;

	public static final String TAG_FORM = "[a-z0-9-]{1,32}";

	private static final Pattern TAG = Pattern.compile(TAG_FORM);

	public enum TemplatePriority {

		VERY_IMPORTANT, HIGH, MEDIUM, LOW

	}

	public static SeriesTemplate of(@Nullable String title, @Nullable String description,
			@Nullable TemplatePriority priority, @Nullable List<String> tags) {
		var problems = new ArrayList<InvalidRecurrenceException>();
		var trimmed = title == null ? "" : title.strip();
		if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_TITLE) {
			problems.add(new InvalidRecurrenceException("title",
					"must be 1 to " + MAX_TITLE + " characters after trimming"));
		}
		if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
			problems.add(new InvalidRecurrenceException("description",
					"must be at most " + MAX_DESCRIPTION + " characters"));
		}
		var slugs = new TreeSet<String>();
		for (var tag : tags == null ? List.<String>of() : tags) {
			if (tag == null || !TAG.matcher(tag).matches()) {
				problems.add(new InvalidRecurrenceException("tags",
						"'" + tag + "' is not a tag: use 1 to 32 characters of a-z, 0-9 and -"));
			}
			else {
				slugs.add(tag);
			}
		}
		if (slugs.size() > MAX_TAGS) {
			problems.add(new InvalidRecurrenceException("tags", "a task has at most " + MAX_TAGS + " tags"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidSeriesException(problems);
		}
		return new SeriesTemplate(trimmed, description == null ? "" : description,
				priority == null ? TemplatePriority.MEDIUM : priority, slugs);
	}
}
