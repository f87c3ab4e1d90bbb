package io.todoplatform.assistant.application;

import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.TASKS;

/**
 * Changes part of a list field of a task (a tag, a reminder) the way any careful client
 * does: read the task, change the list, and send it back with {@code If-Match} of the
 * version read. A change someone else made in between is then refused by the API (412)
 * instead of overwritten, and the change is made again on the task as it is now.
 */
final class TaskRevisions {

	/** How often a change is tried while the task keeps changing under it. */
	static final int ATTEMPTS = 3;

	private final PlatformApi api;

	TaskRevisions(PlatformApi api) {
		this.api = api;
	}

	/** A change of the task as read. */
	@FunctionalInterface
	interface Change {

		/**
		 * @return the merge patch, or null when the task is already as asked
		 * @throws InvalidArgumentsException when the change cannot apply to this task
		 */
		@Nullable Map<String, Object> patch(Map<String, Object> task);

	}

	/**
	 * @param answer the API's last answer: the task as changed, as found (nothing to
	 * change), or a refusal
	 */
	record Revised(ApiAnswer answer, boolean changed) {
	}

	Mono<Revised> revise(Credentials who, String taskId, Change change) {
		return attempt(who, TaskTools.path(taskId), change, 1);
	}

	private Mono<Revised> attempt(Credentials who, String path, Change change, int attempt) {
		return api.send(who, ApiCall.get(TASKS, path)).flatMap(read -> {
			if (!read.ok()) {
				return Mono.just(new Revised(read, false));
			}
			var patch = change.patch(read.object());
			if (patch == null) {
				return Mono.just(new Revised(read, false));
			}
			return api.send(who, ApiCall.patch(TASKS, path, patch).withIfMatch(entityTag(read.object())))
				.flatMap(written -> written.status() == 412 && attempt < ATTEMPTS
						? attempt(who, path, change, attempt + 1) : Mono.just(new Revised(written, true)));
		});
	}

	/** The task API's ETag: its version, quoted. */
	private static String entityTag(Map<String, Object> task) {
		return "\"" + task.get("version") + "\"";
	}

}
