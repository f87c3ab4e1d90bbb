package io.todoplatform.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import example.brokendomain.BrokenDomain;
import example.brokenhexagon.BrokenHexagon;
import example.brokenmodules.BrokenModules;
import example.brokenschemas.BrokenSchemas;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The rules above would be worthless if they passed everything: run them on small code
 * bases with one deliberate violation each, and check that they fail for exactly that
 * reason.
 */
class ArchitectureRulesCatchViolationsTests {

	/**
	 * The broken code bases live among the test classes, which module detection skips by
	 * default.
	 */
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
		assertThat(result.getFailureReport().getDetails())
			.anySatisfy(detail -> assertThat(detail).contains("TaskWebAdapter").contains("CreatingTasksDirectly"));
	}

	@Test
	void aDomainTypeUsingAPortFailsTheDomainRule() {
		assertThat(domainRuleViolations())
			.anySatisfy(detail -> assertThat(detail).contains("domain.Task").contains("port.Tasks"));
	}

	@Test
	void aDomainTypeUsingSpringFailsTheDomainRule() {
		assertThat(domainRuleViolations()).anySatisfy(
				detail -> assertThat(detail).contains("domain.Reminder").contains("org.springframework.util.Assert"));
	}

	private static List<String> domainRuleViolations() {
		var result = DomainRules.domainStandsAlone()
			.evaluate(new ClassFileImporter().importPackagesOf(BrokenDomain.class));
		assertThat(result.hasViolation()).isTrue();
		return result.getFailureReport().getDetails();
	}

	@Test
	void aModuleHandedAnotherModulesSchemaFailsTheSchemaRule() {
		var modules = ApplicationModules.of(BrokenSchemas.class, FIXTURES_ARE_TEST_CLASSES);

		var result = ModuleSchemaRules.eachModuleIsHandedOnlyItsOwnSchema(modules)
			.evaluate(new ClassFileImporter().importPackagesOf(BrokenSchemas.class));

		assertThat(result.getFailureReport().getDetails()).hasSize(2)
			.anySatisfy(detail -> assertThat(detail).contains("OverdueReport").contains("tasksSchema"))
			.anySatisfy(detail -> assertThat(detail).contains("EverySchema").contains("java.util.List"))
			.noneSatisfy(detail -> assertThat(detail).contains("TaskStore"));
	}

}
