package io.todoplatform.tasks.adapter.in.web;

import java.time.ZoneId;
import java.util.function.Function;

import io.todoplatform.mergepatch.JsonMergePatch.Patch;
import io.todoplatform.tasks.application.port.in.ReviseTask;
import io.todoplatform.tasks.application.port.in.ReviseTask.Change;
import org.jspecify.annotations.Nullable;

/**
 * A merge patch of a task's {@link TaskRequest} document as the revision it asks for: a
 * change for each field it names.
 */
final class TaskRevision {

	private TaskRevision() {
	}

	static ReviseTask of(Patch<TaskRequest> patch, ZoneId callersZone) {
		return new ReviseTask(change(patch, "title", TaskRequest::title),
				change(patch, "description", TaskRequest::description),
				change(patch, "priority", TaskRequest::priority), change(patch, "tags", TaskRequest::tags),
				change(patch, "dueAt", TaskRequest::dueAt), change(patch, "dueDate", TaskRequest::dueDate),
				change(patch, "timeZone", TaskRequest::timeZone), change(patch, "reminders", TaskRequest::reminders),
				callersZone);
	}

	private static <T> @Nullable Change<T> change(Patch<TaskRequest> patch, String field,
			Function<TaskRequest, @Nullable T> value) {
		return patch.names(field) ? new Change<>(value.apply(patch.values())) : null;
	}

}
