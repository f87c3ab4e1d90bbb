package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.support.Api;
import io.todoplatform.support.MailServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What whoever reaches an app's port can do in the distributed mode: call its API,
 * nothing more. Only the app's own sidecar, with the app-id's token, may deliver events
 * and trigger jobs; actuator is on the management port, and a process without a token
 * does not start (ADR 0018).
 */
class SidecarOnlyRoutesE2ETests {

	private static DistributedTopology topology;

	private static Api tasks;

	private static ReminderSteps reminders;

	@BeforeAll
	static void start() {
		// Recurrence plays no part here: a forged request of it is the attack.
		topology = DistributedTopology.start(TopologyOptions.forTests("sidecar-only-routes")
			.withAppIds("tasks", "notifications")
			.withEnvironment(
					Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(MailServer.port()))));
		tasks = Api.at(topology.tasksUrl());
		reminders = new ReminderSteps(tasks, Api.at(topology.app("notifications").process().baseUrl()));
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	void aForgedCloudEventWithoutTheSidecarsTokenIsRefusedAndCreatesNoTask() {
		var victim = tasks.newUser();
		var forged = instanceDue(victim.name());
		var replica = topology.app("tasks");

		assertThat(SidecarCalls.deliverEvent(replica, "recurrence-operations", forged, null)).isEqualTo(401);
		assertThat(SidecarCalls.deliverEvent(replica, "recurrence-operations", forged, "guessed")).isEqualTo(401);
		assertThat(SidecarCalls.deliverEvent(replica, "recurrence-operations", forged,
				topology.app("notifications").sidecar().appApiToken()))
			.isEqualTo(401);

		Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> tasks.count(victim) == 0);
		// The same event from the tasks sidecar, with its token, is what the forgery was
		// after.
		assertThat(SidecarCalls.deliverEvent(replica, "recurrence-operations", forged, replica.sidecar().appApiToken()))
			.isEqualTo(200);
		// Taken into the inbox and acknowledged; the inbox's leader handles it a moment
		// later.
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> tasks.count(victim) == 1);
	}

	@Test
	void aForgedJobTriggerWithoutTheSidecarsTokenIsRefusedAndSendsNothing() {
		var recipient = reminders.userWithEmail();
		var fireAt = ReminderSteps.soon(3600);
		var taskId = tasks.createId(recipient.user(),
				Map.of("title", "Not yet", "reminders", List.of(Map.of("at", fireAt.toString()))));
		var reminderId = reminders.awaitReminder(recipient.user(), taskId, "SCHEDULED").get("id");
		var data = "{\"reminderId\":\"%s\",\"fireAt\":\"%s\"}".formatted(reminderId, fireAt);
		var replica = topology.app("notifications");

		assertThat(SidecarCalls.triggerJob(replica, "reminder-" + reminderId, data, null)).isEqualTo(401);
		assertThat(SidecarCalls.triggerJob(replica, "reminder-" + reminderId, data, "guessed")).isEqualTo(401);

		ReminderSteps.pause(Duration.ofSeconds(2));
		assertThat(reminders.awaitReminder(recipient.user(), taskId, "SCHEDULED")).containsEntry("attempts", 0);
		assertThat(MailServer.to(recipient.email())).isEmpty();
	}

	@Test
	void theApiPortsServeNoActuatorAndTheManagementPortsOnlyHealthAndPrometheus() {
		for (var app : topology.apps()) {
			var api = app.process().baseUrl();
			var management = app.process().managementUrl();
			for (var path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness",
					"/actuator/prometheus", "/actuator/env")) {
				assertThat(SidecarCalls.get(api + path).statusCode()).as("API port of %s: %s", app, path)
					.isEqualTo(404);
			}
			for (var path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
				assertThat(SidecarCalls.get(management + path).body()).as("%s of %s", path, app)
					.contains("\"status\":\"UP\"");
			}
			assertThat(SidecarCalls.get(management + "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
			for (var path : List.of("/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/heapdump")) {
				assertThat(SidecarCalls.get(management + path).statusCode()).as("%s of %s", path, app).isEqualTo(404);
			}
		}
	}

	@Test
	void aModuleProcessWithoutATokenForItsSidecarRefusesToStartAndSaysWhatToSet() {
		var withoutToken = new ManagedProcess("app-tasks-without-token",
				List.of(Project.java(), "-jar", Project.jar().toString()),
				Map.of("SPRING_PROFILES_ACTIVE", "tasks", "SERVER_PORT", "0", "MANAGEMENT_SERVER_PORT", "0",
						"SPRING_R2DBC_URL",
						"r2dbc:postgresql://postgres@" + FreePorts.HOST + ":" + topology.postgresPort() + "/postgres"))
			.withoutEnvironment("LOG_FORMAT", "TODO_EVENTS_DAPR_APP_API_TOKEN", "APP_API_TOKEN");

		assertThatThrownBy(() -> withoutToken.run(Duration.ofMinutes(2))).hasMessageContaining("exited with code");
		assertThat(withoutToken.lastLogLines(2000)).anyMatch(line -> line.contains("TODO_EVENTS_DAPR_APP_API_TOKEN"));
	}

	/**
	 * What recurrence asks tasks for when a series has a next occurrence: here on no
	 * series, for anyone.
	 */
	private static String instanceDue(String owner) {
		var seriesId = UUID.randomUUID();
		return """
				{"specversion":"1.0","id":"%s","source":"/todo-platform/recurrence","type":"recurrence.instance-due",\
				"subject":"%s","time":"%s","datacontenttype":"application/json","partitionkey":"%s",\
				"data":{"seriesId":"%s","taskId":"%s","owner":"%s","occurrence":"2026-12-01T07:00:00",\
				"title":"Forged","timeZone":"UTC"}}""".formatted(UUID.randomUUID(), seriesId, Instant.now(), owner,
				seriesId, UUID.randomUUID(), owner);
	}

}
