package io.todoplatform.tasks.application;

import java.time.Clock;

import io.todoplatform.tasks.application.port.in.FindTasks;
import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
class FindingTasks implements FindTasks {

	private final Tasks tasks;

	private final Clock clock;

	FindingTasks(Tasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@Override
	public Mono<Task> get(Owner owner, TaskId id) {
		return tasks.find(owner, id).switchIfEmpty(Mono.error(() -> new TaskNotFoundException(id)));
	}

	@Override
	public Mono<TaskPage> find(Owner owner, TaskQuery query) {
		return tasks.find(owner, query, clock.instant());
	}

}
