package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed mode on this machine, loopback only: PostgreSQL, a Kafka broker, the Dapr scheduler, and for each
 * app-id its application and its sidecar, each a process that a test can stop, kill and start again.
 */
public final class DistributedTopology implements AutoCloseable {

	/** The event topics between app-ids, each with a dead-letter twin {@code <topic>-dlq}. */
	public static final List<String> TOPICS = List.of("task-operations", "task-modifications",
			"recurrence-operations", "alerts");

	private static final int PARTITIONS = 4;
	private static final Logger log = LoggerFactory.getLogger(DistributedTopology.class);

	/**
	 * @param folder holds every part's data; kept after {@link #close()}
	 * @param tasksPort where the {@code tasks} app listens; 0 picks a free port
	 * @param environment given to every app on top of the harness's own, e.g. {@code SPRING_MAIL_PORT}
	 */
	public record Options(Path folder, int tasksPort, List<String> appIds, Map<String, String> environment) {

		/** A fresh folder under {@code target/e2e}, any free port, all three app-ids. */
		public static Options defaults() {
			return forTests("");
		}

		/** Like {@link #defaults()}, with the folder named after the test class, to find its data after a failure. */
		public static Options forTests(String name) {
			var now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
			var folder = Project.dir().resolve("target/e2e").resolve(name.isEmpty() ? now : name + "-" + now);
			return new Options(folder, 0, List.of("tasks", "recurrence", "notifications"), Map.of());
		}

		public Options withFolder(Path folder) {
			return new Options(folder, tasksPort, appIds, environment);
		}

		public Options withTasksPort(int tasksPort) {
			return new Options(folder, tasksPort, appIds, environment);
		}

		public Options withAppIds(String... appIds) {
			return new Options(folder, tasksPort, List.of(appIds), environment);
		}

		public Options withEnvironment(Map<String, String> environment) {
			return new Options(folder, tasksPort, appIds, Map.copyOf(environment));
		}
	}

	/** One app-id: its application and the sidecar next to it. */
	public record App(AppProcess process, Sidecar sidecar) {
	}

	private final Options options;
	private final Path folder;
	private final Map<String, App> apps = new LinkedHashMap<>();
	private final List<Sidecar> guestSidecars = new ArrayList<>();
	private final Thread shutdownHook = new Thread(this::close, "distributed-topology-shutdown");
	private volatile boolean closed;
	private volatile EmbeddedPostgres postgres;
	private volatile KafkaBroker kafka;
	private volatile DaprScheduler scheduler;
	private volatile DaprBinaries binaries;

	private DistributedTopology(Options options) {
		this.options = options;
		this.folder = options.folder().toAbsolutePath();
	}

	/**
	 * Starts every part and returns once every app is ready and every sidecar healthy; on a failure it stops what it
	 * started.
	 */
	public static DistributedTopology start(Options options) {
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
		// Before anything runs: when the binaries have to be built first, that takes minutes.
		binaries = DaprBinaries.locate();
		startPostgres();
		startKafka();
		startScheduler();
		startApps();
		log.info("Distributed topology up in {} (folder {}, logs {})", seconds(System.nanoTime() - began), folder,
				Project.logDir());
	}

	private void startPostgres() {
		var began = System.nanoTime();
		var output = ProcessBuilder.Redirect.appendTo(Project.logDir().resolve("postgres.log").toFile());
		try {
			Files.createDirectories(Project.logDir());
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createDirectories(folder.resolve("postgres")))
				.setCleanDataDirectory(false)
				.setPort(FreePorts.next())
				.setServerConfig("listen_addresses", FreePorts.HOST)
				.setOutputRedirector(output)
				.setErrorRedirector(output)
				// Its own hook would stop the database while the apps still use it: close() stops it last.
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start PostgreSQL in " + folder.resolve("postgres"), e);
		}
		log.info("PostgreSQL on port {} in {}", postgres.getPort(), seconds(System.nanoTime() - began));
		checkOpen();
	}

	private void startKafka() {
		kafka = new KafkaBroker(folder.resolve("kafka"));
		kafka.start();
		var partitionsByTopic = new LinkedHashMap<String, Integer>();
		TOPICS.forEach(topic -> {
			partitionsByTopic.put(topic, PARTITIONS);
			partitionsByTopic.put(topic + "-dlq", PARTITIONS);
		});
		kafka.createTopics(partitionsByTopic);
		log.info("Kafka on {} in {} (topics {} and their -dlq twins, {} partitions each)", kafka.bootstrapServers(),
				seconds(kafka.process().startUpTime()), TOPICS, PARTITIONS);
		checkOpen();
	}

	private void startScheduler() {
		scheduler = new DaprScheduler(binaries.scheduler(), folder.resolve("scheduler"));
		scheduler.start();
		log.info("Dapr scheduler on {} in {}", scheduler.address(), seconds(scheduler.process().startUpTime()));
		checkOpen();
	}

	/** Each app and its sidecar start together: daprd waits for the app's port, the app needs no sidecar to start. */
	private void startApps() {
		var keyFile = folder.resolve("identity/local-key.pem");
		try {
			Files.createDirectories(keyFile.getParent());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var r2dbcUrl = "r2dbc:postgresql://postgres@" + FreePorts.HOST + ":" + postgres.getPort() + "/postgres";
		var image = AppImage.prepare(Map.of("SPRING_PROFILES_ACTIVE", String.join(",", options.appIds()),
				"SERVER_PORT", "0", "SPRING_R2DBC_URL", r2dbcUrl, "TODO_IDENTITY_LOCAL_KEY_FILE", keyFile.toString(),
				"TODO_DATA_DIR", folder.resolve("apps/training").toString()));
		for (var appId : options.appIds()) {
			var port = "tasks".equals(appId) && options.tasksPort() != 0 ? options.tasksPort() : FreePorts.next();
			var sidecar = new Sidecar(binaries, appId, port, scheduler.address(), kafka.bootstrapServers());
			var app = new AppProcess(image, appId, port, sidecar, r2dbcUrl, keyFile,
					folder.resolve("apps").resolve(appId), options.environment());
			synchronized (apps) {
				apps.put(appId, new App(app, sidecar));
			}
		}
		var parts = new ArrayList<Runnable>();
		apps().forEach(app -> {
			parts.add(app.sidecar()::start);
			parts.add(app.process()::start);
		});
		inParallel(parts);
		inParallel(apps().stream().<Runnable>map(app -> app.sidecar()::awaitHealthy).toList());
		apps().forEach(app -> log.info("App {} on {} (sidecar HTTP {}, gRPC {}): ready in {}, sidecar healthy in {}",
				app.process().appId(), app.process().baseUrl(), app.sidecar().httpPort(), app.sidecar().grpcPort(),
				seconds(app.process().startUpTime()), seconds(app.sidecar().process().startUpTime())));
	}

	/**
	 * Starts a sidecar for an app the caller runs itself (an HTTP server in the test JVM, say) and waits until it is
	 * healthy, which needs the app to answer on {@code appPort}; it is stopped with the topology.
	 */
	public Sidecar startSidecar(String appId, int appPort) {
		checkOpen();
		var sidecar = new Sidecar(binaries, appId, appPort, scheduler.address(), kafka.bootstrapServers());
		synchronized (apps) {
			guestSidecars.add(sidecar);
		}
		sidecar.start();
		sidecar.awaitHealthy();
		log.info("Sidecar {} for the app on port {} (HTTP {}, gRPC {}): healthy in {}", appId, appPort,
				sidecar.httpPort(), sidecar.grpcPort(), seconds(sidecar.process().startUpTime()));
		return sidecar;
	}

	public KafkaBroker kafka() {
		return kafka;
	}

	public DaprScheduler scheduler() {
		return scheduler;
	}

	/** @throws IllegalArgumentException for an app-id the topology was not started with */
	public App app(String appId) {
		synchronized (apps) {
			return Optional.ofNullable(apps.get(appId))
				.orElseThrow(() -> new IllegalArgumentException("No app-id " + appId + "; there are " + apps.keySet()));
		}
	}

	public List<App> apps() {
		synchronized (apps) {
			return List.copyOf(apps.values());
		}
	}

	private List<Sidecar> sidecars() {
		synchronized (apps) {
			var all = new ArrayList<>(guestSidecars);
			apps.values().forEach(app -> all.add(app.sidecar()));
			return all;
		}
	}

	public int postgresPort() {
		return postgres.getPort();
	}

	public Path folder() {
		return folder;
	}

	/** Stops the apps, then the sidecars, the scheduler, Kafka and PostgreSQL; the data stays in the folder. */
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
		stopQuietly(failures, apps().stream().<Runnable>map(app -> app.process()::stop).toList());
		stopQuietly(failures, sidecars().stream().<Runnable>map(sidecar -> sidecar::stop).toList());
		if (scheduler != null) {
			stopQuietly(failures, List.of(scheduler::stop));
		}
		if (kafka != null) {
			stopQuietly(failures, List.of(kafka::stop));
		}
		if (postgres != null) {
			stopQuietly(failures, List.of(this::stopPostgres));
		}
		log.info("Distributed topology stopped in {}", seconds(System.nanoTime() - began));
		if (!failures.isEmpty()) {
			var failure = new IllegalStateException("Some parts did not stop cleanly", failures.getFirst());
			failures.stream().skip(1).forEach(failure::addSuppressed);
			throw failure;
		}
	}

	private void stopPostgres() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not stop PostgreSQL", e);
		}
	}

	private void removeShutdownHook() {
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException shuttingDown) {
			// called by the hook itself
		}
	}

	private static void stopQuietly(List<RuntimeException> failures, List<Runnable> parts) {
		try {
			inParallel(parts);
		}
		catch (RuntimeException e) {
			failures.add(e);
		}
	}

	/** Runs the parts at once and waits for all of them; the first failure is thrown once all have ended. */
	private static void inParallel(List<Runnable> parts) {
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var running = parts.stream().map(executor::submit).toList();
			RuntimeException first = null;
			for (var part : running) {
				try {
					part.get();
				}
				catch (ExecutionException e) {
					var cause = e.getCause() instanceof RuntimeException runtime ? runtime
							: new IllegalStateException(e.getCause());
					if (first == null) {
						first = cause;
					}
					else {
						first.addSuppressed(cause);
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the topology", e);
				}
			}
			if (first != null) {
				throw first;
			}
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

	private static String seconds(Duration duration) {
		return seconds(duration.toNanos());
	}

	/** The Kafka clients' configuration dumps would bury the few lines that matter, on a console or in a test log. */
	private static void quietKafkaClients() {
		if (LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger kafkaClients) {
			kafkaClients.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}
}
