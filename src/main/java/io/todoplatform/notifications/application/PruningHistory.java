package io.todoplatform.notifications.application;

import java.time.Clock;

import io.todoplatform.notifications.application.port.in.PruneHistory;
import io.todoplatform.notifications.application.port.out.History;
import io.todoplatform.notifications.domain.PrunedHistory;
import io.todoplatform.notifications.domain.Retention;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
class PruningHistory implements PruneHistory {

	private final History history;

	private final Retention retention;

	private final Clock clock;

	PruningHistory(History history, Retention retention, Clock clock) {
		this.history = history;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public Mono<PrunedHistory> prune() {
		return history.pruneBefore(retention.horizon(clock.instant()));
	}

}
