package io.todoplatform.tasks.domain;

import java.util.List;

/**
 * One page of a task list, and how many tasks the whole list has.
 */
public record TaskPage(List<Task> items, int page, int size, long totalItems) {

	public long totalPages() {
		return (totalItems + size - 1) / size;
	}
}
