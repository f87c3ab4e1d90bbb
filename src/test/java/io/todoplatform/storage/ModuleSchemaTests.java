package io.todoplatform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.todoplatform.TodoPlatform;
import io.todoplatform.tasks.domain.Task;
import org.junit.jupiter.api.Test;

/**
 * A schema is named after the module of the code that makes it, so no module can make
 * another's.
 */
class ModuleSchemaTests {

	@Test
	void theSchemaIsTheModuleOfTheCodeThatAsksForIt() {
		assertThat(ModuleSchema.ofThisModule().name()).isEqualTo("storage");
	}

	@Test
	void codeDeepInAModuleGetsThatModulesSchema() {
		assertThat(ModuleSchema.ofModuleOf(Task.class)).isEqualTo(ModuleSchema.named("tasks"));
	}

	@Test
	void codeInNoModuleHasNoSchema() {
		assertThatIllegalStateException().isThrownBy(() -> ModuleSchema.ofModuleOf(TodoPlatform.class));
		assertThatIllegalStateException().isThrownBy(() -> ModuleSchema.ofModuleOf(String.class));
	}

}
