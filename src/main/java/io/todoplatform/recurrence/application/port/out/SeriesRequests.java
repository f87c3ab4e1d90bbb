package io.todoplatform.recurrence.application.port.out;

import io.todoplatform.recurrence.domain.SeriesEvent;
import reactor.core.publisher.Mono;

/**
 * Asks the tasks module to create, skip or remove occurrences. Called inside the
 * transaction of the series change.
 */
public interface SeriesRequests {

	Mono<Void> send(SeriesEvent event);

}
