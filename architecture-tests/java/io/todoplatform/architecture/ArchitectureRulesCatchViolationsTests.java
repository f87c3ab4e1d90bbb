package io.todoplatform.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import example.brokenhexagon.BrokenHexagon;
import example.brokenmodules.BrokenModules;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The rules above would be worthless if they passed everything: run them on small code bases with one deliberate
 * violation each, and check that they fail for exactly that reason.
 */
class ArchitectureRulesCatchViolationsTests {

	/** The broken code bases live among the test classes, which module detection skips by default. */
	static final ImportOption FIXTURES_ARE_TEST_CLASSES = location -> true;

	@Test
	void aModuleUsingAnotherModulesInternalsFailsVerification() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of(BrokenModules.class, FIXTURES_ARE_TEST_CLASSES).verify())
			.withMessageContaining("Checkout")
			.withMessageContaining("billing.internal.Invoice");
	}

	@Test
	void anAdapterCallingTheApplicationPastItsPortsFailsTheStrictHexagonalRule() {
		var classes = new ClassFileImporter().importPackagesOf(BrokenHexagon.class);

		var result = JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT).evaluate(classes);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail)
			.contains("TaskWebAdapter").contains("CreatingTasksDirectly"));
	}
}
