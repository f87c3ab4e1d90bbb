package io.todoplatform.notifications.application.port.out;

import java.util.UUID;

import io.todoplatform.notifications.domain.TaskSnapshot;
import reactor.core.publisher.Mono;

/**
 * What the module learned of each task from task events.
 */
public interface TaskSnapshots {

	Mono<TaskSnapshot> find(UUID taskId);

	Mono<Void> save(TaskSnapshot snapshot);

}
