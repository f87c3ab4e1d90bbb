package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool run to its end, its output (stdout and stderr together) kept for
 * the assertion messages.
 */
record Command(List<String> arguments, Map<String, String> environment) {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	Command {
		arguments = List.copyOf(arguments);
		environment = Map.copyOf(environment);
	}

	static Command of(String... arguments) {
		return new Command(List.of(arguments), Map.of());
	}

	Command with(String... more) {
		var all = new ArrayList<>(arguments);
		all.addAll(List.of(more));
		return new Command(all, environment);
	}

	Command with(List<String> more) {
		return with(more.toArray(String[]::new));
	}

	/** The outcome; a tool that runs past the timeout is killed and counts as failed. */
	Result run() {
		return run(null);
	}

	/** Runs with {@code input} as standard input (a rendered manifest, for instance). */
	Result run(String input) {
		try {
			var output = Files.createTempFile("command", ".out");
			var builder = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			var process = builder.start();
			try (var stdin = process.getOutputStream()) {
				if (input != null) {
					stdin.write(input.getBytes(StandardCharsets.UTF_8));
				}
			}
			var finished = process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (!finished) {
				process.destroyForcibly().waitFor();
			}
			var text = Files.readString(output);
			Files.delete(output);
			return new Result(this, finished ? process.exitValue() : -1, text);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not run " + String.join(" ", arguments), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + String.join(" ", arguments), e);
		}
	}

	/** Runs and fails with the tool's output unless it exits with 0. */
	String succeed() {
		return run().orFail();
	}

	String succeed(String input) {
		return run(input).orFail();
	}

	record Result(Command command, int exitCode, String output) {

		boolean succeeded() {
			return exitCode == 0;
		}

		String orFail() {
			if (!succeeded()) {
				throw new AssertionError(this);
			}
			return output;
		}

		@Override
		public String toString() {
			return String.join(" ", command.arguments()) + " exited with " + exitCode + ":\n" + output;
		}
	}
}
