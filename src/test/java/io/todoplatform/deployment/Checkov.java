package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One checkov run over a folder, offline ({@code --skip-download}): checkov then has no
 * severities, so every finding needs a reason in the folder's
 * {@code checkov-explained.yaml}, and so does every file it cannot parse.
 */
final class Checkov {

	private final Command.Result report;

	private final JsonNode results;

	private Checkov(Command.Result report, JsonNode results) {
		this.report = report;
		this.results = results;
	}

	/** Runs checkov's {@code framework} checks over {@code directory}. */
	static Checkov run(Path checkov, String framework, Path directory) {
		var report = Command
			.of(checkov.toString(), "--skip-download", "--framework", framework, "--directory", directory.toString(),
					"--output", "json", "--compact")
			.run();
		// checkov exits with 1 when it finds something: the findings decide, not the exit
		// code. Not --quiet: it would leave out the files checkov could not parse.
		var json = report.output().substring(Math.max(0, report.output().indexOf('{')));
		var results = JsonMapper.builder().build().readTree(json);
		assertThat(results.at("/summary/passed").asInt()).as("checks that passed: %s", report).isPositive();
		return new Checkov(report, results.path("results"));
	}

	/** The files checkov could not parse, relative to {@code directory}. */
	Set<String> unparsed(Path directory) {
		var files = new TreeSet<String>();
		results.path("parsing_errors")
			.forEach(file -> files.add(directory.relativize(Path.of(file.asString())).toString()));
		return files;
	}

	/**
	 * The findings whose check has no reason in {@code reasons}, as "check name" → the
	 * places ("file resource") it was found.
	 */
	Map<String, Set<String>> unexplained(Map<String, ?> reasons) {
		var unexplained = new TreeMap<String, Set<String>>();
		for (var finding : results.path("failed_checks")) {
			var check = finding.path("check_id").asString();
			if (!reasons.containsKey(check)) {
				unexplained.computeIfAbsent(check + " " + finding.path("check_name").asString(), c -> new TreeSet<>())
					.add(finding.path("file_path").asString() + " " + finding.path("resource").asString());
			}
		}
		return unexplained;
	}

	@Override
	public String toString() {
		return report.toString();
	}

	/** A {@code checkov-explained.yaml}: check (or section) → reason. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> explanations(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return (Map<String, Object>) new Yaml(new LoaderOptions()).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
