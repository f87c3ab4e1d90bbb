package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.todoplatform.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/local/run-distributed.sh} stopped the ways developers and their tools
 * stop it: it never leaves a process behind when stopped, and a start after a run that
 * was killed hard ends what that run left and comes up.
 */
class RunDistributedE2ETests {

	/**
	 * What a supervisor gives a command between SIGINT to its group and SIGKILL (the case
	 * in issue 11).
	 */
	private static final Duration SUPERVISOR_GRACE = Duration.ofSeconds(8);

	private final List<ProcessHandle> started = new ArrayList<>();

	private final int tasksPort = FreePorts.next();

	@AfterEach
	void leaveNothingBehind() {
		DeveloperRun.killAll(started);
	}

	/**
	 * One run after another on the same folder and port: each kind of hard kill, then
	 * Ctrl-C.
	 */
	@Test
	void aStartAfterAHardKillEndsWhatThatRunLeftAndCtrlCLeavesNoProcessBehind() {
		var folder = TopologyOptions.forTests("run-distributed").folder();

		// kill -9 of the whole process group: PostgreSQL, in a session of its own, lives
		// on.
		var first = start(folder);
		var firstProcesses = first.processes();
		first.signalGroup("KILL");
		assertThat(first.awaitExit(Duration.ofSeconds(10))).isTrue();
		assertThat(first.postgres()).as("PostgreSQL left running by the kill of the group").isPresent();

		// kill -9 of the JVM alone: every child lives on, orphaned.
		var second = start(folder);
		assertThat(firstProcesses).noneMatch(DeveloperRun::runs);
		assertThat(Api.at("http://127.0.0.1:" + tasksPort).newUser().token()).isNotBlank();
		var orphans = second.processes().subList(1, second.processes().size());
		second.killJvm();
		assertThat(orphans).allMatch(DeveloperRun::runs);

		// Ctrl-C, and the SIGKILL a supervisor sends 8 s later.
		var third = start(folder);
		assertThat(orphans).noneMatch(DeveloperRun::runs);
		assertThat(Api.at("http://127.0.0.1:" + tasksPort).newUser().token()).isNotBlank();
		var thirdProcesses = third.processes();
		var interrupted = System.nanoTime();
		third.signalGroup("INT");
		var exitedInTime = third.awaitExit(SUPERVISOR_GRACE);
		System.out.printf("run-distributed ended %d ms after Ctrl-C%n",
				Duration.ofNanos(System.nanoTime() - interrupted).toMillis());
		third.signalGroup("KILL");
		assertThat(exitedInTime).as("ended before the supervisor's SIGKILL").isTrue();
		assertThat(thirdProcesses).noneMatch(DeveloperRun::runs);
	}

	private DeveloperRun start(Path folder) {
		var run = DeveloperRun.start(folder, tasksPort);
		started.addAll(run.processes());
		return run;
	}

}
