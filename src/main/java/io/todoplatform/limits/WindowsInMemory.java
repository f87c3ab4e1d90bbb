package io.todoplatform.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The request counts of a process that is the only one serving its users (the local
 * mode): the same windows as {@link StoredWindows}, without a database round trip per
 * request. Windows that ended are swept out when there are many.
 */
@Component
@ConditionalOnProperty(name = "todo.limits.store", havingValue = "memory", matchIfMissing = true)
class WindowsInMemory implements Windows {

	private static final int SWEEP_ABOVE = 10_000;

	private record Window(Instant start, Instant end, long requests) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	WindowsInMemory(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<Count> hit(String caller, Duration length) {
		var now = clock.instant();
		if (windows.size() > SWEEP_ABOVE) {
			windows.values().removeIf(window -> !window.end().isAfter(now));
		}
		var window = windows.compute(caller, (key, last) -> last == null || !last.end().isAfter(now)
				? new Window(now, now.plus(length), 1) : new Window(last.start(), last.end(), last.requests() + 1));
		return Mono.just(new Count(window.requests(), Duration.between(now, window.end())));
	}

}
