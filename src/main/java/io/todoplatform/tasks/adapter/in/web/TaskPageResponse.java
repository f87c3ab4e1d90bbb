package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;

/** One page of a list of tasks. */
@Schema(name = "TaskPage")
@JsonInclude(JsonInclude.Include.ALWAYS)
record TaskPageResponse(List<TaskResponse> items, @Schema(minimum = "0") int page,
		@Schema(minimum = "1", maximum = "" + TaskQuery.MAX_SIZE) int size, @Schema(minimum = "0") long totalItems,
		@Schema(minimum = "0") long totalPages) {

	static TaskPageResponse of(TaskPage page, Instant now) {
		return new TaskPageResponse(page.items().stream().map(task -> TaskResponse.of(task, now)).toList(), page.page(),
				page.size(), page.totalItems(), page.totalPages());
	}
}
