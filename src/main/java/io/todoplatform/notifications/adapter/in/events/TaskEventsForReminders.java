package io.todoplatform.notifications.adapter.in.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.Subscription;
import io.todoplatform.events.UnprocessableEventException;
import io.todoplatform.notifications.application.port.in.FollowTasks;
import io.todoplatform.notifications.application.port.in.FollowTasks.WantedReminder;
import io.todoplatform.notifications.domain.RuleForm;
import io.todoplatform.notifications.domain.TaskSnapshot;
import io.todoplatform.storage.ModuleSchema;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes notifications to every task event: each carries the whole task with its reminders and their fire
 * times (schema {@code docs/events/task-data.schema.json}), which is all this module knows of tasks.
 */
@Configuration(proxyBeanMethods = false)
class TaskEventsForReminders {

	static final String DELETED = "task.deleted";

	private final FollowTasks follow;
	private final JsonMapper json;

	TaskEventsForReminders(FollowTasks follow, JsonMapper json) {
		this.follow = follow;
		this.json = json;
	}

	@Bean
	Subscription remindersOfTasks(@Qualifier("notificationsSchema") ModuleSchema schema) {
		return new Subscription(Set.of("task.created", "task.updated", "task.completed", "task.reopened", DELETED),
				"notifications.follow-tasks", schema, this::handle);
	}

	/** The part of a task event's data that reminders need. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TaskData(UUID id, String owner, String title, String status, @Nullable Instant dueAt,
			@Nullable LocalDate dueDate, String timeZone, long version, @Nullable List<Map<String, Object>> reminders) {
	}

	Mono<Void> handle(CloudEvent event) {
		return Mono.defer(() -> {
			TaskSnapshot task;
			List<WantedReminder> wanted;
			try {
				var data = json.treeToValue(event.data(), TaskData.class);
				task = snapshot(data, event.type().equals(DELETED));
				wanted = data.reminders() == null ? List.of() : data.reminders().stream().map(this::wanted).toList();
			}
			catch (JacksonException | IllegalArgumentException | NullPointerException | DateTimeException e) {
				return Mono.error(new UnprocessableEventException("Malformed " + event.type() + " " + event.id(), e));
			}
			return follow.taskChanged(task, wanted);
		});
	}

	private static TaskSnapshot snapshot(TaskData data, boolean deleted) {
		var zone = ZoneId.of(data.timeZone());
		var due = data.dueAt() != null ? data.dueAt()
				: data.dueDate() != null ? data.dueDate().atStartOfDay(zone).toInstant() : null;
		return new TaskSnapshot(data.id(), data.owner(), data.title(), "OPEN".equals(data.status()), due,
				data.dueDate() != null, zone, data.version(), deleted);
	}

	/** A reminder's fields are its rule's, plus the {@code fireAt} the tasks module computed. */
	private WantedReminder wanted(Map<String, Object> reminder) {
		var rule = new LinkedHashMap<>(reminder);
		if (!(rule.remove("fireAt") instanceof String fireAt)) {
			throw new IllegalArgumentException("A reminder without fireAt: " + reminder);
		}
		return new WantedReminder(RuleForm.of(rule), Instant.parse(fireAt));
	}
}
