package io.todoplatform.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The Kafka topics the modules use (application.yaml) and the ones a topic Job of the
 * chart creates.
 */
final class Topics {

	private static final Pattern LOOP = Pattern.compile("for topic in ([^;]+);");

	private Topics() {
	}

	/**
	 * Every topic of {@code todo.events.dapr.topics}, and the dead-letter twin of each
	 * topic that has consumers.
	 */
	@SuppressWarnings("unchecked")
	static Set<String> ofApplication() {
		var file = Path.of(System.getProperty("todo.e2e.project-dir", ""))
			.toAbsolutePath()
			.resolve("src/main/resources/application.yaml");
		try (InputStream in = Files.newInputStream(file)) {
			Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(in);
			var todo = (Map<String, Object>) yaml.get("todo");
			var events = (Map<String, Object>) todo.get("events");
			var topics = ((Map<String, Object>) ((Map<String, Object>) events.get("dapr")).get("topics")).keySet();
			var needed = new TreeSet<String>(topics);
			topics.stream().filter(topic -> !topic.endsWith("-dlq")).forEach(topic -> needed.add(topic + "-dlq"));
			return needed;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The topics named in the Job's {@code for topic in ...} loop. */
	static Set<String> createdBy(JsonNode job) {
		var script = job.at("/spec/template/spec/containers/0/args/0").asString();
		var loop = LOOP.matcher(script);
		if (!loop.find()) {
			throw new AssertionError("No topic loop in the Job's script:\n" + script);
		}
		return new TreeSet<>(Arrays.asList(loop.group(1).trim().split("\\s+")));
	}

}
