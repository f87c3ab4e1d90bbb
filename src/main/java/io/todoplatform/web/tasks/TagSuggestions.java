package io.todoplatform.web.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The tags a task may be given with one click: the predefined ones and those the user
 * already uses. The API has no list of a user's tags, so theirs are read from their most
 * recently changed tasks (one page of the largest size).
 */
final class TagSuggestions {

	private TagSuggestions() {
	}

	static Mono<List<String>> of(Api api, ServerWebExchange exchange) {
		var predefined = api.send(exchange, ApiCall.get(Service.TASKS, "/api/v1/tags"));
		var recent = api.send(exchange, ApiCall.get(Service.TASKS, "/api/v1/tasks?size=100&sort=updatedAt,desc"));
		return Mono.zip(predefined, recent).map(answers -> {
			var tags = new TreeSet<String>(strings(answers.getT1().body()));
			if (answers.getT2().object().get("items") instanceof List<?> items) {
				items.forEach(item -> tags.addAll(strings(((Map<?, ?>) item).get("tags"))));
			}
			return List.copyOf(tags);
		});
	}

	private static Collection<String> strings(@Nullable Object list) {
		return list instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
	}

}
