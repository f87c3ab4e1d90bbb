package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.todoplatform.distributed.DistributedTopology;
import io.todoplatform.distributed.Sidecar;
import io.todoplatform.support.Api;
import io.todoplatform.support.MailServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * A short load on a {@link DistributedTopology} that leaves data on every path the
 * dashboards and alerts watch: API requests, events between the app-ids, a recurring
 * occurrence completed, a reminder emailed and one whose webhook keeps failing, poison on
 * a topic (one message daprd moves to the dead-letter topic and one event a consumer sets
 * aside), and a reminder's job triggered again while its delivery is under way.
 */
final class ShortLoad {

	private static final Duration ASYNC = Duration.ofSeconds(60);

	private final DistributedTopology topology;

	private final Api tasks;

	private final Api recurrence;

	private final Api notifications;

	ShortLoad(DistributedTopology topology) {
		this.topology = topology;
		this.tasks = Api.at(topology.app("tasks").process().baseUrl());
		this.recurrence = Api.at(topology.app("recurrence").process().baseUrl());
		this.notifications = Api.at(topology.app("notifications").process().baseUrl());
	}

	/**
	 * What the apps need for it: the test's SMTP server, quick retries, and webhooks on
	 * plain HTTP to loopback.
	 */
	static Map<String, String> environment() {
		return Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(MailServer.port()),
				"TODO_NOTIFICATIONS_DAPR_RETRY_INTERVAL", "2s", "TODO_NOTIFICATIONS_DELIVERY_FIRST_BACKOFF", "50ms",
				"TODO_NOTIFICATIONS_WEBHOOK_DEVELOPMENT", "true");
	}

	void run() {
		var user = tasks.newUser();
		changeTasks(user);
		completeARecurringOccurrence(user);
		var emailed = remind("emailed", List.of());
		var failed = remind("failing",
				List.of(Map.of("type", "webhook", "url", "http://127.0.0.1:9/never", "secret", "0123456789abcdef")));
		poison(user);
		triggerADeliveryUnderWayAgain();
		await(() -> MailServer.to(emailed.user().name() + "@example.test").size(), count -> count == 1);
		await(() -> notifications.reminders(failed.user(), failed.taskId()),
				reminders -> "FAILED".equals(reminders.getFirst().get("status")));
	}

	private void changeTasks(Api.User user) {
		for (int i = 0; i < 20; i++) {
			var id = tasks.createId(user, Map.of("title", "Load " + i));
			tasks.patch(user, id, Map.of("title", "Load " + i + " revised"));
		}
		tasks.titles(user, "q=revised");
	}

	private void completeARecurringOccurrence(Api.User user) {
		var started = recurrence.startSeries(user,
				Map.of("title", "Stretch", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var seriesId = ((Map<?, ?>) started.get("series")).get("id");
		var first = await(() -> tasks.occurrences(user, seriesId), list -> list.size() == 1).getFirst();
		tasks.complete(user, first.get("id"));
		await(() -> tasks.occurrences(user, seriesId), list -> list.size() == 2);
	}

	record Reminded(Api.User user, String taskId, Instant fireAt) {
	}

	/**
	 * A new user with an email address of their own and these push endpoints, and a task
	 * reminding them in 3 s.
	 */
	private Reminded remind(String who, List<?> push) {
		var user = tasks.newUser();
		notifications.settings(user, Map.of("email", user.name() + "@example.test", "push", push));
		var fireAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
		var taskId = tasks.createId(user,
				Map.of("title", "Remind " + who, "reminders", List.of(Map.of("at", fireAt.toString()))));
		return new Reminded(user, taskId, fireAt);
	}

	/**
	 * Not a CloudEvent (daprd moves it to task-operations-dlq), and a CloudEvent of ours
	 * whose data no consumer can read (set aside in the consumers' inboxes).
	 */
	private void poison(Api.User user) {
		var unprocessable = """
				{"specversion":"1.0","id":"%s","source":"/todo-platform/tasks","type":"task.completed",\
				"subject":"%s","time":"%s","datacontenttype":"application/json","partitionkey":"%s",\
				"data":{"owner":"%s","seriesId":"not a uuid","occurrence":"x"}}""".formatted(UUID.randomUUID(),
				UUID.randomUUID(), Instant.now(), user.name(), user.name());
		try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				topology.kafka().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>("task-operations", user.name(), "not json " + UUID.randomUUID())).get();
			producer.send(new ProducerRecord<>("task-operations", user.name(), unprocessable)).get();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot write poison to task-operations", e);
		}
	}

	/**
	 * A reminder's job triggered again while its first delivery still waits on a webhook
	 * that never answers: notifications answers 503 (another delivery is under way, come
	 * again later), the server error of a healthy platform that TodoPlatformHighErrorRate
	 * and the error-rate panel count.
	 */
	private void triggerADeliveryUnderWayAgain() {
		var held = new CopyOnWriteArrayList<Socket>();
		try (var silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread.ofVirtual().start(() -> {
				try {
					while (true) {
						held.add(silent.accept());
					}
				}
				catch (IOException closed) {
					// the load is done with it
				}
			});
			var reminded = remind("slow", List.of(Map.of("type", "webhook", "url",
					"http://127.0.0.1:" + silent.getLocalPort() + "/silent", "secret", "0123456789abcdef")));
			await(held::size, connections -> connections > 0);
			var reminder = notifications.reminders(reminded.user(), reminded.taskId()).getFirst();
			var notificationsApp = topology.app("notifications");
			var trigger = HttpRequest
				.newBuilder(URI.create(notificationsApp.process().baseUrl() + "/job/reminder-" + reminder.get("id")))
				.header("Content-Type", "application/json")
				.header(Sidecar.API_TOKEN_HEADER, notificationsApp.sidecar().appApiToken())
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"reminderId\":\"%s\",\"fireAt\":\"%s\"}".formatted(reminder.get("id"), reminded.fireAt())))
				.build();
			var status = HttpClient.newHttpClient().send(trigger, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 503) {
				throw new IllegalStateException("A second trigger of a delivery under way answered " + status);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		finally {
			held.forEach(ShortLoad::close);
		}
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already gone
		}
	}

	private static <T> T await(Callable<T> value, Predicate<? super T> until) {
		return Awaitility.await().pollInterval(Duration.ofMillis(200)).atMost(ASYNC).until(value, until);
	}

}
