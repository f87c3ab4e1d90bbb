package io.todoplatform.architecture;

import io.todoplatform.TodoPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules are the architecture: each is a top-level package that others use only
 * through its API, and only it gets at its database schema.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TodoPlatform.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify(VerificationOptions.defaults()
			.andAdditionalVerifications(
					ModuleSchemaRules.eachModuleIsHandedOnlyItsOwnSchema(MODULES, "storage", "events")));
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
