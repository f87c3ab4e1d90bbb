package io.todoplatform.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time and memory of the processes involved, read from Linux's /proc. The embedded
 * PostgreSQL runs as separate processes (re-parented away from the app's JVM), so it is
 * found through its postmaster.pid file and counted on its own; the load generator counts
 * itself, so a run can show whether the client or the app was the bottleneck.
 */
final class ProcessStats {

	private final long appPid;

	private final Path postmasterPidFile;

	private final int clockTicksPerSecond;

	ProcessStats(long appPid, Path dataDir, int clockTicksPerSecond) {
		this.appPid = appPid;
		this.postmasterPidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		this.clockTicksPerSecond = clockTicksPerSecond;
	}

	/** CPU seconds used so far, and the machine's CPU counters, at one instant. */
	record Sample(long nanoTime, double appSeconds, double postgresSeconds, double clientSeconds, long machineBusyTicks,
			long machineTotalTicks) {
	}

	Sample sample() {
		var machine = machineTicks();
		return new Sample(System.nanoTime(), seconds(ownTicks(appPid)), seconds(postgresTicks()),
				seconds(ownTicks(ProcessHandle.current().pid())), machine[0], machine[1]);
	}

	/** Who used how much CPU between two samples, as rows for {@link Table}. */
	static Table cpuTable(Sample from, Sample to) {
		var wall = (to.nanoTime() - from.nanoTime()) / 1e9;
		var cores = Runtime.getRuntime().availableProcessors();
		var table = new Table("process", "CPU s", "% of one core", "% of " + cores + " cores");
		cpuRow(table, "app JVM", to.appSeconds() - from.appSeconds(), wall, cores);
		cpuRow(table, "embedded PostgreSQL", to.postgresSeconds() - from.postgresSeconds(), wall, cores);
		cpuRow(table, "load generator (this JVM)", to.clientSeconds() - from.clientSeconds(), wall, cores);
		var machineShare = (double) (to.machineBusyTicks() - from.machineBusyTicks())
				/ (to.machineTotalTicks() - from.machineTotalTicks());
		var machineSeconds = machineShare * cores * wall;
		var measuredSeconds = to.appSeconds() - from.appSeconds() + to.postgresSeconds() - from.postgresSeconds()
				+ to.clientSeconds() - from.clientSeconds();
		// Anything else running on the machine competes for the same cores and skews the
		// results.
		cpuRow(table, "other processes", Math.max(0, machineSeconds - measuredSeconds), wall, cores);
		cpuRow(table, "whole machine", machineSeconds, wall, cores);
		return table;
	}

	private static void cpuRow(Table table, String process, double seconds, double wall, int cores) {
		table.row(process, Table.decimal(seconds), Table.percent(seconds / wall),
				Table.percent(seconds / wall / cores));
	}

	boolean appAlive() {
		return ProcessHandle.of(appPid).map(ProcessHandle::isAlive).orElse(false);
	}

	/** The app JVM's peak resident set size (VmHWM), in MiB. */
	double appPeakRssMib() {
		if (!appAlive()) {
			return Double.NaN;
		}
		return read(Path.of("/proc", Long.toString(appPid), "status")).lines()
			.filter(line -> line.startsWith("VmHWM:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElse(0) / 1024.0;
	}

	/**
	 * Everything PostgreSQL used: the postmaster, its live backends, and backends that
	 * already exited.
	 */
	private long postgresTicks() {
		var postmaster = postmasterPid();
		if (postmaster.isEmpty()) {
			return 0;
		}
		var ticks = ownTicks(postmaster.getAsLong()) + reapedChildTicks(postmaster.getAsLong());
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return ticks + processes.filter(dir -> dir.getFileName().toString().matches("\\d+"))
				.map(dir -> statFields(Long.parseLong(dir.getFileName().toString())))
				.filter(fields -> !fields.isEmpty() && Long.parseLong(fields.get(1)) == postmaster.getAsLong())
				.mapToLong(fields -> Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12)))
				.sum();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private OptionalLong postmasterPid() {
		try {
			return OptionalLong.of(Long.parseLong(Files.readAllLines(postmasterPidFile).getFirst().trim()));
		}
		catch (IOException | RuntimeException notRunning) {
			return OptionalLong.empty();
		}
	}

	/** utime + stime. */
	private long ownTicks(long pid) {
		var fields = statFields(pid);
		return fields.isEmpty() ? 0 : Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
	}

	/** cutime + cstime: children that exited and were waited for. */
	private long reapedChildTicks(long pid) {
		var fields = statFields(pid);
		return fields.isEmpty() ? 0 : Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
	}

	/**
	 * The fields of /proc/PID/stat after the command name (which may contain spaces), so
	 * index 0 is field 3 (state), 1 is ppid, 11 utime, 12 stime, 13 cutime, 14 cstime.
	 * Empty if the process is gone.
	 */
	private static List<String> statFields(long pid) {
		try {
			var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
		}
		catch (IOException | RuntimeException gone) {
			return List.of();
		}
	}

	/**
	 * Busy (not idle, not waiting for I/O) and total ticks of all CPUs, from the first
	 * line of /proc/stat.
	 */
	private static long[] machineTicks() {
		var fields = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
		long total = 0;
		for (var i = 1; i < fields.length && i <= 8; i++) {
			total += Long.parseLong(fields[i]);
		}
		var idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
		return new long[] { total - idle, total };
	}

	private double seconds(long ticks) {
		return (double) ticks / clockTicksPerSecond;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
