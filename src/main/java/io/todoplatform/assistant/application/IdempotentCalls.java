package io.todoplatform.assistant.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.Receipts;
import io.todoplatform.assistant.application.port.out.Receipts.Call;
import io.todoplatform.assistant.application.port.out.Receipts.Key;
import io.todoplatform.assistant.application.port.out.Receipts.Receipt;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys for every tool that changes something (ADR 0039): a call with a key
 * runs once per user and key; a repeat within the retention gets the first call's result
 * (an error result too) and changes nothing. A call that fails without a result (the API
 * unreachable, bad arguments) frees its key, as it may not have acted.
 */
@Component
@EnableConfigurationProperties(IdempotencySettings.class)
class IdempotentCalls {

	static final String KEY = "idempotencyKey";

	private static final Pattern VALID_KEY = Pattern.compile("[!-~]{1,200}");

	private static final Duration POLL = Duration.ofMillis(100);

	/** Map keys sorted: the same arguments in another order are the same call. */
	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final Receipts receipts;

	private final IdempotencySettings settings;

	private final Clock clock;

	IdempotentCalls(Receipts receipts, IdempotencySettings settings, Clock clock) {
		this.receipts = receipts;
		this.settings = settings;
		this.clock = clock;
	}

	/** The tool as offered: with an optional idempotency key when it changes anything. */
	@SuppressWarnings("unchecked")
	Tool offered(Tool tool) {
		if (tool.hints().readOnly()) {
			return tool;
		}
		var input = new LinkedHashMap<>(tool.input());
		var properties = new LinkedHashMap<>((Map<String, Object>) input.getOrDefault("properties", Map.of()));
		properties.put(KEY, Map.of("type", "string", "minLength", 1, "maxLength", 200, "pattern",
				"^" + VALID_KEY.pattern() + "$", "description",
				"Optional: 1 to 200 visible ASCII characters (a new UUID is a good key), new for each action. "
						+ "A repeat with the same key within " + span(settings.retention())
						+ " answers the first call's result and changes nothing more; use it when retrying a call "
						+ "whose answer was lost."));
		input.put("properties", properties);
		return new Tool(tool.name(), tool.title(), tool.description(), tool.hints(), input, tool.output());
	}

	/**
	 * Runs the call: once per key if the arguments hold one (without it, the call sees
	 * the rest), as it comes otherwise.
	 * @throws InvalidArgumentsException (in the Mono) when the key is not a valid one
	 */
	Mono<ToolResult> call(Credentials who, Tool tool, Map<String, Object> arguments,
			Function<Map<String, Object>, Mono<ToolResult>> run) {
		if (tool.hints().readOnly() || !arguments.containsKey(KEY)) {
			return run.apply(arguments);
		}
		if (!(arguments.get(KEY) instanceof String key) || !VALID_KEY.matcher(key).matches()) {
			return Mono.error(new InvalidArgumentsException(KEY + " must be 1 to 200 visible ASCII characters"));
		}
		var rest = new LinkedHashMap<>(arguments);
		rest.remove(KEY);
		var call = new Call(tool.name(), digest(rest));
		var deadline = clock.instant().plus(settings.patience());
		return attempt(new Key(who.subject(), key), call, Mono.defer(() -> run.apply(rest)), deadline);
	}

	private Mono<ToolResult> attempt(Key key, Call call, Mono<ToolResult> run, Instant deadline) {
		return Mono.defer(() -> {
			var now = clock.instant();
			return receipts.hold(key, call, now, now.plus(settings.pendingTimeout()))
				.flatMap(held -> answer(held, key, call, run, deadline))
				.switchIfEmpty(Mono.defer(() -> runOnce(key, now, run)));
		});
	}

	private Mono<ToolResult> answer(Receipt held, Key key, Call call, Mono<ToolResult> run, Instant deadline) {
		if (!held.call().equals(call)) {
			return Mono.just(conflict(KEY + " '" + key.idempotencyKey() + "' was used for another call ("
					+ (held.call().tool().equals(call.tool()) ? call.tool() + " with other arguments"
							: held.call().tool())
					+ ") within " + span(settings.retention()) + "; use a new key for a new call"));
		}
		var result = held.result();
		if (result != null) {
			return Mono.just(new ToolResult(result.text(), result.structured(), result.error()));
		}
		if (!clock.instant().isBefore(deadline)) {
			return Mono.just(conflict("The first call with " + KEY + " '" + key.idempotencyKey()
					+ "' is still in progress; retry in a few seconds"));
		}
		// The first call still runs: its result comes soon, or its key is freed if it
		// fails
		// (then this call holds it).
		return Mono.delay(POLL)
			.then(Mono.defer(() -> receipts.find(key, clock.instant())))
			.flatMap(again -> answer(again, key, call, run, deadline))
			.switchIfEmpty(attempt(key, call, run, deadline));
	}

	private Mono<ToolResult> runOnce(Key key, Instant heldAt, Mono<ToolResult> run) {
		return run.onErrorResume(e -> receipts.release(key, heldAt).then(Mono.error(e)))
			.flatMap(result -> receipts
				.complete(key, heldAt, new Receipts.Result(result.text(), result.structured(), result.error()),
						heldAt.plus(settings.retention()))
				.thenReturn(result));
	}

	private static ToolResult conflict(String detail) {
		return ToolResult.failure(detail, Map.of("title", "Conflict", "status", 409, "detail", detail));
	}

	static String digest(Map<String, Object> arguments) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(sha.digest(CANONICAL.writeValueAsString(arguments).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

	/** "24 h", "90 min", "5 s". */
	static String span(Duration duration) {
		if (duration.toSecondsPart() != 0 || duration.toMillisPart() != 0) {
			return duration.toSeconds() + " s";
		}
		return duration.toMinutesPart() != 0 ? duration.toMinutes() + " min" : duration.toHours() + " h";
	}

}
