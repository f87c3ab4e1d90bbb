package io.todoplatform.notifications.application.port.in;

import java.time.Instant;
import java.util.List;

import io.todoplatform.notifications.domain.RuleForm;
import io.todoplatform.notifications.domain.TaskSnapshot;
import reactor.core.publisher.Mono;

/**
 * Keeps reminders in step with their tasks, as task events report them.
 */
public interface KeepRemindersInStep {

	/** A reminder the task asks for, and when the tasks module says it fires. */
	record WantedReminder(RuleForm rule, Instant fireAt) {
	}

	/**
	 * The task as an event reports it, with the reminders it asks for. Events older than
	 * what is known change nothing; a task that is not open, or deleted, wants no
	 * reminders.
	 */
	Mono<Void> taskChanged(TaskSnapshot task, List<WantedReminder> wanted);

}
