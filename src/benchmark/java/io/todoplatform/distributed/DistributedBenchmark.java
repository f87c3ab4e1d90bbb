package io.todoplatform.distributed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.todoplatform.support.Api;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The distributed mode's figures for docs/benchmarks.md, on the whole topology on this
 * machine ({@code src/benchmark/distributed.sh}): event latency from outbox commit to a
 * consumer's handler at two rates; the Dapr hop against a direct Kafka produce/consume in
 * the same run; completion to next instance through the processes; start-up time and RSS
 * of every process.
 */
public final class DistributedBenchmark {

	private static final Duration PHASE = Duration.ofSeconds(20);

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final int IN_FLIGHT = 64;

	public static void main(String[] args) throws Exception {
		var options = TopologyOptions.forTests("benchmark");
		try (var topology = DistributedTopology.start(options);
				var probe = new ProbeSubscriber("task-modifications", "bench-dapr")) {
			topology.kafka().createTopics(Map.of("bench-dapr", 4, "bench-dapr-dlq", 4, "bench-direct", 4));
			var probeSidecar = topology.startSidecar(ProbeSubscriber.APP_ID, probe.port());
			var tasks = Api.at(topology.app("tasks").process().baseUrl());
			var recurrence = Api.at(topology.app("recurrence").process().baseUrl());

			processes(topology, probeSidecar);
			for (int rate : new int[] { 100, 200, 500 }) {
				outboxToHandler(tasks, topology.app("tasks").process().baseUrl(), probe, rate);
			}
			daprHopAgainstDirectKafka(topology, probe, probeSidecar, 500);
			completionToNextInstance(tasks, recurrence, 200);
			processes(topology, probeSidecar);
			restartsAlone(topology);
		}
	}

	private static void processes(DistributedTopology topology, Sidecar probeSidecar) {
		for (var app : topology.apps()) {
			System.out.printf("%s app: ready in %d ms, RSS %d MB; sidecar: ready in %d ms, RSS %d MB%n",
					app.process().appId(), app.process().startUpTime().toMillis(), app.process().rssBytes() >> 20,
					app.sidecar().process().startUpTime().toMillis(), app.sidecar().process().rssBytes() >> 20);
		}
		System.out.printf("probe sidecar RSS %d MB, scheduler RSS %d MB, Kafka RSS %d MB%n",
				probeSidecar.process().rssBytes() >> 20, topology.scheduler().process().rssBytes() >> 20,
				topology.kafka().process().rssBytes() >> 20);
	}

	/**
	 * Each app stopped and started again while the rest idles: its start-up time without
	 * competition.
	 */
	private static void restartsAlone(DistributedTopology topology) {
		for (var app : topology.apps()) {
			app.process().stop();
			app.process().start();
			System.out.printf("%s app restarted alone: ready in %d ms, RSS %d MB (AOT cache %s)%n",
					app.process().appId(), app.process().startUpTime().toMillis(), app.process().rssBytes() >> 20,
					System.getProperty("todo.e2e.aot", "true").equals("true") ? "on" : "off");
		}
	}

	/**
	 * Task updates at a fixed rate (open loop: requests are sent on schedule whether or
	 * not earlier ones finished), spread over 50 users; the latency of each is from the
	 * event's time (taken in the transaction, just before commit) to its arrival at the
	 * probe's handler, through outbox, relay, tasks sidecar, Kafka and probe sidecar.
	 */
	static List<Duration> outboxToHandler(Api tasks, String tasksUrl, ProbeSubscriber probe, int rate)
			throws InterruptedException {
		var users = new ArrayList<Api.User>();
		var taskIds = new ArrayList<String>();
		for (int i = 0; i < 50; i++) {
			var user = tasks.newUser();
			users.add(user);
			taskIds.add(tasks.createId(user, Map.of("title", "benchmark")));
		}
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var failures = new ConcurrentLinkedQueue<String>();
		IntFunction<CompletableFuture<?>> update = i -> http
			.sendAsync(HttpRequest.newBuilder(URI.create(tasksUrl + "/api/v1/tasks/" + taskIds.get(i % 50)))
				.header("Authorization", "Bearer " + users.get(i % 50).token())
				.header("Content-Type", "application/merge-patch+json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"update " + i + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.whenComplete((response, failure) -> {
				if (failure != null || response.statusCode() != 200) {
					failures.add(failure != null ? failure.toString() : response.statusCode() + " " + response.body());
				}
			});
		probe.forget();
		var started = Instant.now();
		var sent = atRate(rate, WARM_UP.plus(PHASE), update);
		Thread.sleep(3000);
		var measured = probe.received()
			.stream()
			.filter(event -> event.type().equals("task.updated") && event.time().isAfter(started.plus(WARM_UP)))
			.map(event -> Duration.between(event.time(), event.at()))
			.toList();
		report("outbox commit to handler at " + rate + "/s (" + sent + ", " + failures.size() + " failed "
				+ failures.stream().findFirst().orElse("") + ")", measured);
		return measured;
	}

	/**
	 * The same messages at the same rate two ways: published to the probe's sidecar (Dapr
	 * publish, Kafka, Dapr delivery to the probe), and produced/consumed with plain Kafka
	 * clients in this JVM. The difference is the hop.
	 */
	private static void daprHopAgainstDirectKafka(DistributedTopology topology, ProbeSubscriber probe,
			Sidecar probeSidecar, int rate) throws Exception {
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var publish = URI.create(probeSidecar.baseUrl() + "/v1.0/publish/events/bench-dapr");
		probe.forget();
		var started = Instant.now();
		var load = atRate(rate, WARM_UP.plus(PHASE),
				i -> http.sendAsync(HttpRequest.newBuilder(publish)
					.header("Content-Type", "application/cloudevents+json")
					.header(Sidecar.API_TOKEN_HEADER, probeSidecar.apiToken())
					.POST(HttpRequest.BodyPublishers.ofString(cloudEvent(i)))
					.build(), HttpResponse.BodyHandlers.discarding()));
		Thread.sleep(3000);
		var viaDapr = probe.received()
			.stream()
			.filter(event -> event.type().equals("bench.ping") && event.time().isAfter(started.plus(WARM_UP)))
			.map(event -> Duration.between(event.time(), event.at()))
			.toList();
		var direct = directKafka(topology.kafka().bootstrapServers(), rate);
		report("Dapr publish to Dapr delivery at " + rate + "/s (" + load + ")", viaDapr);
		report("plain Kafka produce to consume at " + rate + "/s", direct);
		System.out.printf("Dapr hop adds at p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
				millis(percentile(viaDapr, 50)) - millis(percentile(direct, 50)),
				millis(percentile(viaDapr, 95)) - millis(percentile(direct, 95)),
				millis(percentile(viaDapr, 99)) - millis(percentile(direct, 99)));
	}

	private static String cloudEvent(int i) {
		return """
				{"specversion":"1.0","id":"%s","source":"/benchmark","type":"bench.ping","subject":"%d",\
				"time":"%s","datacontenttype":"application/json","data":{"i":%d}}""".formatted(UUID.randomUUID(), i,
				Instant.now(), i);
	}

	private static List<Duration> directKafka(String bootstrapServers, int rate) throws Exception {
		var latencies = new ConcurrentLinkedQueue<Duration>();
		var measureFrom = Instant.now().plus(WARM_UP);
		try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
				new StringSerializer(), new StringSerializer());
				var consumer = new KafkaConsumer<String, String>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
								ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
								ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
						new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("bench-direct"));
			while (consumer.assignment().isEmpty()) {
				consumer.poll(Duration.ofMillis(100));
			}
			var polling = Executors.newSingleThreadExecutor();
			var done = new AtomicBoolean();
			var poller = polling.submit(() -> {
				while (!done.get()) {
					consumer.poll(Duration.ofMillis(50)).forEach(record -> {
						var sent = Instant.parse(record.value());
						if (sent.isAfter(measureFrom)) {
							latencies.add(Duration.between(sent, Instant.now()));
						}
					});
				}
				return null;
			});
			atRate(rate, WARM_UP.plus(PHASE), i -> {
				var sent = new CompletableFuture<Void>();
				producer.send(new ProducerRecord<>("bench-direct", "user-" + (i % 50), Instant.now().toString()),
						(metadata, failure) -> sent.complete(null));
				return sent;
			});
			Thread.sleep(3000);
			done.set(true);
			poller.get();
			polling.shutdown();
		}
		return new ArrayList<>(latencies);
	}

	/**
	 * Completions one after the other, each timed until the next instance can be read
	 * from the tasks API.
	 */
	private static void completionToNextInstance(Api tasks, Api recurrence, int completions) {
		var user = tasks.newUser();
		var started = recurrence.startSeries(user,
				Map.of("title", "Benchmark", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var seriesId = ((Map<?, ?>) started.get("series")).get("id");
		var latencies = new ArrayList<Duration>();
		for (int i = 1; i <= completions; i++) {
			var openId = E2e
				.<List<Object>>await(() -> openOccurrences(tasks, user, seriesId), open -> open.size() == 1,
						Duration.ofSeconds(30))
				.getFirst();
			var began = System.nanoTime();
			tasks.complete(user, openId);
			E2e.<List<Object>>await(() -> openOccurrences(tasks, user, seriesId),
					open -> open.size() == 1 && !open.contains(openId), Duration.ofSeconds(30));
			latencies.add(Duration.ofNanos(System.nanoTime() - began));
			if (i % 50 == 0) {
				System.out.println(i + " completions");
			}
		}
		report("completion to next instance (tasks -> recurrence -> tasks), " + completions + " in a row", latencies);
	}

	private static List<Object> openOccurrences(Api tasks, Api.User user, Object seriesId) {
		return ((List<?>) tasks.page(user, "seriesId=" + seriesId + "&status=OPEN").get("items")).stream()
			.map(task -> ((Map<?, ?>) task).get("id"))
			.map(Object.class::cast)
			.toList();
	}

	/**
	 * Calls {@code send} with 0, 1, 2, ... at a fixed rate for the given time (open
	 * loop), but never with more than {@link #IN_FLIGHT} unanswered: a send that would
	 * exceed that is shed, so that an overloaded system shows as a lower achieved rate
	 * instead of an ever-growing queue. Returns what it sent and what it shed.
	 */
	private static Load atRate(int perSecond, Duration duration, IntFunction<CompletableFuture<?>> send)
			throws InterruptedException {
		var timer = Executors.newSingleThreadScheduledExecutor();
		var count = new AtomicInteger();
		var shed = new AtomicInteger();
		var inFlight = new Semaphore(IN_FLIGHT);
		var period = TimeUnit.SECONDS.toNanos(1) / perSecond;
		var running = timer.scheduleAtFixedRate(() -> {
			if (!inFlight.tryAcquire()) {
				shed.incrementAndGet();
				return;
			}
			send.apply(count.getAndIncrement()).whenComplete((result, failure) -> inFlight.release());
		}, 0, period, TimeUnit.NANOSECONDS);
		Thread.sleep(duration.toMillis());
		running.cancel(false);
		timer.shutdown();
		return new Load(count.get(), shed.get());
	}

	private record Load(int sent, int shed) {

		@Override
		public String toString() {
			return sent + " sent, " + shed + " shed";
		}
	}

	static void report(String what, List<Duration> latencies) {
		System.out.printf("%s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, latencies.size(),
				millis(percentile(latencies, 50)), millis(percentile(latencies, 95)), millis(percentile(latencies, 99)),
				millis(percentile(latencies, 100)));
	}

	private static Duration percentile(List<Duration> latencies, int p) {
		if (latencies.isEmpty()) {
			return Duration.ZERO;
		}
		var sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static double millis(Duration duration) {
		return duration.toNanos() / 1e6;
	}

}
