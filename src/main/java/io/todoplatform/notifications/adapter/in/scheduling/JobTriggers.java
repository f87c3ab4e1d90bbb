package io.todoplatform.notifications.adapter.in.scheduling;

import io.todoplatform.events.SidecarOnlyRoute;
import io.todoplatform.notifications.adapter.scheduling.ReminderJob;
import io.todoplatform.notifications.application.port.in.DeliverReminders;
import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.ReminderId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the sidecar triggers a reminder's Dapr job. The answer drives the job's failure
 * policy: 200 when the reminder was delivered, failed for good, or needs nothing (a stale
 * trigger); 503 when it must come again (another delivery of it is under way, or the
 * database is away); 404, which Dapr does not retry, for a job that is not a reminder's.
 * Only the sidecar may call here: {@code identity.ApiSecurity} checks its token on
 * {@code /job/**}.
 */
@RestController
@ConditionalOnProperty(name = "todo.notifications.scheduler", havingValue = "dapr")
class JobTriggers implements SidecarOnlyRoute {

	private static final Logger log = LoggerFactory.getLogger(JobTriggers.class);

	private final DeliverReminders deliver;

	private final ObjectReader jobData;

	JobTriggers(DeliverReminders deliver, JsonMapper json) {
		this.deliver = deliver;
		this.jobData = json.readerFor(ReminderJob.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	@Override
	public String pathPattern() {
		return "/job/**";
	}

	@PostMapping("/job/{name}")
	Mono<ResponseEntity<Void>> trigger(@PathVariable String name,
			@RequestBody(required = false) byte @Nullable [] body) {
		return Mono.defer(() -> {
			ReminderJob trigger;
			try {
				trigger = jobData.readValue(body == null ? new byte[0] : body);
				if (!ReminderJob.reminderNamed(name).id().equals(trigger.reminderId())) {
					throw new IllegalArgumentException("job " + name + " carries reminder " + trigger.reminderId());
				}
			}
			catch (JacksonException | IllegalArgumentException e) {
				log.error("Job {} is not a reminder's job; it will not be retried: {}", name, e.getMessage());
				return Mono.just(ResponseEntity.notFound().build());
			}
			return deliver.deliver(new ReminderId(trigger.reminderId()), trigger.fireAt())
				.map(outcome -> outcome == DeliveryOutcome.DONE ? ResponseEntity.ok().<Void>build() : comeAgain())
				.onErrorResume(failure -> {
					log.warn("Job {} failed; its failure policy triggers it again: {}", name, failure.toString());
					return Mono.just(comeAgain());
				});
		});
	}

	private static ResponseEntity<Void> comeAgain() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
	}

}
