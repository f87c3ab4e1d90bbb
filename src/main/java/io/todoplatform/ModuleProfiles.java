package io.todoplatform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * Chooses which modules this process runs. A profile named after a module ({@code tasks},
 * {@code recurrence}, {@code notifications}) runs that module alone, as one Dapr app-id;
 * with none of them, every module runs in this JVM. As a component-scan filter it leaves
 * the other modules (and their companions, such as the assistant and the web UI beside
 * tasks) out entirely: their endpoints, subscriptions, schemas and outboxes do not exist
 * in this process.
 */
final class ModuleProfiles implements TypeFilter, EnvironmentAware {

	static final Set<String> MODULES = Set.of("tasks", "recurrence", "notifications");

	/**
	 * Modules that run where another runs: the assistant serves its tools beside tasks.
	 */
	private static final Map<String, List<String>> COMPANIONS = Map.of("tasks", List.of("assistant", "client", "web"));

	private static final String BASE = TodoPlatform.class.getPackageName() + ".";

	private List<String> inactive = List.of();

	@Override
	public void setEnvironment(Environment environment) {
		var chosen = Arrays.stream(environment.getActiveProfiles()).filter(MODULES::contains).toList();
		inactive = chosen.isEmpty() ? List.of() : MODULES.stream()
			.filter(module -> !chosen.contains(module))
			.flatMap(module -> Stream.concat(Stream.of(module), COMPANIONS.getOrDefault(module, List.of()).stream()))
			.map(module -> BASE + module + ".")
			.toList();
	}

	/** Excludes the classes of modules that are not chosen. */
	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		var type = reader.getClassMetadata().getClassName();
		return inactive.stream().anyMatch(type::startsWith);
	}

}
