package io.todoplatform.limits;

import java.time.Duration;
import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One request limit as the server applies it and advertises it in the fields of the IETF
 * draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers):
 * {@code RateLimit-Policy:
 * "per-user";q=100;w=60} says the quota, {@code RateLimit: "per-user";r=42;t=17} what is
 * left of it and for how many seconds.
 */
final class Limit {

	static final String POLICY_HEADER = "RateLimit-Policy";
	static final String STATE_HEADER = "RateLimit";

	private final String name;

	private final int requests;

	private final Duration window;

	private final List<PathPattern> paths;

	Limit(String name, LimitProperties.Policy policy) {
		this.name = name;
		this.requests = policy.requests();
		this.window = policy.window();
		this.paths = policy.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	String name() {
		return name;
	}

	Duration window() {
		return window;
	}

	boolean covers(PathContainer path) {
		return paths.stream().anyMatch(pattern -> pattern.matches(path));
	}

	boolean allows(long requestsMade) {
		return requestsMade <= requests;
	}

	String policy() {
		return "\"" + name + "\";q=" + requests + ";w=" + window.toSeconds();
	}

	String state(long requestsMade, Duration left) {
		return "\"" + name + "\";r=" + Math.max(0, requests - requestsMade) + ";t=" + seconds(left);
	}

	/** For a caller who has used up the window. */
	String exhausted(Duration left) {
		return state(Long.MAX_VALUE, left);
	}

	/** "at most 100 requests in 60 s per user", for people. */
	String describe() {
		return "at most " + requests + " requests in " + window.toSeconds() + " s " + name.replace('-', ' ');
	}

	/** Whole seconds, rounded up: a client that waits that long finds a new window. */
	static long seconds(Duration left) {
		return Math.max(0, (left.toMillis() + 999) / 1000);
	}

}
