package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed mode on this machine, loopback only: PostgreSQL, a Kafka broker, the
 * Dapr scheduler, and for each app-id one or more replicas, each its application and its
 * own sidecar, all in the app-id's consumer groups; each a process that a test can stop,
 * kill and start again. With several tasks replicas a {@link LoopbackProxy} in front of
 * them serves the tasks API on one port, as a Kubernetes Service would.
 */
public final class DistributedTopology implements AutoCloseable {

	/**
	 * The event topics between app-ids, each with a dead-letter twin {@code <topic>-dlq}.
	 */
	public static final List<String> TOPICS = List.of("task-operations", "task-modifications", "recurrence-operations",
			"alerts");

	private static final int PARTITIONS = 4;

	private static final Logger log = LoggerFactory.getLogger(DistributedTopology.class);

	private final TopologyOptions options;

	private final Path folder;

	private final Map<String, List<App>> apps = new LinkedHashMap<>();

	private final List<Sidecar> guestSidecars = new ArrayList<>();

	private final Thread shutdownHook = new Thread(this::close, "distributed-topology-shutdown");

	private volatile boolean closed;

	private volatile @Nullable TopologyFolder claimed;

	private volatile @Nullable TopologyDatabase database;

	private volatile @Nullable KafkaBroker kafka;

	private volatile @Nullable DaprScheduler scheduler;

	private volatile @Nullable LoopbackProxy tasksProxy;

	private volatile DaprBinaries binaries;

	private volatile InvocationAddresses invocation = InvocationAddresses.of(List.of());

	private DistributedTopology(TopologyOptions options) {
		this.options = options;
		this.folder = options.folder().toAbsolutePath();
	}

	/**
	 * Starts every part and returns once every app is ready and every sidecar healthy; on
	 * a failure it stops what it started. Processes that a killed earlier run left on the
	 * folder are ended first.
	 */
	public static DistributedTopology start(TopologyOptions options) {
		quietKafkaClients();
		var topology = new DistributedTopology(options);
		Runtime.getRuntime().addShutdownHook(topology.shutdownHook);
		try {
			topology.startAll();
			return topology;
		}
		catch (RuntimeException | Error e) {
			topology.close();
			throw e;
		}
	}

	private void startAll() {
		var began = System.nanoTime();
		// Before anything runs: when the binaries have to be built first, that takes
		// minutes.
		binaries = DaprBinaries.locate();
		claimed = TopologyFolder.claim(folder);
		database = TopologyDatabase.start(folder.resolve("postgres"));
		checkOpen();
		startKafka();
		startScheduler();
		startApps();
		log.info("Distributed topology up in {} (folder {}, logs {})", seconds(System.nanoTime() - began), folder,
				Project.logDir());
	}

	private void startKafka() {
		var broker = new KafkaBroker(folder.resolve("kafka"));
		kafka = broker;
		recorded(broker.process());
		broker.start();
		var partitionsByTopic = new LinkedHashMap<String, Integer>();
		TOPICS.forEach(topic -> {
			partitionsByTopic.put(topic, PARTITIONS);
			partitionsByTopic.put(topic + "-dlq", PARTITIONS);
		});
		broker.createTopics(partitionsByTopic);
		log.info("Kafka on {} in {} (topics {} and their -dlq twins, {} partitions each)", broker.bootstrapServers(),
				seconds(broker.process().startUpTime()), TOPICS, PARTITIONS);
		checkOpen();
	}

	private void startScheduler() {
		var started = new DaprScheduler(binaries.scheduler(), folder.resolve("scheduler"));
		scheduler = started;
		recorded(started.process());
		started.start();
		log.info("Dapr scheduler on {} in {}", started.address(), seconds(started.process().startUpTime()));
		checkOpen();
	}

	/**
	 * Each app and its sidecar start together: daprd waits for the app's port, the app
	 * needs no sidecar to start.
	 */
	private void startApps() {
		var keyFile = folder.resolve("identity/local-key.pem");
		try {
			Files.createDirectories(keyFile.getParent());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var r2dbcUrl = database().r2dbcUrl();
		var image = AppImage.prepare(options.appIds(), r2dbcUrl, keyFile, folder.resolve("apps/training"));
		var proxied = options.replicas() > 1 && options.appIds().contains("tasks");
		invocation = InvocationAddresses.of(options.appIds());
		for (var appId : options.appIds()) {
			var tokens = SidecarTokens.random();
			var replicas = IntStream.rangeClosed(1, options.replicas()).mapToObj(replica -> {
				var name = App.name(appId, replica);
				var port = "tasks".equals(appId) && !proxied && options.tasksPort() != 0 ? options.tasksPort()
						: FreePorts.next();
				var sidecar = new Sidecar(binaries, name, appId, port, tokens, scheduler().address(),
						kafka().bootstrapServers(), database().connectionString(),
						invocation.internalGrpcPort(appId, replica), invocation);
				var app = new AppProcess(image, name, appId, port, sidecar, tokens, r2dbcUrl, keyFile,
						folder.resolve("apps").resolve(name), options.environment());
				recorded(sidecar.process());
				recorded(app.process());
				return new App(app, sidecar);
			}).toList();
			synchronized (apps) {
				apps.put(appId, replicas);
			}
		}
		var parts = new ArrayList<Runnable>();
		apps().forEach(app -> {
			parts.add(app.sidecar()::start);
			parts.add(app.process()::start);
		});
		Parallel.run(parts);
		Parallel.run(apps().stream().<Runnable>map(app -> app.sidecar()::awaitHealthy).toList());
		if (proxied) {
			tasksProxy = new LoopbackProxy(options.tasksPort(),
					replicas("tasks").stream().map(app -> app.process().baseUrl()).toList());
		}
		apps().forEach(app -> log.info("{}", app));
	}

	/**
	 * Starts a sidecar for an app the caller runs itself (an HTTP server in the test JVM,
	 * say) and waits until it is healthy, which needs the app to answer on
	 * {@code appPort}; it is stopped with the topology.
	 */
	public Sidecar startSidecar(String appId, int appPort) {
		checkOpen();
		var sidecar = new Sidecar(binaries, appId, appId, appPort, SidecarTokens.random(), scheduler().address(),
				kafka().bootstrapServers(), database().connectionString(), FreePorts.next(), invocation);
		recorded(sidecar.process());
		synchronized (apps) {
			guestSidecars.add(sidecar);
		}
		sidecar.start();
		sidecar.awaitHealthy();
		log.info("Sidecar {} for the app on port {} (HTTP {}, gRPC {}): healthy in {}", appId, appPort,
				sidecar.httpPort(), sidecar.grpcPort(), seconds(sidecar.process().startUpTime()));
		return sidecar;
	}

	/** Where the tasks API is: its one replica, or the proxy in front of them all. */
	public String tasksUrl() {
		var proxy = tasksProxy;
		return proxy != null ? proxy.baseUrl() : app("tasks").process().baseUrl();
	}

	public KafkaBroker kafka() {
		return Optional.ofNullable(kafka).orElseThrow(() -> new IllegalStateException("Kafka has not started"));
	}

	public DaprScheduler scheduler() {
		return Optional.ofNullable(scheduler)
			.orElseThrow(() -> new IllegalStateException("The scheduler has not started"));
	}

	/**
	 * The first replica of an app-id.
	 * @throws IllegalArgumentException for an app-id the topology was not started with
	 */
	public App app(String appId) {
		return replicas(appId).getFirst();
	}

	/**
	 * @throws IllegalArgumentException for an app-id the topology was not started with
	 */
	public List<App> replicas(String appId) {
		synchronized (apps) {
			return Optional.ofNullable(apps.get(appId))
				.orElseThrow(() -> new IllegalArgumentException("No app-id " + appId + "; there are " + apps.keySet()));
		}
	}

	/** Every replica of every app-id. */
	public List<App> apps() {
		synchronized (apps) {
			return apps.values().stream().flatMap(List::stream).toList();
		}
	}

	private List<Sidecar> sidecars() {
		synchronized (apps) {
			var all = new ArrayList<>(guestSidecars);
			apps().forEach(app -> all.add(app.sidecar()));
			return all;
		}
	}

	public int postgresPort() {
		return database().port();
	}

	public Path folder() {
		return folder;
	}

	/**
	 * Stops the apps, then everything else at once (PostgreSQL, which runs in a session
	 * of its own, as soon as no app needs it): a developer's Ctrl-C must be done well
	 * before a supervisor's SIGKILL comes. The data stays.
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		removeShutdownHook();
		var began = System.nanoTime();
		var failures = new ArrayList<RuntimeException>();
		Optional.ofNullable(tasksProxy).ifPresent(LoopbackProxy::close);
		Parallel.runCollectingFailures(failures, apps().stream().<Runnable>map(app -> app.process()::stop).toList());
		var rest = new ArrayList<Runnable>();
		sidecars().forEach(sidecar -> rest.add(sidecar::stop));
		Optional.ofNullable(scheduler).ifPresent(started -> rest.add(started::stop));
		Optional.ofNullable(kafka).ifPresent(started -> rest.add(started::stop));
		Optional.ofNullable(database).ifPresent(started -> rest.add(started::stop));
		Parallel.runCollectingFailures(failures, rest);
		Optional.ofNullable(claimed).ifPresent(TopologyFolder::close);
		log.info("Distributed topology stopped in {}", seconds(System.nanoTime() - began));
		if (!failures.isEmpty()) {
			var failure = new IllegalStateException("Some parts did not stop cleanly", failures.getFirst());
			failures.stream().skip(1).forEach(failure::addSuppressed);
			throw failure;
		}
	}

	/**
	 * Every process is written down in the folder, so that a run after a hard kill can
	 * end what this one left.
	 */
	private void recorded(ManagedProcess process) {
		var folderClaim = Optional.ofNullable(claimed).orElseThrow();
		process.whenStarted(started -> folderClaim.record(process.name(), started));
	}

	private TopologyDatabase database() {
		return Optional.ofNullable(database).orElseThrow(() -> new IllegalStateException("No database yet"));
	}

	private void removeShutdownHook() {
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException shuttingDown) {
			// called by the hook itself
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("The topology is closed");
		}
	}

	private static String seconds(long nanos) {
		return "%.1f s".formatted(nanos / 1e9);
	}

	static String seconds(Duration duration) {
		return seconds(duration.toNanos());
	}

	/**
	 * The Kafka clients' configuration dumps would bury the few lines that matter, on a
	 * console or in a test log.
	 */
	private static void quietKafkaClients() {
		if (LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger kafkaClients) {
			kafkaClients.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

}
