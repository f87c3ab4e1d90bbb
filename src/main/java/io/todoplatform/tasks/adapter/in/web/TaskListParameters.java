package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.todoplatform.tasks.domain.InvalidTaskQueryException;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.TaskQuery;
import io.todoplatform.tasks.domain.TaskSort;
import io.todoplatform.tasks.domain.TaskStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads {@code GET /tasks} parameters into a query, naming the parameter in every error.
 */
final class TaskListParameters {

	private TaskListParameters() {
	}

	static TaskQuery read(MultiValueMap<String, String> params) {
		return new TaskQuery(params.getFirst("q"),
				single(params, "status", value -> parseEnum(TaskStatus.class, "status", value)),
				single(params, "seriesId", TaskListParameters::seriesId),
				priorities(params.getOrDefault("priority", List.of())),
				new HashSet<>(params.getOrDefault("tag", List.of())),
				single(params, "dueFrom", value -> instant("dueFrom", value)),
				single(params, "dueTo", value -> instant("dueTo", value)),
				Boolean.TRUE.equals(single(params, "overdue", value -> bool("overdue", value))),
				sort(params.getOrDefault("sort", List.of())), integer(params, "page", 0),
				integer(params, "size", TaskQuery.DEFAULT_SIZE));
	}

	private static <T> @Nullable T single(MultiValueMap<String, String> params, String name,
			Function<String, T> parse) {
		var values = params.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new InvalidTaskQueryException(name, "may be given only once");
		}
		return parse.apply(values.getFirst());
	}

	private static Set<Priority> priorities(List<String> values) {
		var priorities = EnumSet.noneOf(Priority.class);
		values.forEach(value -> priorities.add(parseEnum(Priority.class, "priority", value)));
		return priorities;
	}

	/** Spring style: {@code sort=priority,desc}; the direction defaults to ascending. */
	private static List<TaskSort> sort(List<String> values) {
		var sort = new ArrayList<TaskSort>();
		for (var value : values) {
			var parts = value.split(",", -1);
			if (parts.length > 2) {
				throw new InvalidTaskQueryException("sort", "'" + value + "' is not of the form key[,asc|desc]");
			}
			var key = switch (parts[0]) {
				case "priority" -> TaskSort.Key.PRIORITY;
				case "dueAt" -> TaskSort.Key.DUE_AT;
				case "createdAt" -> TaskSort.Key.CREATED_AT;
				case "updatedAt" -> TaskSort.Key.UPDATED_AT;
				case "title" -> TaskSort.Key.TITLE;
				default -> throw new InvalidTaskQueryException("sort",
						"'" + parts[0] + "' is not a sort key: use priority, dueAt, createdAt, updatedAt or title");
			};
			var direction = parts.length == 1 ? "asc" : parts[1].toLowerCase(Locale.ROOT);
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw new InvalidTaskQueryException("sort", "'" + parts[1] + "' is not a direction: use asc or desc");
			}
			sort.add(new TaskSort(key, direction.equals("asc")));
		}
		return sort;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidTaskQueryException(name, "'" + value + "' is not one of " + EnumSet.allOf(type));
		}
	}

	private static UUID seriesId(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidTaskQueryException("seriesId", "'" + value + "' is not a series id");
		}
	}

	private static Instant instant(String name, String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidTaskQueryException(name,
					"'" + value + "' is not an RFC 3339 instant like 2026-12-01T09:00:00Z");
		}
	}

	private static boolean bool(String name, String value) {
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new InvalidTaskQueryException(name, "must be true or false");
		};
	}

	private static int integer(MultiValueMap<String, String> params, String name, int fallback) {
		var value = single(params, name, text -> {
			try {
				return Integer.parseInt(text);
			}
			catch (NumberFormatException e) {
				throw new InvalidTaskQueryException(name, "'" + text + "' is not an integer");
			}
		});
		return value == null ? fallback : value;
	}

}
