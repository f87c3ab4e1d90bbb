package io.todoplatform.recurrence.application;

import java.util.ArrayList;
import java.util.List;

import io.todoplatform.recurrence.application.port.out.SeriesRequests;
import io.todoplatform.recurrence.domain.SeriesEvent;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceDue;
import reactor.core.publisher.Mono;

/**
 * What a use case asked of the tasks module, in order.
 */
class RecordedSeriesRequests implements SeriesRequests {

	private final List<SeriesEvent> sent = new ArrayList<>();

	@Override
	public Mono<Void> send(SeriesEvent event) {
		return Mono.fromRunnable(() -> sent.add(event));
	}

	List<SeriesEvent> sent() {
		return List.copyOf(sent);
	}

	/**
	 * What was asked, in order: {@code OccurrenceDue}, {@code OccurrenceSkipped},
	 * {@code SeriesStopped}.
	 */
	List<String> kinds() {
		return sent.stream().map(event -> event.getClass().getSimpleName()).toList();
	}

	/** The occurrences asked for, as the API prints them. */
	List<String> dueOccurrences() {
		return sent.stream()
			.filter(OccurrenceDue.class::isInstance)
			.map(event -> ((OccurrenceDue) event).occurrence().iso())
			.toList();
	}

}
