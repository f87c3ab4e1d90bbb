package io.todoplatform.assistant.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.RECURRENCE;

/**
 * Tools over the recurrence API ({@code /api/v1/recurring-tasks} and
 * {@code /api/v1/recurrence/preview}), which the {@code recurrence} app-id serves.
 */
@Component
class SeriesTools implements ToolSet {

	static final String SERIES_PATH = "/api/v1/recurring-tasks";

	static final Map<String, Object> SERIES_ID = Schema.id("The recurring task's id, as set_recurring gives it");

	/** How many dates set_recurring names. */
	private static final int NEXT_DATES = 5;

	private static final String RULES = "rrule is an RFC 5545 RRULE value (without DTSTART), e.g. FREQ=DAILY; "
			+ "FREQ=WEEKLY;BYDAY=MO,TH (Mondays and Thursdays); FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (the "
			+ "last working day of every month); FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12 (the 1st, twelve times); "
			+ "FREQ=YEARLY;UNTIL=20301231. dtstart is the first occurrence as a local date-time in timeZone "
			+ "(2026-12-31T09:00:00), or a date (2026-12-31) for occurrences all day; the rule's times of day "
			+ "come from it. exdates are occurrences left out, of dtstart's kind. timeZone is an IANA zone "
			+ "(Europe/Paris), by default the user's. Dates come back in timeZone with the zone named.";

	private final PlatformApi api;

	private final OccurrenceTasks occurrences;

	SeriesTools(PlatformApi api, OccurrenceTasks occurrences) {
		this.api = api;
		this.occurrences = occurrences;
	}

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(setRecurring(), this::start), new Entry(previewRecurrence(), this::preview),
				new Entry(skipOccurrence(), this::skip), new Entry(stopRecurring(), this::stop));
	}

	private static Tool setRecurring() {
		return new Tool("set_recurring", "Make a task recur",
				"Starts a recurring task: each occurrence becomes a task of its own, made when the one before is "
						+ "done or skipped. Answers with the recurring task, its next five dates and the task id "
						+ "of its first occurrence. An existing task cannot be made to recur: start a recurring "
						+ "task with its fields, then delete_task the old one if the user wants. Check a rule "
						+ "with preview_recurrence first when unsure. " + RULES,
				Hints.ADDS,
				schedule().required("title", Schema.string("1 to 200 characters"))
					.optional("description", Schema.string("Up to 10,000 characters"))
					.optional("priority", Schema.oneOf("Default MEDIUM", TaskViews.PRIORITIES))
					.optional("tags", Schema.array("Up to 20 distinct lower-case slugs", Schema.string("A tag"), 20))
					.optional("anchor",
							Schema.oneOf("SCHEDULE (default): the rule's dates; COMPLETION: the rule restarts "
									+ "on the day an occurrence is done", SeriesViews.ANCHORS))
					.closed(),
				Schema.object()
					.required("series", SeriesViews.SERIES)
					.required("nextDates",
							Schema.array("The next five dates in timeZone", Schema.string("A date"), NEXT_DATES))
					.required("firstTaskId", Schema.id("The task of the first occurrence"))
					.optional("firstTask", TaskViews.TASK)
					.open());
	}

	private static Tool previewRecurrence() {
		return new Tool("preview_recurrence", "Preview a rule",
				"Gives the dates a rule makes, without saving anything: check a rule before set_recurring. "
						+ "after (an instant with offset) gives only dates after it, e.g. now. " + RULES,
				Hints.READS,
				schedule().optional("after", Schema.string("Only dates after this instant, ISO 8601 with offset"))
					.optional("limit", Schema.integer("How many dates, default 5", 1, 50))
					.closed(),
				Schema.object()
					.required("occurrences",
							Schema.array("As the API gives them: offset date-times, or dates",
									Schema.string("An occurrence"), 50))
					.optional("timeZone", Schema.string("The zone given"))
					.optional("occurrencesLocal",
							Schema.array("The dates in timeZone, the zone named", Schema.string("An occurrence"), 50))
					.open());
	}

	private static Tool skipOccurrence() {
		return new Tool("skip_occurrence", "Skip an occurrence",
				"Skips the open occurrence of a recurring task (the one whose task is open now): its task is "
						+ "marked SKIPPED and the next occurrence is made. Each call skips one more.",
				// Destructive: the occurrence the user had is set aside for good; not
				// idempotent:
				// a second call skips the next one.
				new Hints(false, true, false), Schema.object().required("seriesId", SERIES_ID).closed(),
				seriesResult());
	}

	private static Tool stopRecurring() {
		return new Tool("stop_recurring", "Stop a recurring task",
				"Stops a recurring task: no more occurrences are made. Its open occurrence stays a task unless "
						+ "deleteOpenInstance is true. Tasks done before stay.",
				Hints.REMOVES,
				Schema.object()
					.required("seriesId", SERIES_ID)
					.optional("deleteOpenInstance", Schema.bool("Also delete the open occurrence's task"))
					.closed(),
				Schema.object()
					.required("seriesId", SERIES_ID)
					.required("stopped", Schema.bool("Always true"))
					.required("deleteOpenInstance", Schema.bool("Whether its open occurrence was deleted"))
					.open());
	}

	/** The fields of a schedule, as the API names them. */
	private static Schema.Properties schedule() {
		return Schema.object()
			.required("rrule", Schema.string("An RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO"))
			.required("dtstart", Schema.string("A local date-time in timeZone, or a date for all-day"))
			.optional("timeZone", Schema.string("IANA zone, e.g. Europe/Paris; default the user's"))
			.optional("exdates",
					Schema.array("Occurrences left out, of dtstart's kind", Schema.string("An occurrence"), 1000));
	}

	static Map<String, Object> seriesResult() {
		return Schema.object().required("series", SeriesViews.SERIES).open();
	}

	private Mono<ToolResult> start(Credentials who, Arguments arguments) {
		var body = arguments.fields("title", "description", "priority", "tags", "rrule", "dtstart", "timeZone",
				"anchor", "exdates");
		return api.send(who, ApiCall.post(RECURRENCE, SERIES_PATH, body)).flatMap(answer -> {
			if (!answer.ok()) {
				return Mono.just(Answers.refusal(answer));
			}
			var series = SeriesViews.of(asObject(answer.object().get("series")));
			var firstTaskId = String.valueOf(answer.object().get("firstTaskId"));
			return occurrences.await(who, firstTaskId)
				.map(task -> started(series, firstTaskId, task))
				.defaultIfEmpty(started(series, firstTaskId, null));
		});
	}

	private static ToolResult started(Map<String, Object> series, String firstTaskId,
			@Nullable Map<String, Object> firstTask) {
		var zone = String.valueOf(series.get("timeZone"));
		var next = new ArrayList<String>();
		next.add(String.valueOf(series.get("currentLocal")));
		next.addAll(SeriesViews.local(series.get("upcoming"), zone));
		var nextDates = next.subList(0, Math.min(NEXT_DATES, next.size()));
		var result = new LinkedHashMap<String, Object>();
		result.put("series", series);
		result.put("nextDates", List.copyOf(nextDates));
		result.put("firstTaskId", firstTaskId);
		if (firstTask != null) {
			result.put("firstTask", firstTask);
		}
		var first = firstTask != null ? "Its first occurrence is task " + firstTaskId + "."
				: "Its first occurrence will be task " + firstTaskId
						+ ", which is not made yet: get_task it in a moment.";
		return ToolResult.success("Started " + SeriesViews.line(series) + ". Next dates: "
				+ SeriesViews.dates(nextDates, zone) + ". " + first, result);
	}

	private Mono<ToolResult> preview(Credentials who, Arguments arguments) {
		var body = arguments.fields("rrule", "dtstart", "timeZone", "exdates", "after");
		var limit = arguments.optionalInteger("limit", 1, 50);
		body.put("limit", limit == null ? NEXT_DATES : limit);
		var rrule = arguments.text("rrule");
		// The API's default is the caller's zone too (the token's zoneinfo, else UTC).
		var given = arguments.optionalText("timeZone");
		var zone = given == null ? who.zone().getId() : given;
		return api.send(who, ApiCall.post(RECURRENCE, "/api/v1/recurrence/preview", body))
			.map(answer -> Answers.of(answer, found -> previewed(rrule, found.object(), zone)));
	}

	private static ToolResult previewed(String rrule, Map<String, Object> preview, String zone) {
		var result = new LinkedHashMap<>(preview);
		var occurrences = preview.get("occurrences") instanceof List<?> list
				? list.stream().map(String::valueOf).toList() : List.<String>of();
		if (occurrences.isEmpty()) {
			return ToolResult.success(rrule + " makes no more dates.", result);
		}
		var local = SeriesViews.local(occurrences, zone);
		result.put("timeZone", zone);
		result.put("occurrencesLocal", local);
		return ToolResult.success("Dates of " + rrule + ": " + SeriesViews.dates(local, zone), result);
	}

	private Mono<ToolResult> skip(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.post(RECURRENCE, SERIES_PATH + "/" + arguments.id("seriesId") + "/skip", null))
			.map(answer -> Answers.of(answer, skipped -> {
				var series = SeriesViews.of(skipped.object());
				return ToolResult.success("Skipped the open occurrence; now " + SeriesViews.line(series)
						+ ", whose task is " + series.get("currentTaskId") + ".", Map.of("series", series));
			}));
	}

	private Mono<ToolResult> stop(Credentials who, Arguments arguments) {
		var seriesId = arguments.id("seriesId");
		var deleteOpen = arguments.flag("deleteOpenInstance");
		var path = new Query(SERIES_PATH + "/" + seriesId).add("deleteOpenInstance", deleteOpen);
		return api.send(who, ApiCall.delete(RECURRENCE, path.toString()))
			.map(answer -> Answers.of(answer,
					stopped -> ToolResult.success(
							"Stopped recurring task " + seriesId + ": no more occurrences will be made; its open "
									+ "occurrence was " + (deleteOpen ? "deleted." : "kept."),
							Map.of("seriesId", seriesId, "stopped", true, "deleteOpenInstance", deleteOpen))));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asObject(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

}
