package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.todoplatform.storage.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of a topology, held by one running topology at a time. A run killed hard
 * leaves processes behind: kill its JVM alone and every child lives on, orphaned; kill
 * its process group and PostgreSQL still lives on, since {@code pg_ctl} starts it in a
 * session of its own. Both hold ports and data folders the next run needs. So the folder
 * keeps a lock that dies with its holder and a list of the processes the holder started;
 * whoever takes the lock ends the processes of that list that still run, then stops a
 * leftover PostgreSQL as the local mode does ({@link DataFolder}).
 */
final class TopologyFolder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TopologyFolder.class);

	private static final Duration EXIT = Duration.ofSeconds(10);

	/**
	 * Start times are read from {@code /proc} in clock ticks: a little slack, far less
	 * than a PID takes to recur.
	 */
	private static final Duration SAME_START = Duration.ofSeconds(1);

	private final FileChannel channel;

	private final FileLock lock;

	private final Path ledger;

	private final DataFolder database;

	private TopologyFolder(FileChannel channel, FileLock lock, Path ledger, DataFolder database) {
		this.channel = channel;
		this.lock = lock;
		this.ledger = ledger;
		this.database = database;
	}

	/**
	 * @throws IllegalStateException when a running topology holds the folder
	 */
	static TopologyFolder claim(Path folder) {
		try {
			Files.createDirectories(folder);
			var channel = FileChannel.open(folder.resolve("topology.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			var lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The folder " + folder + " is in use by another running topology; "
						+ "stop it (Ctrl-C) or use another folder");
			}
			var ledger = folder.resolve("processes.txt");
			endLeftovers(ledger);
			Files.writeString(ledger, "", StandardCharsets.UTF_8);
			return new TopologyFolder(channel, lock, ledger, DataFolder.claim(folder));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not claim the topology's folder " + folder, e);
		}
	}

	/**
	 * Writes down a process the topology started, so that the next run can end it if this
	 * one dies first.
	 */
	synchronized void record(String name, ProcessHandle process) {
		var started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
		try {
			Files.writeString(ledger, process.pid() + " " + started + " " + name + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write down process " + process.pid() + " in " + ledger, e);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException heldInThisJvm) {
			return null;
		}
	}

	private static void endLeftovers(Path ledger) throws IOException {
		if (!Files.exists(ledger)) {
			return;
		}
		var leftovers = Files.readAllLines(ledger)
			.stream()
			.map(TopologyFolder::stillRunning)
			.flatMap(Optional::stream)
			.toList();
		leftovers
			.forEach(process -> log.warn("Ending process {} ({}), left running by an earlier run that was " + "killed",
					process.pid(), process.info().command().orElse("?")));
		leftovers.forEach(ProcessHandle::destroyForcibly);
		leftovers.forEach(TopologyFolder::awaitExit);
	}

	/**
	 * The process of a line {@code <pid> <start millis> <name>}, if it runs and is the
	 * one that was started then.
	 */
	private static Optional<ProcessHandle> stillRunning(String line) {
		var fields = List.of(line.strip().split(" ", 3));
		if (fields.size() < 2) {
			return Optional.empty();
		}
		var started = Instant.ofEpochMilli(Long.parseLong(fields.get(1)));
		return ProcessHandle.of(Long.parseLong(fields.get(0)))
			.filter(TopologyFolder::isRunning)
			.filter(process -> process.info()
				.startInstant()
				.map(start -> Duration.between(start, started).abs().compareTo(SAME_START) < 0)
				.orElse(false));
	}

	/**
	 * Alive and not a zombie: a killed process whose parent died first waits for init to
	 * reap it, and until then the JDK counts it as alive although it holds nothing any
	 * more.
	 */
	static boolean isRunning(ProcessHandle process) {
		try {
			var stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			return process.isAlive() && stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
		}
		catch (IOException | RuntimeException gone) {
			return false;
		}
	}

	private static void awaitExit(ProcessHandle process) {
		var deadline = System.nanoTime() + EXIT.toNanos();
		while (isRunning(process)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Process " + process.pid() + " did not end within " + EXIT);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while ending process " + process.pid(), e);
			}
		}
	}

	@Override
	public void close() {
		try {
			database.close();
			lock.release();
			channel.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
