package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import io.todoplatform.support.Api;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes, sidecars and the broker going away in the middle of the flow: every completion still gets exactly one
 * next instance, and every event is delivered once they are back.
 */
class FaultsE2ETests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static DistributedTopology topology;
	private static Api tasks;
	private static Api recurrence;
	private static TopicReader topics;

	@BeforeAll
	static void start() {
		// Notifications plays no part here: two app-ids start sooner on two cores.
		topology = DistributedTopology
			.start(DistributedTopology.Options.forTests("faults").withAppIds("tasks", "recurrence"));
		tasks = Api.at(topology.app("tasks").process().baseUrl());
		recurrence = Api.at(topology.app("recurrence").process().baseUrl());
		topics = new TopicReader(topology.kafka().bootstrapServers());
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	void killingRecurrenceInTheMiddleOf200CompletionsLosesAndDuplicatesNothing() {
		var series = startSeries(10, 2);
		var recurrenceProcess = topology.app("recurrence").process();

		completeRounds(series, 10, completion -> {
			if (completion == 90) {
				recurrenceProcess.kill();
			}
			if (completion == 100) {
				recurrenceProcess.start();
			}
		});

		assertEveryOccurrenceExistsOnce(series, 11);
	}

	@Test
	void eventsWaitInTheOutboxWhileTheTasksSidecarIsAway() throws InterruptedException {
		var user = tasks.newUser();
		var sidecar = topology.app("tasks").sidecar();
		var created = new ArrayList<String>();

		sidecar.stop();
		var until = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(until)) {
			created.add(tasks.createId(user, Map.of("title", "while the sidecar is away " + created.size())));
			Thread.sleep(200);
		}
		sidecar.start();

		var delivered = topics.await("task-operations",
				record -> user.name().equals(record.key()) && record.value().contains("\"type\":\"task.created\""),
				found -> found.size() >= created.size(), Duration.ofSeconds(60));
		assertThat(delivered).extracting(record -> subjectOf(record.value())).containsExactlyElementsOf(created);
	}

	@Test
	void restartingTheBrokerMidFlowLosesNothing() {
		var series = startSeries(3, 2);
		var kafka = topology.kafka();

		completeRounds(series, 6, completion -> {
			if (completion == 15) {
				kafka.restart();
			}
		});

		assertEveryOccurrenceExistsOnce(series, 7);
	}

	private record OneSeries(Api.User user, String id) {
	}

	private static List<OneSeries> startSeries(int users, int seriesPerUser) {
		var all = new ArrayList<OneSeries>();
		for (int u = 0; u < users; u++) {
			var user = tasks.newUser();
			for (int s = 0; s < seriesPerUser; s++) {
				var started = recurrence.startSeries(user,
						Map.of("title", "Series " + s, "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
				all.add(new OneSeries(user, (String) ((Map<?, ?>) started.get("series")).get("id")));
			}
		}
		return all;
	}

	/**
	 * Completes the open occurrence of every series, round after round; a round waits for the occurrences the last
	 * one caused. {@code fault} runs after each completion with the running count.
	 */
	private static void completeRounds(List<OneSeries> series, int rounds, IntConsumer fault) {
		int completions = 0;
		for (int round = 1; round <= rounds; round++) {
			for (var one : series) {
				var expected = round;
				var occurrences = E2e.await(() -> tasks.occurrences(one.user(), one.id()),
						list -> list.size() >= expected, Duration.ofSeconds(120));
				tasks.complete(one.user(), occurrences.getLast().get("id"));
				fault.accept(++completions);
			}
		}
	}

	private static void assertEveryOccurrenceExistsOnce(List<OneSeries> series, int count) {
		for (var one : series) {
			var occurrences = E2e.await(() -> tasks.occurrences(one.user(), one.id()), list -> list.size() >= count,
					Duration.ofSeconds(120));
			assertThat(occurrences).extracting(task -> task.get("occurrence")).doesNotHaveDuplicates().hasSize(count);
			var generated = recurrence.web().get().uri("/api/v1/recurring-tasks/{id}", one.id()).headers(one.user())
				.exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
			assertThat(generated).containsEntry("instancesGenerated", count);
		}
		// Nothing more arrives later either.
		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> series.stream().mapToInt(one -> tasks.occurrences(one.user(), one.id()).size()).sum(),
					total -> total == series.size() * count);
	}

	private static String subjectOf(String event) {
		return JSON.readTree(event).path("subject").asString();
	}
}
