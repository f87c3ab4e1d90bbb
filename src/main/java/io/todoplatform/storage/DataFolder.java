package io.todoplatform.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's folder, held by one running application at a time. The lock
 * dies with its process, even on {@code kill -9}, while the PostgreSQL server it started
 * lives on; so whoever gets the lock knows that a server still running on the folder is a
 * leftover, and stops it before starting its own. (The distributed mode's harness in the
 * tests claims its topology's folder the same way.)
 */
public final class DataFolder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DataFolder.class);

	private static final Duration LEFTOVER_SHUTDOWN = Duration.ofSeconds(30);

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolder(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the folder, and stops a PostgreSQL server left running on its
	 * {@code postgres} sub-folder.
	 * @throws IllegalStateException if another running application holds the folder
	 */
	public static DataFolder claim(Path folder) throws IOException {
		Files.createDirectories(folder);
		var channel = FileChannel.open(folder.resolve("todo-platform.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		var lock = tryLock(channel);
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("The data folder " + folder.toAbsolutePath()
					+ " is in use by another running Todo Platform; stop it or set TODO_DATA_DIR to another folder");
		}
		var claimed = new DataFolder(channel, lock);
		claimed.stopLeftoverServer(folder.resolve("postgres").resolve("postmaster.pid"));
		return claimed;
	}

	/**
	 * Null when another process holds the lock, or another application in this JVM (as in
	 * tests).
	 */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			return null;
		}
	}

	private void stopLeftoverServer(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return;
		}
		var pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
		var server = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().orElse("").endsWith("postgres"));
		if (server.isEmpty()) {
			return;
		}
		log.warn("Stopping PostgreSQL (process {}) left running by an earlier run that did not shut down", pid);
		server.get().destroy();
		try {
			server.get().onExit().get(LEFTOVER_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception e) {
			server.get().destroyForcibly();
		}
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
