package io.todoplatform.web.tasks;

import java.util.List;
import java.util.Map;

/**
 * One page of the list as the API answered it: its tasks, and where it is among the
 * pages.
 *
 * @param number from 0
 */
public record ListPage(List<TaskView> tasks, long number, long totalPages, long totalItems) {

	@SuppressWarnings("unchecked")
	static ListPage of(Map<String, Object> answer) {
		var items = answer.get("items") instanceof List<?> list ? list : List.of();
		return new ListPage(items.stream().map(item -> TaskView.of((Map<String, Object>) item)).toList(),
				number(answer.get("page")), number(answer.get("totalPages")), number(answer.get("totalItems")));
	}

	public boolean hasPrevious() {
		return number > 0;
	}

	public boolean hasNext() {
		return number + 1 < totalPages;
	}

	private static long number(Object value) {
		return value instanceof Number number ? number.longValue() : 0;
	}

}
