package io.todoplatform.tasks.application;

import java.util.ArrayList;
import java.util.List;

import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.domain.TaskEvent;
import reactor.core.publisher.Mono;

/**
 * The task events a use case published, in order.
 */
class RecordedTaskEvents implements TaskEvents {

	private final List<TaskEvent> published = new ArrayList<>();

	@Override
	public Mono<Void> publish(TaskEvent event) {
		return Mono.fromRunnable(() -> published.add(event));
	}

	List<TaskEvent> published() {
		return List.copyOf(published);
	}

	/** What happened, in order: {@code TaskCreated}, {@code TaskCompleted}, ... */
	List<String> kinds() {
		return published.stream().map(event -> event.getClass().getSimpleName()).toList();
	}

}
