package io.todoplatform.tasks.adapter.in.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.todoplatform.identity.Caller;
import io.todoplatform.mergepatch.JsonMergePatch;
import io.todoplatform.problems.Ids;
import io.todoplatform.tasks.application.port.in.FindTasks;
import io.todoplatform.tasks.application.port.in.ManageTasks;
import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Tag;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The task API. The caller's token subject is the owner of everything it reads or writes.
 */
@RestController
@RequestMapping("/api/v1")
class TaskController {

	static final String MERGE_PATCH = "application/merge-patch+json";

	private final ManageTasks manage;

	private final FindTasks find;

	private final JsonMergePatch mergePatch;

	private final Clock clock;

	TaskController(ManageTasks manage, FindTasks find, JsonMergePatch mergePatch, Clock clock) {
		this.manage = manage;
		this.find = find;
		this.mergePatch = mergePatch;
		this.clock = clock;
	}

	@PostMapping(path = "/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<TaskResponse>> create(Caller caller, @RequestBody TaskRequest request) {
		return Mono.fromCallable(() -> request.details(caller.zone()))
			.flatMap(details -> manage.create(new Owner(caller.subject()), details))
			.map(task -> respond(ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())), task));
	}

	@GetMapping("/tasks/{id}")
	Mono<ResponseEntity<TaskResponse>> get(Caller caller, @PathVariable String id) {
		return Mono.defer(() -> find.get(new Owner(caller.subject()), taskId(id)))
			.map(task -> respond(ResponseEntity.ok(), task));
	}

	@GetMapping("/tasks")
	Mono<TaskPageResponse> list(Caller caller, ServerWebExchange exchange) {
		var query = TaskListParameters.read(exchange.getRequest().getQueryParams());
		return find.find(new Owner(caller.subject()), query).map(page -> TaskPageResponse.of(page, clock.instant()));
	}

	/**
	 * RFC 7396: the patch is merged into the task's fields; null removes a field, which
	 * restores its default.
	 */
	@PatchMapping(path = "/tasks/{id}", consumes = MERGE_PATCH)
	Mono<ResponseEntity<TaskResponse>> revise(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		return Mono
			.defer(() -> manage.revise(new Owner(caller.subject()), taskId(id), EntityTags.expectedVersion(ifMatch),
					TaskRevision.of(mergePatch.read(patch, TaskRequest.class), caller.zone())))
			.map(task -> respond(ResponseEntity.ok(), task));
	}

	@PostMapping("/tasks/{id}/complete")
	Mono<ResponseEntity<TaskResponse>> complete(Caller caller, @PathVariable String id) {
		return Mono.defer(() -> manage.complete(new Owner(caller.subject()), taskId(id)))
			.map(task -> respond(ResponseEntity.ok(), task));
	}

	@PostMapping("/tasks/{id}/reopen")
	Mono<ResponseEntity<TaskResponse>> reopen(Caller caller, @PathVariable String id) {
		return Mono.defer(() -> manage.reopen(new Owner(caller.subject()), taskId(id)))
			.map(task -> respond(ResponseEntity.ok(), task));
	}

	@DeleteMapping("/tasks/{id}")
	Mono<ResponseEntity<Void>> delete(Caller caller, @PathVariable String id) {
		return Mono.defer(() -> manage.delete(new Owner(caller.subject()), taskId(id)))
			.thenReturn(ResponseEntity.noContent().build());
	}

	@GetMapping("/tags")
	List<String> predefinedTags() {
		return Tag.PREDEFINED.stream().map(Tag::slug).toList();
	}

	private ResponseEntity<TaskResponse> respond(ResponseEntity.BodyBuilder response, Task task) {
		return response.eTag(EntityTags.of(task)).body(TaskResponse.of(task, clock.instant()));
	}

	private static TaskId taskId(String id) {
		return new TaskId(Ids.uuidOr(id, TaskNotFoundException::new));
	}

}
