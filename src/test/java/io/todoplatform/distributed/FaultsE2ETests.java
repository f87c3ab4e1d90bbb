package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes, sidecars and the broker going away in the middle of the flow: every
 * completion still gets exactly one next instance, and every event is delivered once they
 * are back.
 */
class FaultsE2ETests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static DistributedTopology topology;

	private static Api tasks;

	private static Api recurrence;

	private static TopicReader topics;

	private static SeriesRounds rounds;

	@BeforeAll
	static void start() {
		// Notifications plays no part here: two app-ids start sooner on two cores.
		topology = DistributedTopology.start(TopologyOptions.forTests("faults").withAppIds("tasks", "recurrence"));
		tasks = Api.at(topology.app("tasks").process().baseUrl());
		recurrence = Api.at(topology.app("recurrence").process().baseUrl());
		topics = new TopicReader(topology.kafka().bootstrapServers());
		rounds = new SeriesRounds(List.of(tasks), recurrence);
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	void killingRecurrenceInTheMiddleOf200CompletionsLosesAndDuplicatesNothing() {
		var series = rounds.start(10, 2);
		var recurrenceProcess = topology.app("recurrence").process();

		rounds.completeRounds(series, 10, completion -> {
			if (completion == 90) {
				recurrenceProcess.kill();
			}
			if (completion == 100) {
				recurrenceProcess.start();
			}
		});

		rounds.assertEveryOccurrenceExistsOnce(series, 11);
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
		var series = rounds.start(3, 2);
		var kafka = topology.kafka();

		rounds.completeRounds(series, 6, completion -> {
			if (completion == 15) {
				kafka.restart();
			}
		});

		rounds.assertEveryOccurrenceExistsOnce(series, 7);
	}

	private static String subjectOf(String event) {
		return JSON.readTree(event).path("subject").asString();
	}

}
