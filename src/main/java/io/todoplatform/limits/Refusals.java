package io.todoplatform.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Callers this process knows to be over their limit, and until when, by name
 * ({@code user:ada}) and by the bearer token they were refused with ({@code token:...}).
 * A flood is refused from here, without asking the database for every request it sends:
 * the shared count is asked again once the window is over. Forgotten entries are swept
 * out when there are many, so a burst of callers cannot grow it for ever.
 */
@Component
class Refusals {

	private static final int SWEEP_ABOVE = 10_000;

	private final Map<String, Instant> until = new ConcurrentHashMap<>();

	/** How long the caller is still refused, if at all. */
	Optional<Duration> left(String caller, Instant now) {
		var end = until.get(caller);
		if (end == null) {
			return Optional.empty();
		}
		if (!end.isAfter(now)) {
			until.remove(caller, end);
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, end));
	}

	void refuse(String caller, Instant now, Duration left) {
		if (until.size() > SWEEP_ABOVE) {
			until.values().removeIf(end -> !end.isAfter(now));
		}
		until.put(caller, now.plus(left));
	}

}
