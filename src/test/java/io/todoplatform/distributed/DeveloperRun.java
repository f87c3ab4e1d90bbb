package io.todoplatform.distributed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The developer's command as a developer runs it ({@link RunDistributed}, what
 * {@code deploy/local/run-distributed.sh} starts), in a process group of its own as a
 * shell gives it, so that a test can do what a terminal or a supervisor does: Ctrl-C
 * (SIGINT to the group), SIGKILL to the group, or a kill of the JVM alone.
 */
final class DeveloperRun {

	/**
	 * Three apps, three sidecars, a broker and a scheduler starting at once on two cores.
	 */
	private static final Duration READINESS = Duration.ofMinutes(5);

	private static final String READY = "Press Ctrl-C to stop everything.";

	private final Path folder;

	private final ManagedProcess jvm;

	private DeveloperRun(Path folder, ManagedProcess jvm) {
		this.folder = folder;
		this.jvm = jvm;
	}

	/**
	 * Starts it on {@code folder} with the tasks API on {@code tasksPort}, and waits
	 * until it says it is ready.
	 */
	static DeveloperRun start(Path folder, int tasksPort) {
		var jvm = new ManagedProcess("run-distributed",
				List.of("setsid", Project.java(), "-cp", System.getProperty("java.class.path"),
						"-Dtodo.e2e.project-dir=" + Project.dir(), "-Dtodo.e2e.jar=" + Project.jar(),
						RunDistributed.class.getName(), "--data", folder.toString()),
				Map.of("TASKS_PORT", Integer.toString(tasksPort)));
		jvm.start();
		var run = new DeveloperRun(folder, jvm);
		try {
			jvm.await("it printed '" + READY + "'", READINESS,
					() -> jvm.lastLogLines(100).stream().anyMatch(line -> line.contains(READY)));
			return run;
		}
		catch (RuntimeException e) {
			run.postgres().ifPresent(ProcessHandle::destroyForcibly);
			run.signalGroup("KILL");
			throw e;
		}
	}

	/**
	 * Its JVM, every process under it, and the PostgreSQL server it started (in a session
	 * of its own).
	 */
	List<ProcessHandle> processes() {
		var all = new ArrayList<ProcessHandle>();
		var root = ProcessHandle.of(jvm.pid()).orElseThrow(() -> jvm.failure("is not running"));
		all.add(root);
		all.addAll(root.descendants().toList());
		postgres().ifPresent(all::add);
		return all;
	}

	/** The server named by the PostgreSQL data folder's lock file, if it runs. */
	Optional<ProcessHandle> postgres() {
		try {
			var pidFile = folder.resolve("postgres/postmaster.pid");
			return !Files.exists(pidFile) ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
						.filter(DeveloperRun::runs);
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * A signal to the whole process group, as a terminal's Ctrl-C ({@code INT}) or a
	 * supervisor does.
	 */
	void signalGroup(String signal) {
		try {
			new ProcessBuilder("kill", "-" + signal, "--", "-" + jvm.pid()).inheritIO().start().waitFor();
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not signal the group of " + jvm, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGKILL to the JVM alone: its children live on, orphaned. */
	void killJvm() {
		ProcessHandle.of(jvm.pid()).ifPresent(ProcessHandle::destroyForcibly);
		awaitExit(Duration.ofSeconds(10));
	}

	/** Whether the JVM ended within {@code timeout}. */
	boolean awaitExit(Duration timeout) {
		try {
			return ProcessHandle.of(jvm.pid()).map(handle -> handle.onExit()).map(exit -> {
				try {
					exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
					return true;
				}
				catch (Exception stillRunning) {
					return false;
				}
			}).orElse(true);
		}
		catch (IllegalStateException neverStarted) {
			return true;
		}
	}

	/**
	 * Whether the process still runs (a zombie waiting to be reaped holds nothing, so it
	 * does not).
	 */
	static boolean runs(ProcessHandle process) {
		return TopologyFolder.isRunning(process);
	}

	/**
	 * For a test's cleanup: nothing of this run may outlive it, whatever state the test
	 * left it in.
	 */
	static void killAll(List<ProcessHandle> processes) {
		processes.stream().filter(DeveloperRun::runs).forEach(ProcessHandle::destroyForcibly);
	}

}
