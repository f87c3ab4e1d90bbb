package io.todoplatform.notifications.adapter.out.scheduling;

import java.time.Duration;

import io.dapr.client.DaprClient;
import io.dapr.client.DaprClientBuilder;
import io.dapr.client.domain.ConstantFailurePolicy;
import io.dapr.client.domain.DeleteJobRequest;
import io.dapr.client.domain.ScheduleJobRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.todoplatform.notifications.adapter.scheduling.ReminderJob;
import io.todoplatform.notifications.application.port.out.ReminderScheduler;
import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Dapr job per reminder, through this app's own sidecar (a job triggers the app-id
 * that scheduled it), named after the reminder so that scheduling again overwrites it.
 * The scheduler keeps jobs in its etcd: they survive restarts of this app. A trigger the
 * app does not acknowledge (it is down, or answers that it must come again) is retried by
 * the job's failure policy; past that, the app re-arms overdue reminders when it starts.
 * The scheduler keeps a due time as a timestamp and waits on timers that saturate rather
 * than overflow, so a job due at the end of the year 9999 is kept exactly and not
 * triggered early (checked with daprd 1.18.3): unlike the in-process timers, no steps.
 * Dapr triggers the reminder through the app's {@code POST /job/{name}}
 * ({@code adapter.in.scheduling.JobTriggers}).
 */
@Component
@ConditionalOnProperty(name = "todo.notifications.scheduler", havingValue = "dapr")
class DaprJobs implements ReminderScheduler, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DaprJobs.class);

	private final DaprClient dapr;

	private final JsonMapper json;

	private final ConstantFailurePolicy failurePolicy;

	private final Duration timeout;

	DaprJobs(JsonMapper json, NotificationProperties properties) {
		var jobs = properties.dapr();
		this.dapr = new DaprClientBuilder().build();
		this.json = json;
		this.failurePolicy = new ConstantFailurePolicy(jobs.retryInterval()).setMaxRetries(jobs.maxRetries());
		this.timeout = jobs.timeout();
	}

	@Override
	public Mono<Void> schedule(Reminder reminder) {
		var name = ReminderJob.nameOf(reminder.id());
		return Mono
			.defer(() -> dapr.scheduleJob(new ScheduleJobRequest(name, reminder.fireAt())
				.setData(json.writeValueAsBytes(new ReminderJob(reminder.id().id(), reminder.fireAt())))
				.setFailurePolicy(failurePolicy)
				.setOverwrite(true)))
			.timeout(timeout)
			.doOnSuccess(done -> log.debug("Job {} due at {}", name, reminder.fireAt()));
	}

	@Override
	public Mono<Void> cancel(Reminder reminder) {
		return Mono.defer(() -> dapr.deleteJob(new DeleteJobRequest(ReminderJob.nameOf(reminder.id()))))
			.timeout(timeout)
			.onErrorResume(DaprJobs::isGone, gone -> Mono.empty());
	}

	@Override
	public boolean forgetsOnRestart() {
		return false;
	}

	/**
	 * A job that fired and finished, or was never made, is already what cancelling wants.
	 */
	private static boolean isGone(Throwable failure) {
		var cause = failure;
		while (cause != null) {
			if (cause instanceof StatusRuntimeException status
					&& status.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return true;
			}
			cause = cause.getCause();
		}
		return false;
	}

	@Override
	public void destroy() throws Exception {
		dapr.close();
	}

}
