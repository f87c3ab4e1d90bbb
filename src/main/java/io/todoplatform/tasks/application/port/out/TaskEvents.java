package io.todoplatform.tasks.application.port.out;

import io.todoplatform.tasks.domain.TaskEvent;
import reactor.core.publisher.Mono;

/**
 * Tells other modules what happened to tasks. Must be called inside the transaction of
 * the change: the event is published if and only if the change commits.
 */
public interface TaskEvents {

	Mono<Void> publish(TaskEvent event);

}
