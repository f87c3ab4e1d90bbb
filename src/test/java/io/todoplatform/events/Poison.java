package io.todoplatform.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events no consumer can ever handle, as an older version's bug or a hostile user could
 * have caused them.
 */
final class Poison {

	private Poison() {
	}

	/**
	 * A task event of a new user whose reminder fires at a time PostgreSQL cannot store:
	 * notifications refuses it.
	 */
	static CloudEvent taskWithAnUnstorableReminder(JsonMapper json) {
		var owner = "user-" + UUID.randomUUID();
		var farAway = "+999999999-12-31T23:59:59Z";
		return CloudEvent.of("/todo-platform/tasks", "task.created", UUID.randomUUID().toString(), Instant.now(), owner,
				null, json.valueToTree(task(owner, List.of(Map.of("at", farAway, "fireAt", farAway)))));
	}

	/** A task's data with every field a consumer needs, none of them due. */
	static Map<String, Object> task(String owner, List<Map<String, String>> reminders) {
		var now = Instant.now().toString();
		var task = new HashMap<String, Object>(Map.of("id", UUID.randomUUID(), "owner", owner, "title", "x",
				"description", "", "status", "OPEN", "priority", "MEDIUM", "tags", List.of(), "timeZone", "UTC",
				"reminders", reminders, "createdAt", now));
		task.putAll(Map.of("updatedAt", now, "version", 0));
		return task;
	}

}
