package io.todoplatform.assistant.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.in.UseTools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Every tool set's tools, by name. A call's arguments are read against the tool's schema
 * first; whatever goes wrong after that (the API refusing, or not answering) comes back
 * as an error result the model can read, never as an exception. Every tool that changes
 * something takes an idempotency key here ({@link IdempotentCalls}), so no tool handles
 * one itself.
 */
@Service
class UsingTools implements UseTools {

	private static final Logger log = LoggerFactory.getLogger(UsingTools.class);

	private final Map<String, ToolSet.Entry> entries = new LinkedHashMap<>();

	private final IdempotentCalls idempotent;

	private final List<Tool> offered;

	UsingTools(List<ToolSet> sets, IdempotentCalls idempotent) {
		for (var set : sets) {
			for (var entry : set.entries()) {
				if (entries.putIfAbsent(entry.tool().name(), entry) != null) {
					throw new IllegalStateException("Two tools are named " + entry.tool().name());
				}
			}
		}
		this.idempotent = idempotent;
		this.offered = entries.values().stream().map(entry -> idempotent.offered(entry.tool())).toList();
	}

	@Override
	public List<Tool> tools() {
		return offered;
	}

	@Override
	public Mono<ToolResult> call(Credentials who, String name, Map<String, Object> arguments) {
		var entry = entries.get(name);
		if (entry == null) {
			return Mono.just(ToolResult.invalid("There is no tool named '" + name + "'"));
		}
		var tool = entry.tool();
		return Mono
			.defer(() -> idempotent.call(who, tool, arguments,
					rest -> Mono.defer(() -> entry.handler().handle(who, Arguments.of(rest, tool.input())))))
			.onErrorResume(InvalidArgumentsException.class, e -> Mono.just(ToolResult.invalid(e.getMessage())))
			.onErrorResume(e -> !(e instanceof InvalidArgumentsException), e -> {
				log.warn("Tool {} failed for {}", name, who, e);
				return Mono.just(Answers.unavailable());
			});
	}

}
