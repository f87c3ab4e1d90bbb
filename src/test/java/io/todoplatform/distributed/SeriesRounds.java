package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import io.todoplatform.support.Api;
import org.awaitility.Awaitility;

/**
 * Daily series of several users, completed round after round while something goes wrong,
 * and the check that every completion got exactly one next occurrence. Completions go to
 * the tasks replicas in turn.
 */
final class SeriesRounds {

	record OneSeries(Api.User user, String id) {
	}

	private final List<Api> tasks;

	private final Api recurrence;

	SeriesRounds(List<Api> tasks, Api recurrence) {
		this.tasks = List.copyOf(tasks);
		this.recurrence = recurrence;
	}

	List<OneSeries> start(int users, int seriesPerUser) {
		var all = new ArrayList<OneSeries>();
		for (int u = 0; u < users; u++) {
			var user = tasks.getFirst().newUser();
			for (int s = 0; s < seriesPerUser; s++) {
				var started = recurrence.startSeries(user,
						Map.of("title", "Series " + s, "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
				all.add(new OneSeries(user, (String) ((Map<?, ?>) started.get("series")).get("id")));
			}
		}
		return all;
	}

	/**
	 * Completes the open occurrence of every series, round after round; a round waits for
	 * the occurrences the last one caused. {@code fault} runs after each completion with
	 * the running count.
	 */
	void completeRounds(List<OneSeries> series, int rounds, IntConsumer fault) {
		int completions = 0;
		for (int round = 1; round <= rounds; round++) {
			for (var one : series) {
				var expected = round;
				var occurrences = E2e.await(() -> tasks.getFirst().occurrences(one.user(), one.id()),
						list -> list.size() >= expected, Duration.ofSeconds(120));
				tasks.get(completions % tasks.size()).complete(one.user(), occurrences.getLast().get("id"));
				fault.accept(++completions);
			}
		}
	}

	void assertEveryOccurrenceExistsOnce(List<OneSeries> series, int count) {
		var reader = tasks.getFirst();
		for (var one : series) {
			var occurrences = E2e.await(() -> reader.occurrences(one.user(), one.id()), list -> list.size() >= count,
					Duration.ofSeconds(120));
			assertThat(occurrences).extracting(task -> task.get("occurrence")).doesNotHaveDuplicates().hasSize(count);
			var generated = recurrence.web()
				.get()
				.uri("/api/v1/recurring-tasks/{id}", one.id())
				.headers(one.user())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Api.JSON)
				.returnResult()
				.getResponseBody();
			assertThat(generated).containsEntry("instancesGenerated", count);
		}
		// Nothing more arrives later either.
		Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> series.stream().mapToInt(one -> reader.occurrences(one.user(), one.id()).size()).sum(),
					total -> total == series.size() * count);
	}

}
