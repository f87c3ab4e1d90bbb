package io.todoplatform.tasks.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.todoplatform.timerange.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * Which of one owner's tasks to list, in what order, and which page. Every criterion
 * narrows the result.
 *
 * @param text full-text search; without an explicit sort the result is ordered by
 * relevance
 * @param seriesId only the occurrences of this recurring series
 * @param sort empty for the default order (or relevance when searching)
 */
public record TaskQuery(@Nullable String text, @Nullable TaskStatus status, @Nullable UUID seriesId,
		Set<Priority> priorities, Set<String> tags, @Nullable Instant dueFrom, @Nullable Instant dueTo, boolean overdue,
		List<TaskSort> sort, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static final int MAX_TEXT_LENGTH = 500;

	public TaskQuery {
		if (text != null && (text.isBlank() || text.length() > MAX_TEXT_LENGTH)) {
			throw new InvalidTaskQueryException("q", "must be 1 to " + MAX_TEXT_LENGTH + " characters");
		}
		if (page < 0) {
			throw new InvalidTaskQueryException("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidTaskQueryException("size", "must be between 1 and " + MAX_SIZE);
		}
		requireSupported("dueFrom", dueFrom);
		requireSupported("dueTo", dueTo);
		if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
			throw new InvalidTaskQueryException("dueFrom", "must not be after dueTo");
		}
		tags.forEach(TaskQuery::requireTag);
		priorities = Set.copyOf(priorities);
		tags = Set.copyOf(tags);
		sort = List.copyOf(sort);
	}

	private static void requireSupported(String parameter, @Nullable Instant bound) {
		if (bound != null && !TimeRange.contains(bound)) {
			throw new InvalidTaskQueryException(parameter, TimeRange.INSTANTS);
		}
	}

	private static void requireTag(String slug) {
		try {
			new Tag(slug);
		}
		catch (InvalidTaskException e) {
			throw new InvalidTaskQueryException("tag", e.violations().getFirst().message());
		}
	}

	/** Offset of the first item; a long because page times size can exceed an int. */
	public long offset() {
		return (long) page * size;
	}
}
