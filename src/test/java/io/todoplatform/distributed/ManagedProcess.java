package io.todoplatform.distributed;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child OS process of the harness, with its output appended to
 * {@code target/e2e-logs/<name>.log} across restarts, so a test can stop, kill and start
 * it again and still read one story afterwards.
 */
public final class ManagedProcess {

	/** How long a process gets to shut down after SIGTERM before it is killed. */
	public static final Duration GRACE = Duration.ofSeconds(10);

	private static final int LOG_LINES_IN_FAILURES = 40;

	private static final String START_MARKER = "===== ";

	private static final Duration POLL = Duration.ofMillis(100);

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final List<String> unsetEnvironment = new ArrayList<>();

	private final Path logFile;

	private Consumer<ProcessHandle> onStart = started -> {
	};

	private Process process;

	private long startedNanos;

	private Duration startUpTime = Duration.ZERO;

	/**
	 * @param environment added to the harness's own environment
	 */
	public ManagedProcess(String name, List<String> command, Map<String, String> environment) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = new LinkedHashMap<>(environment);
		this.logFile = Project.logDir().resolve(name + ".log");
	}

	/**
	 * Leaves variables of the harness's environment out of the child's, such as a switch
	 * it must not see.
	 */
	public ManagedProcess withoutEnvironment(String... names) {
		unsetEnvironment.addAll(List.of(names));
		return this;
	}

	/**
	 * Tells {@code listener} of every start, e.g. to write down which processes a
	 * topology has running.
	 */
	public synchronized ManagedProcess whenStarted(Consumer<ProcessHandle> listener) {
		onStart = listener;
		return this;
	}

	public String name() {
		return name;
	}

	public Path logFile() {
		return logFile;
	}

	public synchronized void start() {
		if (isAlive()) {
			throw new IllegalStateException(name + " is already running (process " + process.pid() + ")");
		}
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
		unsetEnvironment.forEach(builder.environment()::remove);
		builder.environment().putAll(environment);
		try {
			Files.createDirectories(logFile.getParent());
			Files.writeString(logFile, START_MARKER + Instant.now() + " starting: " + String.join(" ", command) + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			startedNanos = System.nanoTime();
			process = builder.start();
			onStart.accept(process.toHandle());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), e);
		}
	}

	/** Runs the process to its end, for one-off tools; fails unless it exits with 0. */
	public void run(Duration timeout) {
		start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
				throw failure("did not finish within " + timeout.toSeconds() + " s");
			}
		}
		catch (InterruptedException e) {
			kill();
			Thread.currentThread().interrupt();
			throw failure("was interrupted");
		}
		if (process.exitValue() != 0) {
			throw failure("exited with code " + process.exitValue());
		}
	}

	/** SIGTERM, then SIGKILL after {@link #GRACE}; descendants get the same treatment. */
	public synchronized void stop() {
		end(false);
	}

	/**
	 * SIGKILL ({@code kill -9}) for the process and its descendants: no shutdown hooks,
	 * nothing flushed.
	 */
	public synchronized void kill() {
		end(true);
	}

	private void end(boolean forcibly) {
		if (process == null) {
			return;
		}
		// Taken first: once the process is gone its children are re-parented and no
		// longer found through it.
		var descendants = process.descendants().toList();
		terminate(List.of(process.toHandle()), forcibly);
		// The process usually takes its children down with it; whatever it left behind
		// goes the same way.
		terminate(descendants.stream().filter(ProcessHandle::isAlive).toList(), forcibly);
	}

	private static void terminate(List<ProcessHandle> members, boolean forcibly) {
		if (!forcibly) {
			members.forEach(ProcessHandle::destroy);
			var deadline = System.nanoTime() + GRACE.toNanos();
			members.forEach(member -> awaitExit(member, Duration.ofNanos(deadline - System.nanoTime())));
		}
		members.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		members.forEach(member -> awaitExit(member, GRACE));
	}

	private static void awaitExit(ProcessHandle member, Duration timeout) {
		try {
			member.onExit().get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (Exception stillRunning) {
			// the caller decides
		}
	}

	public synchronized boolean isAlive() {
		return process != null && process.isAlive();
	}

	public synchronized long pid() {
		if (process == null) {
			throw new IllegalStateException(name + " was never started");
		}
		return process.pid();
	}

	/** The resident set size now (VmRSS of /proc/PID/status), without descendants. */
	public long rssBytes() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
				.findFirst()
				.orElseThrow(() -> failure("has no VmRSS (a zombie?)"));
		}
		catch (IOException e) {
			throw failure("is not running, so it has no resident set size");
		}
	}

	/**
	 * From the last {@link #start()} to the end of the last successful wait for
	 * readiness.
	 */
	public synchronized Duration startUpTime() {
		return startUpTime;
	}

	/** Waits until {@code GET url} answers {@code expectedStatus}. */
	public void awaitHttp(String url, int expectedStatus, Duration timeout) {
		var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
		await("GET " + url + " answered " + expectedStatus, timeout,
				() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == expectedStatus);
	}

	/**
	 * A check that may also fail by throwing: a refused connection is as good as "not
	 * yet".
	 */
	@FunctionalInterface
	public interface Readiness {

		boolean ready() throws Exception;

	}

	/**
	 * Polls {@code readiness} until it holds; fails early, with the log's tail, if the
	 * process dies meanwhile.
	 */
	public void await(String condition, Duration timeout, Readiness readiness) {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (!isAlive()) {
				throw failure("exited" + exitCode() + " before " + condition);
			}
			if (holds(readiness)) {
				synchronized (this) {
					startUpTime = Duration.ofNanos(System.nanoTime() - startedNanos);
				}
				return;
			}
			if (System.nanoTime() > deadline) {
				throw failure("was not ready within " + timeout.toSeconds() + " s: never " + condition);
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw failure("was interrupted while waiting until " + condition);
			}
		}
	}

	private static boolean holds(Readiness readiness) {
		try {
			return readiness.ready();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception notYet) {
			return false;
		}
	}

	private synchronized String exitCode() {
		return process != null && !process.isAlive() ? " with code " + process.exitValue() : "";
	}

	/**
	 * An exception that says what went wrong with this process and shows the end of its
	 * log.
	 */
	public IllegalStateException failure(String what) {
		return new IllegalStateException(name + " " + what + "; last lines of " + logFile + ":\n"
				+ String.join("\n", lastLogLines(LOG_LINES_IN_FAILURES)));
	}

	/**
	 * The last lines the process wrote since its last start (a log holds every start),
	 * read from the end of the file: a broker's log grows to megabytes.
	 */
	public List<String> lastLogLines(int count) {
		try (var file = new RandomAccessFile(logFile.toFile(), "r")) {
			var length = file.length();
			var tail = new byte[(int) Math.min(length, 256 * 1024)];
			file.seek(length - tail.length);
			file.readFully(tail);
			var lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
			var lastStart = 0;
			for (var i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(START_MARKER)) {
					lastStart = i;
				}
			}
			return lines.subList(Math.max(lastStart, lines.size() - count), lines.size());
		}
		catch (IOException e) {
			return List.of("(no log: " + e.getMessage() + ")");
		}
	}

	@Override
	public String toString() {
		return name + (isAlive() ? " (process " + process.pid() + ")" : " (not running)");
	}

}
