package io.todoplatform.notifications.application;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.notifications.application.port.out.TaskSnapshots;
import io.todoplatform.notifications.domain.TaskSnapshot;
import reactor.core.publisher.Mono;

/**
 * What the module learned of tasks, in memory.
 */
class InMemoryTaskSnapshots implements TaskSnapshots {

	private final Map<UUID, TaskSnapshot> known = new ConcurrentHashMap<>();

	TaskSnapshot given(TaskSnapshot snapshot) {
		known.put(snapshot.taskId(), snapshot);
		return snapshot;
	}

	Optional<TaskSnapshot> known(UUID taskId) {
		return Optional.ofNullable(known.get(taskId));
	}

	@Override
	public Mono<TaskSnapshot> find(UUID taskId) {
		return Mono.fromSupplier(() -> known.get(taskId));
	}

	@Override
	public Mono<Void> save(TaskSnapshot snapshot) {
		return Mono.fromRunnable(() -> given(snapshot));
	}

}
