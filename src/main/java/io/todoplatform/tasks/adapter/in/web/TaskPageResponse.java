package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.util.List;

import io.todoplatform.tasks.domain.TaskPage;

record TaskPageResponse(List<TaskResponse> items, int page, int size, long totalItems, long totalPages) {

	static TaskPageResponse of(TaskPage page, Instant now) {
		return new TaskPageResponse(page.items().stream().map(task -> TaskResponse.of(task, now)).toList(),
				page.page(), page.size(), page.totalItems(), page.totalPages());
	}
}
