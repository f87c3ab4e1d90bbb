package io.todoplatform.tasks.application.port.in;

import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;
import reactor.core.publisher.Mono;

/**
 * Reading one's own tasks.
 */
public interface FindTasks {

	/**
	 * @throws TaskNotFoundException if the owner has no such task
	 */
	Mono<Task> get(Owner owner, TaskId id);

	Mono<TaskPage> find(Owner owner, TaskQuery query);

}
