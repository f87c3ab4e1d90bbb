package io.todoplatform.notifications.adapter.in.scheduling;

import java.time.Duration;

import io.todoplatform.notifications.application.port.in.ArmReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.util.retry.Retry;

/**
 * Once the application is ready, arms what the scheduler may have lost while it was away:
 * reminders that fell due while it was down are delivered now, late but not lost. A
 * sidecar that is not up yet is waited for.
 */
@Component
class StartupArming {

	private static final Logger log = LoggerFactory.getLogger(StartupArming.class);

	private final ArmReminders arm;

	StartupArming(ArmReminders arm) {
		this.arm = arm;
	}

	@EventListener(ApplicationReadyEvent.class)
	void armLostReminders() {
		arm.armAtStartup()
			.retryWhen(Retry.backoff(30, Duration.ofMillis(200))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry(retry -> log.warn("Arming reminders at start-up failed, trying again: {}",
						retry.failure().toString())))
			.subscribe(count -> log.info("Armed {} reminder(s) at start-up", count), failure -> log
				.error("Could not arm reminders at start-up; they are armed at the next start", failure));
	}

}
