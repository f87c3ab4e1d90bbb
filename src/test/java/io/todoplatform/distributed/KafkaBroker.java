package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node Apache Kafka broker in KRaft mode, run as a child JVM so that a test can
 * stop, kill and restart it; its data folder outlives every restart, so a restarted
 * broker still has every topic, message and group offset.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Duration READINESS = Duration.ofSeconds(60);

	private static final Duration FORMATTING = Duration.ofSeconds(60);

	private static final short REPLICATION_FACTOR = 1;

	private final Path folder;

	private final String classpath;

	private final int brokerPort = FreePorts.next();

	private final int controllerPort = FreePorts.next();

	private final ManagedProcess broker;

	/**
	 * A broker running on this JVM's own classpath, which holds the Kafka server jars in
	 * the tests.
	 */
	public KafkaBroker(Path folder) {
		this(folder, System.getProperty("java.class.path"));
	}

	public KafkaBroker(Path folder, String classpath) {
		this.folder = folder.toAbsolutePath();
		this.classpath = classpath;
		this.broker = new ManagedProcess("kafka", javaCommand("kafka.Kafka", serverProperties().toString()), Map.of());
	}

	public String bootstrapServers() {
		return FreePorts.HOST + ":" + brokerPort;
	}

	public ManagedProcess process() {
		return broker;
	}

	/**
	 * Starts the broker, formatting its storage on the very first start, and waits until
	 * it serves clients.
	 */
	public void start() {
		writeConfiguration();
		if (!Files.exists(dataDir().resolve("meta.properties"))) {
			format();
		}
		broker.start();
		// An Admin client that finds the port closed retries and logs in a tight loop: it
		// comes in only once the broker accepts connections.
		broker.await("port " + brokerPort + " accepted connections", READINESS, this::acceptsConnections);
		try (var admin = admin()) {
			var describe = new DescribeClusterOptions().timeoutMs(2_000);
			broker.await("a client could describe the cluster at " + bootstrapServers(), READINESS,
					() -> !admin.describeCluster(describe).nodes().get().isEmpty());
		}
	}

	public void stop() {
		broker.stop();
	}

	public void kill() {
		broker.kill();
	}

	/**
	 * Stops and starts the broker on the same ports, so clients and sidecars reconnect to
	 * the address they know.
	 */
	public void restart() {
		stop();
		start();
	}

	/** Creates the topics that do not exist yet; existing ones are left as they are. */
	public void createTopics(Map<String, Integer> partitionsByTopic) {
		var topics = partitionsByTopic.entrySet()
			.stream()
			.map(topic -> new NewTopic(topic.getKey(), topic.getValue(), REPLICATION_FACTOR))
			.toList();
		try (var admin = admin()) {
			for (var creation : admin.createTopics(topics).values().values()) {
				awaitCreation(creation);
			}
		}
	}

	private static void awaitCreation(KafkaFuture<Void> creation) {
		try {
			creation.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException e) {
			if (!(e.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create a topic", e.getCause());
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not create a topic", e);
		}
	}

	/** An Admin client for this broker; the caller closes it. */
	public Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				10_000));
	}

	@Override
	public void close() {
		stop();
	}

	private boolean acceptsConnections() throws IOException {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress(FreePorts.HOST, brokerPort), 500);
			return true;
		}
	}

	private void format() {
		var clusterId = Uuid.randomUuid().toString();
		new ManagedProcess("kafka-format", javaCommand("kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
				serverProperties().toString(), "--ignore-formatted"), Map.of())
			.run(FORMATTING);
	}

	private List<String> javaCommand(String mainClass, String... arguments) {
		var command = new ArrayList<>(
				List.of(Project.java(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath, mainClass));
		command.addAll(List.of(arguments));
		return command;
	}

	/**
	 * Written on every start: the ports are this instance's, the data folder may be an
	 * earlier run's.
	 */
	private void writeConfiguration() {
		var controller = FreePorts.HOST + ":" + controllerPort;
		var properties = """
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@%s
				controller.listener.names=CONTROLLER
				listeners=PLAINTEXT://%s,CONTROLLER://%s
				advertised.listeners=PLAINTEXT://%s
				inter.broker.listener.name=PLAINTEXT
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				log.dirs=%s
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				min.insync.replicas=1
				group.initial.rebalance.delay.ms=0
				auto.create.topics.enable=false
				# The default 128 MiB is allocated on the heap at start and does not fit a small broker.
				log.cleaner.dedupe.buffer.size=8388608
				""".formatted(controller, bootstrapServers(), controller, bootstrapServers(), dataDir());
		try {
			Files.createDirectories(dataDir());
			Files.writeString(serverProperties(), properties);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the broker's configuration into " + folder, e);
		}
	}

	private Path serverProperties() {
		return folder.resolve("server.properties");
	}

	private Path dataDir() {
		return folder.resolve("data");
	}

}
