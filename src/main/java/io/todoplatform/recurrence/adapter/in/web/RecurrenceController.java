package io.todoplatform.recurrence.adapter.in.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.identity.Caller;
import io.todoplatform.mergepatch.JsonMergePatch;
import io.todoplatform.recurrence.application.port.in.ManageSeries;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.SeriesId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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

	@PostMapping(path = "/recurrence/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> preview(@AuthenticationPrincipal Jwt caller, @RequestBody PreviewRequest request) {
		var limit = request.limit() == null ? PreviewRequest.DEFAULT_LIMIT : request.limit();
		if (limit < 1 || limit > PreviewRequest.MAX_LIMIT) {
			throw new InvalidRecurrenceException("limit", "must be between 1 and " + PreviewRequest.MAX_LIMIT);
		}
		var schedule = ScheduleInput.schedule(request.rrule(), request.dtstart(), request.timeZone(),
				request.exdates(), zoneOf(caller));
		var occurrences = request.after() == null ? schedule.first(limit)
				: schedule.after(ScheduleInput.after(request.after()), limit);
		return Map.of("occurrences", occurrences.stream().map(Occurrence::iso).toList());
	}

	@PostMapping(path = "/recurring-tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> start(@AuthenticationPrincipal Jwt caller,
			@RequestBody SeriesRequest request) {
		return Mono.fromCallable(() -> request.revision(zoneOf(caller)))
			.flatMap(start -> series.start(owner(caller), start.template(), start.schedule(), start.anchor()))
			.map(started -> ResponseEntity.created(URI.create("/api/v1/recurring-tasks/" + started.id()))
				.body(Map.of("series", SeriesResponse.of(started, SeriesResponse.UPCOMING), "firstTaskId",
						started.currentTaskId())));
	}

	@GetMapping("/recurring-tasks")
	Mono<Map<String, Object>> list(@AuthenticationPrincipal Jwt caller) {
		return series.list(owner(caller)).map(each -> SeriesResponse.of(each, 0)).collectList()
			.map(items -> Map.of("items", items));
	}

	@GetMapping("/recurring-tasks/{id}")
	Mono<SeriesResponse> get(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
		return Mono.defer(() -> series.get(owner(caller), seriesId(id)))
			.map(found -> SeriesResponse.of(found, SeriesResponse.UPCOMING));
	}

	@PatchMapping(path = "/recurring-tasks/{id}", consumes = "application/merge-patch+json")
	Mono<SeriesResponse> revise(@AuthenticationPrincipal Jwt caller, @PathVariable String id,
			@RequestBody JsonNode patch) {
		return Mono.defer(() -> series.revise(owner(caller), seriesId(id),
				current -> mergePatch.apply(SeriesRequest.of(current), patch, SeriesRequest.class)
					.revision(zoneOf(caller))))
			.map(revised -> SeriesResponse.of(revised, SeriesResponse.UPCOMING));
	}

	@PostMapping("/recurring-tasks/{id}/skip")
	Mono<SeriesResponse> skip(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
		return Mono.defer(() -> series.skip(owner(caller), seriesId(id)))
			.map(skipped -> SeriesResponse.of(skipped, SeriesResponse.UPCOMING));
	}

	@DeleteMapping("/recurring-tasks/{id}")
	Mono<ResponseEntity<Void>> stop(@AuthenticationPrincipal Jwt caller, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean deleteOpenInstance) {
		return Mono.defer(() -> series.stop(owner(caller), seriesId(id), deleteOpenInstance))
			.thenReturn(ResponseEntity.noContent().build());
	}

	private static Owner owner(Jwt caller) {
		return new Owner(Caller.of(caller).subject());
	}

	/** A malformed id names no series the caller has. */
	private static SeriesId seriesId(String id) {
		try {
			return new SeriesId(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			throw new SeriesNotFoundException(id);
		}
	}

	private static ZoneId zoneOf(Jwt caller) {
		return Caller.of(caller).zone();
	}
}
