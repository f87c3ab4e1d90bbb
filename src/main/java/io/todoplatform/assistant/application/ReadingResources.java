package io.todoplatform.assistant.application;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.ReadResources;
import io.todoplatform.assistant.application.port.in.ResourceNotFoundException;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.RECURRENCE;
import static io.todoplatform.client.ApiCall.Service.TASKS;

/**
 * The resources, each one API call as the caller: what the API does not show this user
 * (another user's series) is not found here either.
 */
@Service
class ReadingResources implements ReadResources {

	static final String OPEN_TASKS = "tasks://open";

	private static final Pattern SERIES = Pattern
		.compile("series://(" + Schema.UUID.substring(1, Schema.UUID.length() - 1) + ")");

	/** Most urgent first: the highest priority, then the soonest due (undated last). */
	private static final String MOST_URGENT = new Query(TaskTools.TASKS_PATH).add("status", "OPEN")
		.add("sort", "priority,desc")
		.add("sort", "dueAt,asc")
		.add("size", 100)
		.toString();

	private final PlatformApi api;

	ReadingResources(PlatformApi api) {
		this.api = api;
	}

	@Override
	public List<Resource> resources() {
		return List.of(
				new Resource(OPEN_TASKS, "open-tasks", "Open tasks",
						"The user's open tasks, most urgent first (highest priority, then soonest due), up to 100, "
								+ "with due times in each task's zone"),
				new Resource("series://{id}", "recurring-task", "A recurring task",
						"One of the user's recurring tasks with its current and next five dates in its zone; id "
								+ "is the seriesId set_recurring gives"));
	}

	@Override
	public Mono<Map<String, Object>> read(Credentials who, String uri) {
		if (OPEN_TASKS.equals(uri)) {
			return api.send(who, ApiCall.get(TASKS, MOST_URGENT)).map(ReadingResources::openTasks);
		}
		var series = SERIES.matcher(uri);
		if (!series.matches()) {
			return Mono.error(new ResourceNotFoundException(uri));
		}
		return api.send(who, ApiCall.get(RECURRENCE, SeriesTools.SERIES_PATH + "/" + series.group(1)))
			.flatMap(answer -> answer.ok() ? Mono.just(SeriesViews.of(answer.object()))
					: Mono.error(new ResourceNotFoundException(uri)));
	}

	private static Map<String, Object> openTasks(ApiAnswer answer) {
		if (!answer.ok()) {
			throw new IllegalStateException("The task API refused the open tasks: " + answer.status());
		}
		var page = answer.object();
		return Map.of("items", TaskViews.all(page.get("items")), "totalItems", page.get("totalItems"));
	}

}
