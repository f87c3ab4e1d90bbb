package io.todoplatform.recurrence.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.identity.Caller;
import io.todoplatform.mergepatch.JsonMergePatch;
import io.todoplatform.problems.Ids;
import io.todoplatform.recurrence.application.port.in.ManageSeries;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.ScheduleFields;
import io.todoplatform.recurrence.domain.SeriesId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Previews of rules and the user's recurring tasks.
 */
@RestController
@RequestMapping("/api/v1")
class RecurrenceController {

	private final ManageSeries series;

	private final JsonMergePatch mergePatch;

	RecurrenceController(ManageSeries series, JsonMergePatch mergePatch) {
		this.series = series;
		this.mergePatch = mergePatch;
	}

	/** The occurrences a rule makes, in order. */
	@Schema(name = "OccurrencePreview")
	record Preview(List<String> occurrences) {
	}

	/** A series just started, with the task of its first occurrence. */
	@Schema(name = "StartedRecurringTask")
	record Started(SeriesResponse series, UUID firstTaskId) {
	}

	/** Every series of the caller's, without upcoming occurrences. */
	@Schema(name = "RecurringTaskList")
	record SeriesList(List<SeriesResponse> items) {
	}

	@PostMapping(path = "/recurrence/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	Preview preview(Caller caller, @RequestBody PreviewRequest request) {
		var limit = request.limit() == null ? PreviewRequest.DEFAULT_LIMIT : request.limit();
		if (limit < 1 || limit > PreviewRequest.MAX_LIMIT) {
			throw new InvalidRecurrenceException("limit", "must be between 1 and " + PreviewRequest.MAX_LIMIT);
		}
		var schedule = ScheduleFields.schedule(request.rrule(), request.dtstart(), request.timeZone(),
				request.exdates(), caller.zone());
		var occurrences = request.after() == null ? schedule.first(limit)
				: schedule.after(ScheduleInput.after(request.after()), limit);
		return new Preview(occurrences.stream().map(Occurrence::iso).toList());
	}

	@PostMapping(path = "/recurring-tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Started>> start(Caller caller, @RequestBody SeriesRequest request) {
		return Mono.fromCallable(() -> request.revision(caller.zone()))
			.flatMap(start -> series.start(new Owner(caller.subject()), start.template(), start.schedule(),
					start.anchor()))
			.map(started -> ResponseEntity.created(URI.create("/api/v1/recurring-tasks/" + started.id()))
				.body(new Started(SeriesResponse.of(started, SeriesResponse.UPCOMING), started.currentTaskId())));
	}

	@GetMapping("/recurring-tasks")
	Mono<SeriesList> list(Caller caller) {
		return series.list(new Owner(caller.subject()))
			.map(each -> SeriesResponse.of(each, 0))
			.collectList()
			.map(SeriesList::new);
	}

	@GetMapping("/recurring-tasks/{id}")
	Mono<SeriesResponse> get(Caller caller, @PathVariable String id) {
		return Mono.defer(() -> series.get(new Owner(caller.subject()), seriesId(id)))
			.map(found -> SeriesResponse.of(found, SeriesResponse.UPCOMING));
	}

	@PatchMapping(path = "/recurring-tasks/{id}", consumes = "application/merge-patch+json")
	Mono<SeriesResponse> revise(Caller caller, @PathVariable String id, @RequestBody JsonNode patch) {
		return Mono
			.defer(() -> series.revise(new Owner(caller.subject()), seriesId(id),
					SeriesRevision.of(mergePatch.read(patch, SeriesRequest.class), caller.zone())))
			.map(revised -> SeriesResponse.of(revised, SeriesResponse.UPCOMING));
	}

	@PostMapping("/recurring-tasks/{id}/skip")
	Mono<SeriesResponse> skip(Caller caller, @PathVariable String id) {
		return Mono.defer(() -> series.skip(new Owner(caller.subject()), seriesId(id)))
			.map(skipped -> SeriesResponse.of(skipped, SeriesResponse.UPCOMING));
	}

	@DeleteMapping("/recurring-tasks/{id}")
	Mono<ResponseEntity<Void>> stop(Caller caller, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean deleteOpenInstance) {
		return Mono.defer(() -> series.stop(new Owner(caller.subject()), seriesId(id), deleteOpenInstance))
			.thenReturn(ResponseEntity.noContent().build());
	}

	private static SeriesId seriesId(String id) {
		return new SeriesId(Ids.uuidOr(id, SeriesNotFoundException::new));
	}

}
