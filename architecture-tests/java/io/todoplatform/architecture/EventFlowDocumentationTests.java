package io.todoplatform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jmolecules.architecture.cqrs.Command;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.modulith.core.DependencyType;

/**
 * The README draws how the modules talk, as Spring Modulith sees it in the code: who
 * listens to whose events, and who sends whose requests. When a module starts or stops
 * listening, the drawing has to change with it.
 */
class EventFlowDocumentationTests {

	static final Path README = Path.of("README.md");
	static final String START = "```mermaid\nflowchart LR\n";

	@Test
	void theReadmeDrawsTheEventFlowThatTheCodeHas() throws IOException {
		var readme = Files.readString(README);
		var start = readme.indexOf(START);
		assertThat(start).as("a mermaid flowchart in the README").isNotNegative();
		var drawn = readme.substring(start + START.length(), readme.indexOf("```", start + START.length()));

		assertThat(drawn).isEqualTo(flow());
	}

	/**
	 * One arrow per pair of modules, in the direction the messages go, labelled with
	 * their payloads.
	 */
	static String flow() {
		var arrows = new TreeMap<Arrow, TreeSet<String>>();
		for (var module : ModularityTests.MODULES) {
			module.getDependencies(ModularityTests.MODULES, DependencyDepth.IMMEDIATE, DependencyType.EVENT_LISTENER)
				.stream()
				.forEach(listened -> add(arrows, new Arrow(name(listened.getTargetModule()), name(module), ""),
						listened.getTargetType().getSimpleName()));
			module.getDependencies(ModularityTests.MODULES, DependencyDepth.IMMEDIATE, DependencyType.values())
				.stream()
				.filter(used -> used.getTargetType().isAnnotatedWith(Command.class))
				.forEach(sent -> add(arrows, new Arrow(name(module), name(sent.getTargetModule()), "asks "),
						sent.getTargetType().getSimpleName()));
		}
		return arrows.entrySet()
			.stream()
			.map(arrow -> "  " + arrow.getKey().from() + " -- \"" + arrow.getKey().verb()
					+ String.join(", ", arrow.getValue()) + "\" --> " + arrow.getKey().to() + "\n")
			.collect(Collectors.joining());
	}

	private static void add(TreeMap<Arrow, TreeSet<String>> arrows, Arrow arrow, String payload) {
		arrows.computeIfAbsent(arrow, key -> new TreeSet<>()).add(payload);
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	record Arrow(String from, String to, String verb) implements Comparable<Arrow> {

		@Override
		public int compareTo(Arrow other) {
			return (from + to + verb).compareTo(other.from + other.to + other.verb);
		}
	}

}
