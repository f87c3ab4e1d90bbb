package io.todoplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.ModuleProcess;
import io.todoplatform.identity.BrowserPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A module's profile runs that module alone: the other modules' beans (endpoints,
 * subscriptions, schemas) are not created at all. Started as real applications on a
 * database of their own, as each app-id is deployed.
 */
class ModuleProfilesIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "tasks", "recurrence", "notifications" })
	void aModulesProfileRunsThatModuleAlone(String module) {
		try (var context = ModuleProcess.start(module, ModuleProcess.WITH_TOKEN)) {
			assertThat(modulesWithBeans(context)).containsExactly(module);
			// The assistant runs beside tasks, in its app-id, with a schema of its own;
			// so does the web UI, whose browser sessions identity keeps in its schema.
			var schemas = module.equals("tasks") ? List.of("tasksSchema", "assistantSchema", "identitySchema")
					: List.of(module + "Schema");
			assertThat(context.getBeanNamesForType(ModuleSchema.class)).containsExactlyInAnyOrderElementsOf(schemas);
			// The web UI's pages exist only in that app-id.
			assertThat(context.getBeanNamesForType(BrowserPages.class)).hasSize(module.equals("tasks") ? 1 : 0);
		}
	}

	@Test
	void withoutAModuleProfileEveryModuleRuns() {
		try (var context = new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--spring.r2dbc.url=" + ModuleProcess.url())) {
			assertThat(modulesWithBeans(context)).containsExactlyInAnyOrder("tasks", "recurrence", "notifications");
		}
	}

	@Test
	void aModuleProcessWithoutAnExternalDatabaseRefusesToStart() {
		var withoutDatabase = new SpringApplicationBuilder(TodoPlatform.class).profiles("recurrence");

		assertThatThrownBy(() -> withoutDatabase.run("--server.port=0", "--management.server.port=0",
				"--" + ModuleProcess.WITH_TOKEN, "--todo.storage.data-dir=target/test-data/module-profiles"))
			.rootCause()
			.hasMessageContaining("set SPRING_R2DBC_URL");
	}

	/**
	 * The modules (of those a profile can choose) that have at least one bean in this
	 * context.
	 */
	private static List<String> modulesWithBeans(ConfigurableApplicationContext context) {
		var beanTypes = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(Objects::nonNull)
			.map(Class::getName)
			.toList();
		return ModuleProfiles.MODULES.stream()
			.filter(module -> beanTypes.stream().anyMatch(type -> type.startsWith("io.todoplatform." + module + ".")))
			.sorted()
			.toList();
	}

}
