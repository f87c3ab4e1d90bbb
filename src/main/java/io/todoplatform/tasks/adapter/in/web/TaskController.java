package io.todoplatform.tasks.adapter.in.web;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.todoplatform.identity.Caller;
import io.todoplatform.mergepatch.JsonMergePatch;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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
	Mono<ResponseEntity<TaskResponse>> create(@AuthenticationPrincipal Jwt caller, @RequestBody TaskRequest request) {
		return Mono.fromCallable(() -> request.details(zoneOf(caller)))
			.flatMap(details -> manage.create(owner(caller), details))
			.map(task -> respond(ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())), task));
	}

	@GetMapping("/tasks/{id}")
	Mono<ResponseEntity<TaskResponse>> get(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
		return Mono.defer(() -> find.get(owner(caller), taskId(id))).map(task -> respond(ResponseEntity.ok(), task));
	}

	@GetMapping("/tasks")
	Mono<TaskPageResponse> list(@AuthenticationPrincipal Jwt caller, ServerWebExchange exchange) {
		var query = TaskListParameters.read(exchange.getRequest().getQueryParams());
		return find.find(owner(caller), query).map(page -> TaskPageResponse.of(page, clock.instant()));
	}

	/** RFC 7396: the patch is merged into the task's fields; null removes a field, which restores its default. */
	@PatchMapping(path = "/tasks/{id}", consumes = MERGE_PATCH)
	Mono<ResponseEntity<TaskResponse>> revise(@AuthenticationPrincipal Jwt caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		var zone = zoneOf(caller);
		return Mono.defer(() -> manage.revise(owner(caller), taskId(id), EntityTags.expectedVersion(ifMatch),
				current -> mergePatch.apply(TaskRequest.of(current), patch, TaskRequest.class).details(zone)))
			.map(task -> respond(ResponseEntity.ok(), task));
	}

	@PostMapping("/tasks/{id}/complete")
	Mono<ResponseEntity<TaskResponse>> complete(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
		return Mono.defer(() -> manage.complete(owner(caller), taskId(id))).map(task -> respond(ResponseEntity.ok(), task));
	}

	@PostMapping("/tasks/{id}/reopen")
	Mono<ResponseEntity<TaskResponse>> reopen(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
		return Mono.defer(() -> manage.reopen(owner(caller), taskId(id))).map(task -> respond(ResponseEntity.ok(), task));
	}

	@DeleteMapping("/tasks/{id}")
	Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
		return Mono.defer(() -> manage.delete(owner(caller), taskId(id))).thenReturn(ResponseEntity.noContent().build());
	}

	@GetMapping("/tags")
	List<String> predefinedTags() {
		return Tag.PREDEFINED.stream().map(Tag::slug).toList();
	}

	private ResponseEntity<TaskResponse> respond(ResponseEntity.BodyBuilder response, Task task) {
		return response.eTag(EntityTags.of(task)).body(TaskResponse.of(task, clock.instant()));
	}

	private static Owner owner(Jwt caller) {
		return new Owner(Caller.of(caller).subject());
	}

	private static ZoneId zoneOf(Jwt caller) {
		return Caller.of(caller).zone();
	}

	/** A malformed id names no task the caller has. */
	private static TaskId taskId(String id) {
		try {
			return new TaskId(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			throw new TaskNotFoundException(id);
		}
	}
}
