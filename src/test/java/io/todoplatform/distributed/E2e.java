package io.todoplatform.distributed;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import io.todoplatform.support.Api;
import org.awaitility.Awaitility;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Small helpers the end-to-end tests share. */
final class E2e {

	private E2e() {
	}

	/** The API of one app process, as a client outside sees it. */
	static Api api(String baseUrl) {
		return new Api(WebTestClient.bindToServer().baseUrl(baseUrl)
			.responseTimeout(Duration.ofSeconds(30)).build());
	}

	/** Polls often (every 10 ms) so that measured latencies are not rounded up to the poll interval. */
	static <T> T await(Callable<T> value, Predicate<? super T> until, Duration atMost) {
		return Awaitility.await().pollInterval(Duration.ofMillis(10)).atMost(atMost).until(value, until);
	}
}
