package io.todoplatform.notifications.adapter.in.scheduling;

import java.time.Duration;

import io.todoplatform.notifications.application.port.in.PruneHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/**
 * Prunes the module's history once a day ({@code todo.notifications.retention.schedule},
 * a cron expression in UTC), in every replica: the first to start takes a database lock,
 * and the others leave it to that one. Nothing runs in between; a day missed while the
 * app was down is caught up by the next run, which prunes everything past the age.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyPruning {

	private static final Logger log = LoggerFactory.getLogger(DailyPruning.class);

	/**
	 * Deleting a month of history is quick; a prune that hangs must not hold the
	 * scheduler's thread for ever.
	 */
	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private final PruneHistory history;

	DailyPruning(PruneHistory history) {
		this.history = history;
	}

	@Scheduled(cron = "${todo.notifications.retention.schedule}", zone = "UTC")
	void prune() {
		try {
			history.prune()
				.doOnNext(pruned -> log.info("Pruned {} finished reminder(s) and {} delivery record(s)",
						pruned.reminders(), pruned.deliveries()))
				.switchIfEmpty(Mono.fromRunnable(() -> log.debug("Another process is pruning the reminders' history")))
				.block(TIMEOUT);
		}
		catch (RuntimeException e) {
			log.warn("Pruning the reminders' history failed; the next run tries again: {}", e.toString());
		}
	}

}
